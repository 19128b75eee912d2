import Foundation
import Records
import Testing
import TestSupport
import ZoomSandbox

@Suite("GET /v2/report/daily")
struct DailyReportEndpointTests {
    /// A Wednesday, 10:00 in New York.
    static let now = "2026-11-25T15:00:00Z"

    struct Row: Equatable {
        let date: String, newUsers: Int, meetings: Int, participants: Int, minutes: Int

        init(_ day: DailyUsageDay) {
            self.init(date: day.date.description, newUsers: day.newUsers, meetings: day.meetings,
                      participants: day.participants, minutes: day.meetingMinutes)
        }

        init(date: String, newUsers: Int, meetings: Int, participants: Int, minutes: Int) {
            self.date = date
            self.newUsers = newUsers
            self.meetings = meetings
            self.participants = participants
            self.minutes = minutes
        }

        init(json: [String: Any]) throws {
            #expect(json.count == 5)
            self.init(date: try #require(json["date"] as? String), newUsers: try #require(json["new_users"] as? Int),
                      meetings: try #require(json["meetings"] as? Int), participants: try #require(json["participants"] as? Int),
                      minutes: try #require(json["meeting_minutes"] as? Int))
        }
    }

    static func rows(_ reply: HTTPReply) throws -> [Row] {
        let dates = try #require(try reply.json()["dates"] as? [[String: Any]])
        return try dates.map(Row.init(json:))
    }

