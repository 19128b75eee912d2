import Foundation
import Records
import Testing
import TestSupport
import ZoomSandbox

@Suite("GET /v2/metrics/meetings/{uuid}/participants/qos and qos_summary")
struct QoSEndpointTests {
    typealias Client = ZoomTestClient

    static let withQSS = SandboxAccount(accountId: "sandbox-account", clientId: "sandbox-client-id", clientSecret: "sandbox-client-secret",
                                        features: [.historyMeetings, .dashboard, .webinars, .qss])

    static func instance(_ sandbox: ZoomSandbox, where wanted: (SyntheticMeeting) -> Bool) throws -> SyntheticMeeting {
        let found = sandbox.endedInstances(accountId: Client.account, from: Client.day("2026-11-01"), to: Client.day("2026-11-24")).first(where: wanted)
        return try #require(found)
    }

    @Test("per-minute samples for every join session; page_size default 1, max 10; all pages equal the ground truth")
    func qosList() async throws {
        try await withSandbox(SandboxConfiguration(enforceRateLimits: false, now: ManualClock(at: Client.now).read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let model = sandbox.groundTruth(accountId: Client.account)
            let meeting = try Self.instance(sandbox) { $0.kind == .meeting && $0.sessions.filter(\.hasQoS).count >= 2 && $0.sessions.count >= 4 }
            let path = "/v2/metrics/meetings/\(Client.pathUUID(meeting.uuid))/participants/qos"

            let first = try await Client.get(base, raw: path, query: [("type", "past")], token: token)
            #expect(first.status == 200)
            let body = try first.json()
            #expect(Set(body.keys) == ["page_count", "page_size", "total_records", "next_page_token", "meeting_number", "participants"])
            #expect(body["page_size"] as? Int == 1)
            #expect((body["participants"] as? [Any])?.count == 1)
            #expect(body["total_records"] as? Int == meeting.sessions.count)
            #expect(body["meeting_number"] as? String == String(meeting.meetingId))

            let over = try await Client.get(base, raw: path, query: [("type", "past"), ("page_size", "11")], token: token)
            #expect(over.status == 400)
            #expect(try over.json()["code"] as? Int == 300)

            let all = try await Client.allPages(base, raw: path, query: [("type", "past"), ("page_size", "10")], token: token, field: "participants")
            let truth = model.qosSamples(of: meeting)
            #expect(all.items.count == meeting.sessions.count && all.pages == (meeting.sessions.count + 9) / 10)
            for (served, expected) in zip(all.items, truth) {
                #expect(Client.same(served, try Client.json(expected)))
            }
            let sampled = try #require(all.items.first { ($0["user_qos"] as? [Any])?.isEmpty == false })
            let sample = try #require((sampled["user_qos"] as? [[String: Any]])?.first)
            #expect(Set(sample.keys).isSubset(of: ["date_time", "audio_input", "audio_output", "video_input", "video_output",
                                                   "as_input", "as_output", "cpu_usage"]))
            #expect(sample["audio_input"] is [String: Any] && sample["date_time"] is String)
            #expect(truth.map(\.userId) == meeting.sessions.map(\.participantId), "the per-join ids of the participants report")
        }
    }

    @Test("an instance served again, from the sandbox's memo, answers the same; so do instances of other days")
    func servedAgain() async throws {
        try await withSandbox(SandboxConfiguration(enforceRateLimits: false, now: ManualClock(at: Client.now).read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let model = sandbox.groundTruth(accountId: Client.account)
            let webinar = try Self.instance(sandbox) { $0.kind == .webinar && $0.sessions.count > 10 }
            let meeting = try Self.instance(sandbox) { $0.kind == .meeting && $0.day != webinar.day && $0.sessions.count >= 3 }
            for instance in [webinar, meeting, webinar] {
                let family = instance.kind == .webinar ? "webinars" : "meetings"
                let path = "/v2/metrics/\(family)/\(Client.pathUUID(instance.uuid))/participants/qos"
                let truth = try model.qosSamples(of: instance).map { try Client.json($0) }
                for _ in 0..<2 {
                    let all = try await Client.allPages(base, raw: path, query: [("type", "past"), ("page_size", "10")], token: token, field: "participants")
                    #expect(all.items.count == truth.count && zip(all.items, truth).allSatisfy { Client.same($0, $1) })
                }
            }
        }
    }

    @Test("without type=past (Zoom defaults to live) the instance is not available: 404 code 3001")
    func typeDefaultsToLive() async throws {
        try await withSandbox(SandboxConfiguration(now: ManualClock(at: Client.now).read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let meeting = try Self.instance(sandbox) { $0.kind == .meeting }
            let path = "/v2/metrics/meetings/\(Client.pathUUID(meeting.uuid))/participants/qos"
            for query in [[], [("type", "live")]] as [[(String, String)]] {
                let reply = try await Client.get(base, raw: path, query: query, token: token)
                #expect(reply.status == 404)
                #expect(try reply.json()["code"] as? Int == 3001)
            }
            #expect(try await Client.get(base, raw: path, query: [("type", "pastOne")], token: token).status == 400)
            #expect(try await Client.get(base, raw: path, query: [("type", "past")], token: token).status == 200)
        }
    }

    @Test("Dashboard entitlement: Pro 400 code 200, Business with it off 400 code 400; webinars on their own route")
    func dashboardEntitlement() async throws {
        let pro = SandboxAccount(accountId: "pro-account", clientId: "pro-id", clientSecret: "pro-secret", plan: .pro)
        try await withSandbox(SandboxConfiguration(accounts: [.demo, pro], now: ManualClock(at: Client.now).read)) { sandbox, base in
            let business = try await HTTPTestClient.token(base)
            let proToken = try await HTTPTestClient.token(base, account: pro)
            let meeting = try Self.instance(sandbox) { $0.kind == .meeting }
            let webinar = try Self.instance(sandbox) { $0.kind == .webinar }
            let path = "/v2/metrics/meetings/\(Client.pathUUID(meeting.uuid))/participants/qos"
            let proReply = try await Client.get(base, raw: path, query: [("type", "past")], token: proToken)
            #expect(proReply.status == 400)
            #expect(try proReply.json()["code"] as? Int == 200)
            #expect(try proReply.json()["message"] as? String == "No permission.")

            let webinarPath = "/v2/metrics/webinars/\(Client.pathUUID(webinar.uuid))/participants/qos"
            #expect(try await Client.get(base, raw: webinarPath, query: [("type", "past")], token: business).status == 200)
            let crossed = "/v2/metrics/meetings/\(Client.pathUUID(webinar.uuid))/participants/qos"
            #expect(try await Client.get(base, raw: crossed, query: [("type", "past")], token: business).status == 404)

            sandbox.setEntitlement(accountId: Client.account, .dashboard, enabled: false)
            let off = try await Client.get(base, raw: path, query: [("type", "past")], token: business)
            #expect(off.status == 400)
            #expect(try off.json()["code"] as? Int == 400)
            #expect((try off.json()["message"] as? String)?.contains("Business or higher") == true)
            sandbox.setEntitlement(accountId: Client.account, .dashboard, enabled: true)
            #expect(try await Client.get(base, raw: path, query: [("type", "past")], token: business).status == 200)
        }
    }

    @Test("qos_summary: off by default (400 code 200 Event subscription not found); with QSS, pages equal the ground truth")
    func summary() async throws {
        try await withSandbox(SandboxConfiguration(enforceRateLimits: false, now: ManualClock(at: Client.now).read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let meeting = try Self.instance(sandbox) { $0.kind == .meeting && $0.sessions.filter(\.hasQoS).count >= 3 }
            let path = "/v2/metrics/meetings/\(Client.pathUUID(meeting.uuid))/participants/qos_summary"
            let refused = try await Client.get(base, raw: path, token: token)
            #expect(refused.status == 400)
            #expect(try refused.json()["code"] as? Int == 200)
            #expect((try refused.json()["message"] as? String)?.hasPrefix("Event subscription not found. Subscribe to the Meeting Participant QoS Summary event") == true)

            sandbox.setEntitlement(accountId: Client.account, .qss, enabled: true)
            let first = try await Client.get(base, raw: path, token: token)
            #expect(first.status == 200)
            #expect(Set(try first.json().keys) == ["next_page_token", "page_size", "participants"])
            #expect(try first.json()["page_size"] as? Int == 1)
            let all = try await Client.allPages(base, raw: path, query: [("page_size", "2")], token: token, field: "participants")
            let truth = sandbox.groundTruth(accountId: Client.account).qosSummary(of: meeting)
            #expect(all.items.count == truth.count && all.pages == (truth.count + 1) / 2)
            for (served, expected) in zip(all.items, truth) {
                #expect(Client.same(served, try Client.json(expected)))
            }
            let entry = try #require((all.items.first?["qos"] as? [[String: Any]])?.first)
            #expect(Set(entry.keys) == ["type", "details"])
            let over = try await Client.get(base, raw: path, query: [("page_size", "11")], token: token)
            #expect(over.status == 400)
        }
    }
}
