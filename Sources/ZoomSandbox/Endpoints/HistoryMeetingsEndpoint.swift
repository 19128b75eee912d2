import Foundation
import Hummingbird

/// `GET /v2/report/history_meetings`: ended meetings and webinars in a window (zoom-api.md §2). HEAVY.
///
/// `from`/`to` are calendar days of the account's time zone (Zoom does not say; zoom-api.md §8).
/// Defaults follow the spec where it has one (`date_type=start_time`); `meeting_type` has none,
/// and the sandbox takes the narrow reading, `meeting`, so a client must ask for `all` to get
/// webinars. Without the `historyMeetings` entitlement: 400 code 200 "No permission.", and the
/// client falls back to per-host reports (DESIGN.md). The spec's response has no `page_count` or
/// `total_records`, so neither does this one.
enum HistoryMeetingsEndpoint {
    static let route = SandboxRoute(
        .get, "/v2/report/history_meetings",
        access: .bearer(category: .heavy, scopes: ["report:read:admin", "report:read:list_history_meetings:admin"]),
        handler: handle
    )

    struct Body: Encodable {
        let next_page_token: String
        let page_size: Int
        let history_meetings: [HistoryMeeting]
    }

    @Sendable static func handle(_ request: EndpointRequest) async throws -> SandboxResponse {
        guard request.has(.historyMeetings) else {
            return .zoomError(.badRequest, code: 200, message: "No permission.")
        }
        let dateType = try request.choice("date_type", default: "start_time", allowed: ["start_time", "end_time"])
        let meetingType = try request.choice("meeting_type", default: "meeting", allowed: ["meeting", "webinar", "all"])
        let window = try ReportWindow(request)
        let paging = try Paging(request, defaultSize: 30, maxSize: 300)
        let model = request.model
        let instances = dateType == "end_time"
            ? model.endedInstances(from: window.from, to: window.to, asOf: request.now)
            : model.endedInstances(startedFrom: window.from, to: window.to, asOf: request.now)
        let wanted = instances.filter { meetingType == "all" || $0.kind.rawValue == meetingType }
        return .json(Body(
            next_page_token: paging.nextToken(total: wanted.count, request), page_size: paging.size,
            history_meetings: paging.slice(wanted).map(model.historyMeeting)
        ))
    }
}
