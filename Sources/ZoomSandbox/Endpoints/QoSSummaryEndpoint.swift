import Foundation
import Hummingbird

/// `GET /v2/metrics/meetings/{meetingUUID}/participants/qos_summary` (and the webinar twin): one QoS
/// summary per join session (zoom-api.md §3). HEAVY, Business+ with the Dashboard, plus the QSS
/// add-on's event subscription (entitlement `qss`, off by default). `page_size` at most 10,
/// default 1. The spec's response has no `page_count` or `total_records`, so neither does this one.
enum QoSSummaryEndpoint {
    static let routes = [
        SandboxRoute(
            .get, "/v2/metrics/meetings/{meetingUUID...}/participants/qos_summary",
            access: .bearer(category: .heavy, scopes: QoSEndpoint.scopes),
            handler: { try await handle($0, family: .metricsMeeting) }
        ),
        SandboxRoute(
            .get, "/v2/metrics/webinars/{meetingUUID...}/participants/qos_summary",
            access: .bearer(category: .heavy, scopes: ["dashboard:read:admin", "dashboard_webinars:read:admin"]),
            handler: { try await handle($0, family: .metricsWebinar) }
        ),
    ]

    struct Body: Encodable {
        let next_page_token: String
        let page_size: Int
        let participants: [QoSSummaryParticipant]
    }

    static func handle(_ request: EndpointRequest, family: InstanceLookup.Family) async throws -> SandboxResponse {
        try request.requireDashboard()
        if family == .metricsWebinar { try request.requireWebinars() }
        guard request.has(.qss) else {
            let event = family == .metricsWebinar ? "Webinar" : "Meeting"
            return .zoomError(.badRequest, code: 200, message: """
                Event subscription not found. Subscribe to the \(event) Participant QoS Summary event \
                in your Marketplace app to get access to this API.
                """)
        }
        let meeting = try InstanceLookup.resolve(request, parameter: "meetingUUID", family: family)
        let paging = try Paging(request, defaultSize: 1, maxSize: 10)
        // Slice first, then summarise: only this page's sessions make their samples.
        let model = request.model
        let positions = model.qosSummaryPositions(of: meeting)
        return .json(Body(
            next_page_token: paging.nextToken(total: positions.count, request), page_size: paging.size,
            participants: paging.slice(positions).compactMap { model.qosSummary(of: meeting.sessions[$0], in: meeting) }
        ))
    }
}
