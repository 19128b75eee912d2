import Foundation
import Hummingbird

/// `GET /v2/report/users?type=active&from=&to=`: hosts with meetings in a window (zoom-api.md §2). HEAVY, Pro+.
enum ActiveHostsReportEndpoint {
    static let route = SandboxRoute(
        .get, "/v2/report/users",
        access: .bearer(category: .heavy, scopes: ["report:read:admin", "report:read:list_users:admin"]),
        handler: handle
    )

    struct Body: Encodable {
        let from: String
        let to: String
        let page_count: Int
        let page_number: Int
        let page_size: Int
        let total_records: Int
        let next_page_token: String
        let total_meetings: Int
        let total_participants: Int
        let total_meeting_minutes: Int
        let users: [ActiveHost]
    }

    @Sendable static func handle(_ request: EndpointRequest) async throws -> SandboxResponse {
        try request.requirePaidPlan()
        let type = try request.choice("type", default: "active", allowed: ["active", "inactive"])
        let window = try ReportWindow(request)
        let paging = try Paging(request, defaultSize: 30, maxSize: 300)
        let model = request.model
        let hosts = type == "active"
            ? model.activeHosts(from: window.from, to: window.to, asOf: request.now)
            : model.inactiveHosts(from: window.from, to: window.to, asOf: request.now)
        return .json(Body(
            from: window.from.description, to: window.to.description, page_count: paging.pageCount(total: hosts.count),
            page_number: paging.pageNumber, page_size: paging.size, total_records: hosts.count,
            next_page_token: paging.nextToken(total: hosts.count, request),
            total_meetings: hosts.reduce(0) { $0 + $1.meetings }, total_participants: hosts.reduce(0) { $0 + $1.participants },
            total_meeting_minutes: hosts.reduce(0) { $0 + $1.meetingMinutes }, users: Array(paging.slice(hosts))
        ))
    }
}
