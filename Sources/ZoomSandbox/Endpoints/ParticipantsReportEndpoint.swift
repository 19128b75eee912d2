import Foundation
import Hummingbird

/// `GET /v2/report/meetings/{meetingUUID}/participants` and `/v2/report/webinars/{webinarUUID}/participants`:
/// one row per join session (zoom-api.md §2). HEAVY, Pro+ (webinars: with the Webinar add-on).
///
/// Zoom serves these only for instances with two or more participants; for a one-person meeting
/// the sandbox answers 404 code 3001 like an unknown meeting (the spec allows an empty list too;
/// the error is the stricter of the two for a client). The UUID must be spelled as Zoom demands
/// (InstanceLookup).
enum ParticipantsReportEndpoint {
    static let routes = [
        SandboxRoute(
            .get, "/v2/report/meetings/{meetingUUID...}/participants",
            access: .bearer(category: .heavy, scopes: ["report:read:admin", "report:read:list_meeting_participants:admin"]),
            handler: { try await handle($0, family: .reportMeeting) }
        ),
        SandboxRoute(
            .get, "/v2/report/webinars/{meetingUUID...}/participants",
            access: .bearer(category: .heavy, scopes: ["report:read:admin", "report:read:list_webinar_participants:admin"]),
            handler: { try await handle($0, family: .reportWebinar) }
        ),
    ]

    struct Body: Encodable {
        let page_count: Int
        let page_size: Int
        let total_records: Int
        let next_page_token: String
        let participants: [ReportParticipant]
    }

    static func handle(_ request: EndpointRequest, family: InstanceLookup.Family) async throws -> SandboxResponse {
        try request.requirePaidPlan()
        if family == .reportWebinar { try request.requireWebinars() }
        let meeting = try InstanceLookup.resolve(request, parameter: "meetingUUID", family: family)
        guard meeting.participantsCount >= 2 else { throw family.notFound(meeting.uuid) }
        let paging = try Paging(request, defaultSize: 30, maxSize: 300)
        // Slice first: a large webinar makes only this page's sessions.
        let model = request.model, total = meeting.sessions.count
        return .json(Body(
            page_count: paging.pageCount(total: total), page_size: paging.size, total_records: total,
            next_page_token: paging.nextToken(total: total, request),
            participants: paging.slice(meeting.sessions).map { model.reportParticipant($0, in: meeting) }
        ))
    }
}
