import Foundation
import Records
import Testing
import TestSupport
import ZoomSandbox

/// Instances of the other kind are unknown to the metrics routes (zoom-api.md §9; InstanceLookup).
@Suite("/metrics/meetings and /metrics/webinars refuse the other kind's UUIDs")
struct InstanceLookupTests {
    typealias Client = ZoomTestClient

    static let meetingMessage = "This meeting's detail info is not available. The meeting ID is not valid or the meeting has not ended yet."
    static let webinarMessage = "This webinar's detail info is not available. The webinar ID is not valid or the webinar has not ended yet."

    @Test("qos and qos_summary: a webinar under /metrics/meetings and a meeting under /metrics/webinars are 404 code 3001",
          arguments: ["qos", "qos_summary"])
    func crossedKinds(endpoint: String) async throws {
        try await withSandbox(SandboxConfiguration(accounts: [QoSEndpointTests.withQSS], enforceRateLimits: false,
                                                   now: ManualClock(at: Client.now).read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let meeting = try QoSEndpointTests.instance(sandbox) { $0.kind == .meeting && $0.sessions.contains(where: \.hasQoS) }
            let webinar = try QoSEndpointTests.instance(sandbox) { $0.kind == .webinar && $0.sessions.contains(where: \.hasQoS) }
            let query: [(String, String)] = endpoint == "qos" ? [("type", "past")] : []
            func path(_ family: String, _ instance: SyntheticMeeting) -> String {
                "/v2/metrics/\(family)/\(Client.pathUUID(instance.uuid))/participants/\(endpoint)"
            }
            for (family, instance) in [("meetings", meeting), ("webinars", webinar)] {
                #expect(try await Client.get(base, raw: path(family, instance), query: query, token: token).status == 200)
            }
            for (family, instance, message) in [("meetings", webinar, Self.meetingMessage), ("webinars", meeting, Self.webinarMessage)] {
                let reply = try await Client.get(base, raw: path(family, instance), query: query, token: token)
                #expect(reply.status == 404, "\(family) route, \(instance.kind) UUID")
                #expect(try reply.json()["code"] as? Int == 3001)
                #expect(try reply.json()["message"] as? String == message)
            }
        }
    }
}
