import Foundation
import Hummingbird

/// `GET /v2/metrics/meetings/{meetingUUID}/participants/qos?type=past` (and the webinar twin):
/// per-minute QoS of every join session (zoom-api.md §3). HEAVY, Business+ with the Dashboard;
/// `page_size` at most 10, default 1.
///
/// `type` defaults to `live` at Zoom; the sandbox has no live meetings, so without `type=past`
/// every instance answers 404 code 3001 "not available ... not ended yet" (zoom-api.md §7: always
/// send `type=past`). One-person meetings are served: the Dashboard covers them.
enum QoSEndpoint {
    static let routes = [
        SandboxRoute(
            .get, "/v2/metrics/meetings/{meetingUUID...}/participants/qos",
            access: .bearer(category: .heavy, scopes: scopes),
            handler: { try await handle($0, family: .metricsMeeting) }
        ),
        SandboxRoute(
            .get, "/v2/metrics/webinars/{meetingUUID...}/participants/qos",
            access: .bearer(category: .heavy, scopes: ["dashboard:read:admin", "dashboard_webinars:read:admin"]),
            handler: { try await handle($0, family: .metricsWebinar) }
        ),
    ]

    static let scopes = [
        "dashboard:read:admin", "dashboard_meetings:read:admin", "dashboard:read:list_meeting_participants_qos:admin",
    ]

    /// Written with JSONBody: encoding a page's samples with JSONEncoder cost more than making them.
    struct Body: Encodable, JSONBodyWritable {
        let page_count: Int
        let page_size: Int
        let total_records: Int
        let next_page_token: String
        let meeting_number: String
        let participants: [QoSParticipant]

        enum CodingKeys: String, CodingKey {
            case page_count, page_size, total_records, next_page_token, meeting_number, participants
        }

        func write(to body: inout JSONBody) {
            body.object { body in
                body.field(CodingKeys.page_count, page_count)
                body.field(CodingKeys.page_size, page_size)
                body.field(CodingKeys.total_records, total_records)
                body.field(CodingKeys.next_page_token, next_page_token)
                body.field(CodingKeys.meeting_number, meeting_number)
                body.field(CodingKeys.participants, participants)
            }
        }
    }

    static func handle(_ request: EndpointRequest, family: InstanceLookup.Family) async throws -> SandboxResponse {
        try request.requireDashboard()
        if family == .metricsWebinar { try request.requireWebinars() }
        let type = try request.choice("type", default: "live", allowed: ["past", "live"])
        guard type == "past" else { throw family.notFound("") }
        let meeting = try InstanceLookup.resolve(request, parameter: "meetingUUID", family: family)
        let paging = try Paging(request, defaultSize: 1, maxSize: 10)
        let model = request.model
        let sessions = meeting.sessions
        return .json(writing: Body(
            page_count: paging.pageCount(total: sessions.count), page_size: paging.size, total_records: sessions.count,
            next_page_token: paging.nextToken(total: sessions.count, request), meeting_number: String(meeting.meetingId),
            participants: paging.slice(sessions).map { model.qosParticipant($0, in: meeting) }
        ))
    }
}
