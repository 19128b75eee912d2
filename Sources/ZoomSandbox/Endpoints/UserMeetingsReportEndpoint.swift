import Foundation
import Hummingbird

/// `GET /v2/report/users/{userId}/meetings`: one user's past meetings (zoom-api.md §2). HEAVY, Pro+.
///
/// `userId` is an id or e-mail. Only instances with two or more participants are listed.
/// `schedule_time`, `join_time` and `leave_time` are `MM/dd/yyyy HH:mm` in the account's time zone
/// (zoom-api.md §8). `pastOne` is served like `past` (Zoom's description of it is one line).
enum UserMeetingsReportEndpoint {
    static let route = SandboxRoute(
        .get, "/v2/report/users/{userId}/meetings",
        access: .bearer(category: .heavy, scopes: ["report:read:admin", "report:read:user:admin"]),
        handler: handle
    )

    struct Body: Encodable {
        let from: String
        let to: String
        let page_count: Int
        let page_size: Int
        let total_records: Int
        let next_page_token: String
        let meetings: [ReportMeeting]
    }

    @Sendable static func handle(_ request: EndpointRequest) async throws -> SandboxResponse {
        try request.requirePaidPlan()
        let type = try request.choice("type", default: "past", allowed: ["past", "pastOne", "pastJoined"])
        let window = try ReportWindow(request)
        let paging = try Paging(request, defaultSize: 30, maxSize: 300)
        let userId = request.pathParameters["userId"] ?? ""
        guard let meetings = request.model.reportMeetings(
            userId: userId, from: window.from, to: window.to, type: type == "pastJoined" ? .pastJoined : .past, asOf: request.now
        ) else {
            return .zoomError(.notFound, code: 1001, message: "User \(userId) not exist or not belong to this account.")
        }
        return .json(Body(
            from: window.from.description, to: window.to.description, page_count: paging.pageCount(total: meetings.count),
            page_size: paging.size, total_records: meetings.count, next_page_token: paging.nextToken(total: meetings.count, request),
            meetings: Array(paging.slice(meetings))
        ))
    }
}
