import Foundation
import Records
import Testing
import TestSupport
import ZoomSandbox

/// `/report/users`, `/report/history_meetings` and `/report/users/{userId}/meetings`.
@Suite("Report list endpoints")
struct ReportListEndpointTests {
    typealias Client = ZoomTestClient

    @Test("active hosts: Zoom's shape, every page together equals the ground truth, totals match the daily report")
    func activeHosts() async throws {
        let clock = ManualClock(at: Client.now)
        try await withSandbox(SandboxConfiguration(now: clock.read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let query = [("type", "active"), ("from", "2026-10-01"), ("to", "2026-10-31")]
            let first = try await Client.get(base, raw: "/v2/report/users", query: query + [("page_size", "5")], token: token)
            #expect(first.status == 200)
            let body = try first.json()
            #expect(Set(body.keys) == ["from", "to", "page_count", "page_number", "page_size", "total_records", "next_page_token",
                                       "total_meetings", "total_participants", "total_meeting_minutes", "users"])
            let user = try #require((body["users"] as? [[String: Any]])?.first)
            #expect(Set(user.keys) == ["id", "email", "user_name", "type", "dept", "meetings", "participants", "meeting_minutes",
                                       "custom_attributes"])
            #expect(body["page_size"] as? Int == 5)

            let all = try await Client.allPages(base, raw: "/v2/report/users", query: query + [("page_size", "5")], token: token, field: "users")
            let model = sandbox.groundTruth(accountId: Client.account)
            let truth = model.activeHosts(from: Client.day("2026-10-01"), to: Client.day("2026-10-31"), asOf: clock.now)
            #expect(all.items.count == truth.count && all.pages == (truth.count + 4) / 5)
            for (served, expected) in zip(all.items, truth) {
                #expect(Client.same(served, try Client.json(expected)))
            }
            #expect(truth.allSatisfy { $0.meetings >= 1 })
            let daily = model.dailyUsage(year: 2026, month: 10, asOf: clock.now)
            #expect(body["total_meetings"] as? Int == daily.reduce(0) { $0 + $1.meetings })
            #expect(body["total_meeting_minutes"] as? Int == daily.reduce(0) { $0 + $1.meetingMinutes })
        }
    }

    @Test("windows: from and to required, at most a month, within six months; page_size at most 300", arguments: [
        ([("from", "2026-10-01")], 300), ([("from", "2026-10-01"), ("to", "2026-11-01")], 300),
        ([("from", "2026-05-01"), ("to", "2026-05-31")], 300), ([("from", "2026-10-01"), ("to", "10/31/2026")], 300),
        ([("from", "2026-10-01"), ("to", "2026-10-31"), ("page_size", "301")], 300),
        ([("from", "2026-10-01"), ("to", "2026-10-31"), ("page_size", "300")], 200),
    ] as [([(String, String)], Int)])
    func limits(query: [(String, String)], expected: Int) async throws {
        try await withSandbox(SandboxConfiguration(now: ManualClock(at: Client.now).read)) { _, base in
            let token = try await HTTPTestClient.token(base)
            for path in ["/v2/report/users", "/v2/report/history_meetings"] {
                let reply = try await Client.get(base, raw: path, query: query, token: token)
                if expected == 200 {
                    #expect(reply.status == 200)
                } else {
                    #expect(reply.status == 400, "\(path)")
                    #expect(try reply.json()["code"] as? Int == expected, "\(path)")
                }
            }
        }
    }

    @Test("history meetings by end time: meetings and webinars, paged, equal to the ground truth")
    func historyMeetings() async throws {
        let clock = ManualClock(at: Client.now)
        try await withSandbox(SandboxConfiguration(now: clock.read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let query = [("from", "2026-11-01"), ("to", "2026-11-25"), ("date_type", "end_time"), ("meeting_type", "all")]
            let all = try await Client.allPages(base, raw: "/v2/report/history_meetings", query: query + [("page_size", "100")],
                                                token: token, field: "history_meetings")
            let truth = sandbox.endedInstances(accountId: Client.account, from: Client.day("2026-11-01"), to: Client.day("2026-11-25"))
            let model = sandbox.groundTruth(accountId: Client.account)
            #expect(all.items.count == truth.count && all.pages == (truth.count + 99) / 100)
            #expect(all.items.map { $0["meeting_uuid"] as? String } == truth.map(\.uuid))
            for (served, expected) in zip(all.items, truth) {
                #expect(Client.same(served, try Client.json(model.historyMeeting(expected))))
            }
            #expect(truth.allSatisfy { $0.endTime <= clock.now })
            #expect(all.items.contains { $0["type"] as? String == "Webinar" })
            let sample = try #require(all.items.first)
            #expect(Set(sample.keys).isSuperset(of: ["meeting_uuid", "meeting_id", "type", "host_display_name", "host_email", "start_time",
                                                     "end_time", "topic", "participants", "duration", "total_participant_minutes",
                                                     "department", "source"]))

            // The default meeting_type is meeting: no webinars unless asked for.
            let meetingsOnly = try await Client.allPages(base, raw: "/v2/report/history_meetings",
                                                         query: Array(query.prefix(3)) + [("page_size", "300")], token: token, field: "history_meetings")
            #expect(meetingsOnly.items.count == truth.filter { $0.kind == .meeting }.count)
            let first = try await Client.get(base, raw: "/v2/report/history_meetings", query: query, token: token)
            #expect(Set(try first.json().keys) == ["next_page_token", "page_size", "history_meetings"])
        }
    }

    @Test("active hosts: type is active or inactive; inactive lists the users who hosted nothing")
    func activeOrInactive() async throws {
        let clock = ManualClock(at: Client.now)
        try await withSandbox(SandboxConfiguration(now: clock.read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let window = [("from", "2026-10-01"), ("to", "2026-10-31")]
            let bad = try await Client.get(base, raw: "/v2/report/users", query: window + [("type", "everyone")], token: token)
            #expect(bad.status == 400)
            #expect(try bad.json()["code"] as? Int == 300)
            let inactive = try await Client.allPages(base, raw: "/v2/report/users", query: window + [("type", "inactive"), ("page_size", "300")],
                                                     token: token, field: "users")
            let model = sandbox.groundTruth(accountId: Client.account)
            let active = Set(model.activeHosts(from: Client.day("2026-10-01"), to: Client.day("2026-10-31"), asOf: clock.now).map(\.id))
            #expect(!inactive.items.isEmpty)
            #expect(inactive.items.allSatisfy { !active.contains($0["id"] as? String ?? "") && $0["meetings"] as? Int == 0 })
        }
    }

    @Test("history meetings answers 400 code 200 without the entitlement")
    func historyEntitlement() async throws {
        try await withSandbox(SandboxConfiguration(now: ManualClock(at: Client.now).read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let query = [("from", "2026-11-01"), ("to", "2026-11-25")]
            #expect(try await Client.get(base, raw: "/v2/report/history_meetings", query: query, token: token).status == 200)
            sandbox.setEntitlement(accountId: Client.account, .historyMeetings, enabled: false)
            let refused = try await Client.get(base, raw: "/v2/report/history_meetings", query: query, token: token)
            #expect(refused.status == 400)
            #expect(try refused.json()["code"] as? Int == 200)
            #expect(try refused.json()["message"] as? String == "No permission.")
            #expect(!sandbox.entitlements(accountId: Client.account).contains(.historyMeetings))
        }
    }

    @Test("a user's meetings: by id or e-mail, two or more participants, local MM/dd/yyyy HH:mm times; unknown user 404 code 1001")
    func userMeetings() async throws {
        let clock = ManualClock(at: Client.now)
        try await withSandbox(SandboxConfiguration(now: clock.read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let model = sandbox.groundTruth(accountId: Client.account)
            let host = model.foundingUsers[model.hostIndices[0]]
            let query = [("from", "2026-10-26"), ("to", "2026-11-25"), ("type", "past")]
            let byId = try await Client.allPages(base, raw: "/v2/report/users/\(host.id)/meetings", query: query + [("page_size", "3")],
                                                 token: token, field: "meetings")
            let byEmail = try await Client.allPages(base, raw: "/v2/report/users/\(Client.encode(host.email))/meetings",
                                                    query: query, token: token, field: "meetings")
            let truth = try #require(model.reportMeetings(userId: host.email, from: Client.day("2026-10-26"), to: Client.day("2026-11-25"),
                                                          asOf: clock.now))
            #expect(!truth.isEmpty && byId.items.count == truth.count && byEmail.items.count == truth.count)
            for (served, expected) in zip(byId.items, truth) {
                let json = try Client.json(expected)
                #expect(Client.same(served, json), "\(served) \(json)")
            }
            #expect(truth.allSatisfy { $0.participantsCount >= 2 && $0.userEmail == host.email })
            let meeting = try #require(model.meeting(uuid: truth[0].uuid))
            #expect(truth[0].scheduleTime == ZoomTime.reportLocal(meeting.scheduledTime, in: model.timeZone))
            #expect(truth[0].joinTime.range(of: #"^\d\d/\d\d/\d{4} \d\d:\d\d$"#, options: .regularExpression) != nil)

            let unknown = try await Client.get(base, raw: "/v2/report/users/nobody%40example.com/meetings", query: query, token: token)
            #expect(unknown.status == 404)
            #expect(try unknown.json()["code"] as? Int == 1001)
            #expect(try unknown.json()["message"] as? String == "User nobody@example.com not exist or not belong to this account.")
        }
    }
}
