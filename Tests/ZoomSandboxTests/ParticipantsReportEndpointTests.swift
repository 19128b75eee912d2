import Foundation
import Records
import Testing
import TestSupport
import ZoomSandbox

@Suite("GET /v2/report/meetings|webinars/{uuid}/participants")
struct ParticipantsReportEndpointTests {
    typealias Client = ZoomTestClient

    /// Ended instances of the month before the tests' today.
    static func instances(_ sandbox: ZoomSandbox) -> [SyntheticMeeting] {
        sandbox.endedInstances(accountId: Client.account, from: Client.day("2026-10-26"), to: Client.day("2026-11-24"))
    }

    static func path(_ meeting: SyntheticMeeting, _ encoded: String? = nil) -> String {
        "/v2/report/\(meeting.kind == .webinar ? "webinars" : "meetings")/\(encoded ?? Client.pathUUID(meeting.uuid))/participants"
    }

    @Test("one object per join session in Zoom's shape; all pages equal the ground truth; webinars carry milliseconds")
    func shapeAndPaging() async throws {
        let clock = ManualClock(at: Client.now)
        try await withSandbox(SandboxConfiguration(enforceRateLimits: false, now: clock.read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let model = sandbox.groundTruth(accountId: Client.account)
            let instances = Self.instances(sandbox).filter { $0.participantsCount >= 2 }
            let rejoin = try #require(instances.first { $0.sessions.count > $0.participantsCount && $0.kind == .meeting })
            let webinar = try #require(instances.first { $0.kind == .webinar })
            for meeting in [rejoin, webinar] + instances.prefix(20) {
                let pages = try await Client.allPages(base, raw: Self.path(meeting), query: [("page_size", "2")], token: token, field: "participants")
                let truth = model.reportParticipants(of: meeting)
                #expect(pages.items.count == truth.count && pages.pages == (truth.count + 1) / 2)
                for (served, expected) in zip(pages.items, truth) {
                    #expect(Client.same(served, try Client.json(expected)))
                }
            }
            let first = try await Client.get(base, raw: Self.path(rejoin), query: [("page_size", "300")], token: token)
            let body = try first.json()
            #expect(Set(body.keys) == ["page_count", "page_size", "total_records", "next_page_token", "participants"])
            #expect(body["next_page_token"] as? String == "")
            let rows = try #require(body["participants"] as? [[String: Any]])
            #expect(Set(rows[0].keys) == ["id", "participant_user_id", "user_id", "name", "user_email", "join_time", "leave_time",
                                          "duration", "failover", "status", "customer_key", "bo_mtg_id"])
            // A rejoin is a new row with a new per-join user_id but the same account id.
            let byPerson = Dictionary(grouping: rows) { "\($0["participant_user_id"] ?? "")|\($0["name"] ?? "")" }
            #expect(byPerson.values.contains { $0.count > 1 && Set($0.map { $0["user_id"] as? String }).count == $0.count })
            let times = model.reportParticipants(of: webinar).map(\.joinTime)
            #expect(times.contains { $0.range(of: #"\.\d{1,3}Z$"#, options: .regularExpression) != nil })
            #expect(model.reportParticipants(of: rejoin).allSatisfy { !$0.joinTime.contains(".") })
        }
    }

    @Test("next_page_token: expires after pageTokenLifetime, is bound to the query, and expirePageTokens kills it")
    func tokens() async throws {
        let clock = ManualClock(at: Client.now)
        try await withSandbox(SandboxConfiguration(now: clock.read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let meeting = try #require(Self.instances(sandbox).first { $0.sessions.count >= 4 && $0.kind == .meeting })
            let path = Self.path(meeting)
            func next(_ query: [(String, String)]) async throws -> String {
                try #require(try await Client.get(base, raw: path, query: query, token: token).json()["next_page_token"] as? String)
            }
            func expectInvalid(_ query: [(String, String)], _ comment: Comment) async throws {
                let reply = try await Client.get(base, raw: path, query: query, token: token)
                #expect(reply.status == 400, comment)
                #expect(try reply.json()["code"] as? Int == 300, comment)
                #expect(try reply.json()["message"] as? String == "The next page token is invalid or expired.", comment)
            }
            let page = try await next([("page_size", "1")])
            #expect(!page.isEmpty)
            clock.advance(by: .seconds(899))
            #expect(try await Client.get(base, raw: path, query: [("page_size", "1"), ("next_page_token", page)], token: token).status == 200)
            clock.advance(by: .seconds(1))
            try await expectInvalid([("page_size", "1"), ("next_page_token", page)], "expired after 15 minutes")
            try await expectInvalid([("next_page_token", "made-up")], "unknown")
            let fresh = try await next([("page_size", "1")])
            try await expectInvalid([("page_size", "1"), ("next_page_token", fresh), ("include_fields", "registrant_id")], "other query")
            sandbox.expirePageTokens()
            try await expectInvalid([("page_size", "1"), ("next_page_token", fresh)], "expirePageTokens")
            let over = try await Client.get(base, raw: path, query: [("page_size", "301")], token: token)
            #expect(over.status == 400)
            #expect(try over.json()["code"] as? Int == 300)
        }
    }

    struct Spelling: Sendable, CustomTestStringConvertible {
        let name: String
        /// Picks the instance to ask for.
        let pick: @Sendable (SyntheticMeeting) -> Bool
        /// Spells its UUID in the path.
        let spell: @Sendable (String) -> String
        let accepted: Bool
        var testDescription: String { "\(name): \(accepted ? "accepted" : "404 code 3001")" }
    }

    static let leadingSlash: @Sendable (SyntheticMeeting) -> Bool = { $0.uuid.hasPrefix("/") }
    static let innerDoubleSlash: @Sendable (SyntheticMeeting) -> Bool = { $0.uuid.contains("//") && !$0.uuid.hasPrefix("/") }
    static let plus: @Sendable (SyntheticMeeting) -> Bool = { $0.uuid.contains("+") && !$0.uuid.contains("/") }
    static let plain: @Sendable (SyntheticMeeting) -> Bool = { !$0.uuid.contains("/") && !$0.uuid.contains("+") }
    static let singleSlash: @Sendable (SyntheticMeeting) -> Bool = { $0.uuid.dropFirst().contains("/") && !$0.uuid.contains("//") && !$0.uuid.hasPrefix("/") }

    static let spellings = [
        Spelling(name: "leading / double-encoded", pick: leadingSlash, spell: ZoomTestClient.doubleEncode, accepted: true),
        Spelling(name: "leading / single-encoded", pick: leadingSlash, spell: ZoomTestClient.encode, accepted: false),
        Spelling(name: "leading / raw", pick: leadingSlash, spell: { $0 }, accepted: false),
        Spelling(name: "inner // double-encoded", pick: innerDoubleSlash, spell: ZoomTestClient.doubleEncode, accepted: true),
        Spelling(name: "inner // single-encoded", pick: innerDoubleSlash, spell: ZoomTestClient.encode, accepted: false),
        Spelling(name: "single / single-encoded", pick: singleSlash, spell: ZoomTestClient.encode, accepted: true),
        Spelling(name: "single / double-encoded", pick: singleSlash, spell: ZoomTestClient.doubleEncode, accepted: true),
        Spelling(name: "single / raw", pick: singleSlash, spell: { $0 }, accepted: false),
        Spelling(name: "+ single-encoded", pick: plus, spell: ZoomTestClient.encode, accepted: true),
        Spelling(name: "+ raw", pick: plus, spell: { $0.replacingOccurrences(of: "=", with: "%3D") }, accepted: false),
        Spelling(name: "= raw", pick: plain, spell: { $0 }, accepted: false),
        Spelling(name: "plain single-encoded", pick: plain, spell: ZoomTestClient.encode, accepted: true),
        Spelling(name: "plain double-encoded", pick: plain, spell: ZoomTestClient.doubleEncode, accepted: true),
    ]

    @Test("UUIDs must be encoded as Zoom demands; the raw path is judged, not a decoded one", arguments: spellings)
    func encodings(_ spelling: Spelling) async throws {
        try await withSandbox(SandboxConfiguration(enforceRateLimits: false, now: ManualClock(at: Client.now).read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let candidates = Self.instances(sandbox).filter { $0.kind == .meeting && $0.participantsCount >= 2 }
            let meeting = try #require(candidates.first(where: spelling.pick), "no instance for \(spelling.name)")
            let path = Self.path(meeting, spelling.spell(meeting.uuid))
            let reply = try await Client.get(base, raw: path, token: token)
            #expect(sandbox.requestLog.last?.path == path, "the path reached the sandbox as sent")
            if spelling.accepted {
                #expect(reply.status == 200)
                #expect((try reply.json()["participants"] as? [Any])?.isEmpty == false)
            } else {
                #expect(reply.status == 404)
                let body = try reply.json()
                #expect(body["code"] as? Int == 3001)
                #expect((body["message"] as? String)?.hasPrefix("Meeting does not exist: ") == true)
            }
        }
    }

    @Test("unknown, one-person, unended, wrong-kind and year-old instances")
    func refusals() async throws {
        let clock = ManualClock(at: Client.now)
        try await withSandbox(SandboxConfiguration(enforceRateLimits: false, now: clock.read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            func expect(_ path: String, _ status: Int, _ code: Int, _ comment: Comment) async throws {
                let reply = try await Client.get(base, raw: path, token: token)
                #expect(reply.status == status, comment)
                #expect(try reply.json()["code"] as? Int == code, comment)
            }
            let instances = Self.instances(sandbox)
            try await expect("/v2/report/meetings/\(Client.encode("4444AAAiAAAAAiAiAiiAii=="))/participants", 404, 3001, "unknown")
            let alone = try #require(instances.first { $0.participantsCount == 1 })
            try await expect(Self.path(alone), 404, 3001, "one person: like an unknown meeting")
            let webinar = try #require(instances.first { $0.kind == .webinar })
            try await expect("/v2/report/meetings/\(Client.pathUUID(webinar.uuid))/participants", 404, 3001, "a webinar on the meetings route")
            let model = sandbox.groundTruth(accountId: Client.account)
            let running = try #require(model.meetings(on: Client.day("2026-11-25")).first { $0.endTime > clock.now && $0.participantsCount > 1 })
            try await expect(Self.path(running), 404, 3001, "not ended yet")
            let old = try #require(model.meetings(on: Client.day("2025-11-20")).first { $0.participantsCount > 1 && $0.kind == .meeting })
            try await expect(Self.path(old), 400, 12702, "a year ago")
            sandbox.setEntitlement(accountId: Client.account, .webinars, enabled: false)
            try await expect(Self.path(webinar), 400, 200, "no webinar add-on")
        }
    }

    @Test("refuseInstance fails every child call of that instance until serveInstance")
    func refuseAndServe() async throws {
        let account = SandboxAccount(accountId: "sandbox-account", clientId: "sandbox-client-id", clientSecret: "sandbox-client-secret",
                                     features: [.historyMeetings, .dashboard, .webinars, .qss])
        try await withSandbox(SandboxConfiguration(accounts: [account], enforceRateLimits: false, now: ManualClock(at: Client.now).read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base, account: account)
            let meeting = try #require(Self.instances(sandbox).first { $0.kind == .meeting && $0.participantsCount > 1 && $0.uuid.hasPrefix("/") })
            let other = try #require(Self.instances(sandbox).first { $0.kind == .meeting && $0.participantsCount > 1 && $0.uuid != meeting.uuid })
            let children = ["/participants", "/participants/qos", "/participants/qos_summary"]
            func paths(_ meeting: SyntheticMeeting) -> [String] {
                let uuid = Client.pathUUID(meeting.uuid)
                return ["/v2/report/meetings/\(uuid)/participants"] + children.dropFirst().map { "/v2/metrics/meetings/\(uuid)\($0)" }
            }
            sandbox.refuseInstance(meeting.uuid, status: 404, code: 3001, message: "Meeting does not exist: \(meeting.uuid).")
            for path in paths(meeting) {
                let reply = try await Client.get(base, raw: path, query: [("type", "past")], token: token)
                #expect(reply.status == 404, "\(path)")
                #expect(try reply.json()["code"] as? Int == 3001)
                #expect(reply.header("X-RateLimit-Category") == "Heavy", "refusals spend budget, as Zoom's errors do")
            }
            for path in paths(other) {
                #expect(try await Client.get(base, raw: path, query: [("type", "past")], token: token).status == 200, "\(path)")
            }
            sandbox.serveInstance(meeting.uuid)
            for path in paths(meeting) {
                #expect(try await Client.get(base, raw: path, query: [("type", "past")], token: token).status == 200, "\(path)")
            }
        }
    }
}