    @Test("serves Zoom's shape with the ground truth's figures, every day up to today")
    func shapeAndGroundTruth() async throws {
        let clock = ManualClock(at: Self.now)
        try await withSandbox(SandboxConfiguration(now: clock.read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let reply = try await HTTPTestClient.get(base, "v2/report/daily", query: [("year", "2026"), ("month", "11")], token: token)
            #expect(reply.status == 200)
            #expect(reply.header("Content-Type") == "application/json")
            let body = try reply.json()
            #expect(Set(body.keys) == ["year", "month", "dates"])
            #expect(body["year"] as? Int == 2026)
            #expect(body["month"] as? Int == 11)
            let rows = try Self.rows(reply)
            #expect(rows.count == 25)
            #expect(rows.first?.date == "2026-11-01")
            #expect(rows.last?.date == "2026-11-25")
            let truth = sandbox.groundTruth(accountId: "sandbox-account").dailyUsage(year: 2026, month: 11, asOf: clock.now)
            #expect(rows == truth.map(Row.init))
            #expect(rows.contains { $0.meetings > 0 && $0.participants > $0.meetings && $0.minutes > 0 })
            #expect(rows.contains { $0.newUsers > 0 })

            // A past month is complete.
            let october = try Self.rows(try await HTTPTestClient.get(base, "v2/report/daily", query: [("year", "2026"), ("month", "10")], token: token))
            #expect(october.count == 31)
        }
    }

    @Test("today's figures are partial and grow as the day goes on")
    func todayIsPartial() async throws {
        let clock = ManualClock(at: Self.now)
        try await withSandbox(SandboxConfiguration(now: clock.read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let morning = try #require(try Self.rows(try await HTTPTestClient.get(base, "v2/report/daily", token: token)).last)
            #expect(morning.date == "2026-11-25")
            clock.advance(by: .seconds(13 * 3600))  // 23:00 in New York; the token has expired meanwhile
            let later = try await HTTPTestClient.token(base)
            let evening = try #require(try Self.rows(try await HTTPTestClient.get(base, "v2/report/daily", token: later)).last)
            #expect(evening.date == "2026-11-25")
            #expect(morning.meetings <= evening.meetings && morning.minutes < evening.minutes)
            let day = CivilDate(year: 2026, month: 11, day: 25)!
            #expect(evening == Row(sandbox.groundTruth(accountId: "sandbox-account").dailyUsage(on: day, asOf: clock.now)))
        }
    }

    @Test("without year and month it serves the current month of the account's time zone")
    func defaultsToCurrentMonthInAccountZone() async throws {
        // 03:00 UTC on 1 December is still 30 November in New York.
        let clock = ManualClock(at: "2026-12-01T03:00:00Z")
        try await withSandbox(SandboxConfiguration(now: clock.read)) { _, base in
            let token = try await HTTPTestClient.token(base)
            let reply = try await HTTPTestClient.get(base, "v2/report/daily", token: token)
            #expect(try reply.json()["month"] as? Int == 11)
            let rows = try Self.rows(reply)
            #expect(rows.count == 30)
            #expect(rows.last?.date == "2026-11-30")
            let december = try await HTTPTestClient.get(base, "v2/report/daily", query: [("year", "2026"), ("month", "12")], token: token)
            #expect(december.status == 400)
            #expect(try december.json()["code"] as? Int == 300)
        }
    }

    struct Window: Sendable, CustomTestStringConvertible {
        let today: String  // noon in New York that day
        let year: Int, month: Int
        let allowed: Bool
        var testDescription: String { "\(year)-\(month) on \(today): \(allowed ? "allowed" : "refused")" }
    }

    static let windows = [
        Window(today: "2026-11-25", year: 2026, month: 11, allowed: true),
        Window(today: "2026-11-25", year: 2026, month: 6, allowed: true),
        Window(today: "2026-11-25", year: 2026, month: 5, allowed: true),    // May 31 >= May 25
        Window(today: "2026-11-25", year: 2026, month: 4, allowed: false),
        Window(today: "2026-11-25", year: 2026, month: 12, allowed: false),  // the future
        Window(today: "2026-11-25", year: 2025, month: 11, allowed: false),
        Window(today: "2026-08-31", year: 2026, month: 2, allowed: true),    // Aug 31 - 6 months = Feb 28
        Window(today: "2026-08-31", year: 2026, month: 1, allowed: false),
        Window(today: "2026-01-15", year: 2025, month: 7, allowed: true),    // across the year
        Window(today: "2026-01-15", year: 2025, month: 6, allowed: false),
    ]

    @Test("accepts only months within the recent 6 months, else 400 code 300", arguments: windows)
    func sixMonthWindow(_ window: Window) async throws {
        let clock = ManualClock(at: "\(window.today)T17:00:00Z")
        try await withSandbox(SandboxConfiguration(now: clock.read)) { _, base in
            let token = try await HTTPTestClient.token(base)
            let reply = try await HTTPTestClient.get(base, "v2/report/daily",
                                                     query: [("year", "\(window.year)"), ("month", "\(window.month)")], token: token)
            let today = CivilDate(iso: window.today)!
            #expect(SyntheticAccount.dailyReportAccepts(year: window.year, month: window.month, today: today) == window.allowed)
            if window.allowed {
                #expect(reply.status == 200)
            } else {
                #expect(reply.status == 400)
                let body = try reply.json()
                #expect(body["code"] as? Int == 300)
                #expect(body["message"] as? String == "Daily report can only be provided for a month that falls within the recent 6 months.")
            }
        }
    }

    @Test("bad parameters answer 400 code 300 naming the field", arguments: [
        ("year", "abc"), ("month", "13"), ("month", "0"), ("month", ""), ("year", "2026.5"),
    ])
    func badParameters(name: String, value: String) async throws {
        try await withSandbox(SandboxConfiguration(now: ManualClock(at: Self.now).read)) { _, base in
            let token = try await HTTPTestClient.token(base)
            let reply = try await HTTPTestClient.get(base, "v2/report/daily", query: [(name, value)], token: token)
            #expect(reply.status == 400)
            let body = try reply.json()
            #expect(body["code"] as? Int == 300)
            let errors = try #require(body["errors"] as? [[String: Any]])
            #expect(errors.first?["field"] as? String == name)
        }
    }

    @Test("a Free account gets 400 code 200")
    func freePlan() async throws {
        let free = SandboxAccount(accountId: "free-account", clientId: "free-id", clientSecret: "free-secret", plan: .free)
        try await withSandbox(SandboxConfiguration(accounts: [free])) { _, base in
            let token = try await HTTPTestClient.token(base, account: free)
            let reply = try await HTTPTestClient.get(base, "v2/report/daily", token: token)
            #expect(reply.status == 400)
            let body = try reply.json()
            #expect(body["code"] as? Int == 200)
            #expect(body["message"] as? String == "Only available for paid account.")
            #expect(reply.header("X-RateLimit-Category") == "Heavy")
        }
    }

    @Test("reviseDailyUsage changes that day's figures on the next read, and only that day's")
    func lateArrivingData() async throws {
        let clock = ManualClock(at: Self.now)
        try await withSandbox(SandboxConfiguration(now: clock.read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let before = try Self.rows(try await HTTPTestClient.get(base, "v2/report/daily", token: token))
            sandbox.reviseDailyUsage(accountId: "sandbox-account", day: CivilDate(year: 2026, month: 11, day: 10)!)
            let after = try Self.rows(try await HTTPTestClient.get(base, "v2/report/daily", token: token))
            for (old, new) in zip(before, after) {
                if old.date == "2026-11-10" {
                    #expect(new.meetings > old.meetings && new.participants > old.participants && new.minutes > old.minutes)
                } else {
                    #expect(new == old)
                }
            }
            let truth = sandbox.groundTruth(accountId: "sandbox-account").dailyUsage(year: 2026, month: 11, asOf: clock.now)
            #expect(after == truth.map(Row.init))
        }
    }
}
