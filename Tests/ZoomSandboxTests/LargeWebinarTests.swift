import Foundation
import Records
import Testing
import TestSupport
import ZoomSandbox

/// `SandboxAccount.largeWebinarSessions`: real webinar sizes, with pages that cost only their rows.
@Suite("Large webinars")
struct LargeWebinarTests {
    typealias Client = ZoomTestClient

    static let size = 10_000
    static let large = SandboxAccount(accountId: "sandbox-account", clientId: "sandbox-client-id", clientSecret: "sandbox-client-secret",
                                      features: [.historyMeetings, .dashboard, .webinars, .qss], largeWebinarSessions: size)
    static let plain = SandboxAccount(accountId: "sandbox-account", clientId: "sandbox-client-id", clientSecret: "sandbox-client-secret",
                                      features: [.historyMeetings, .dashboard, .webinars, .qss])
    static let from = Client.day("2026-11-01"), to = Client.day("2026-11-24")

    static func account(sessions: Int) -> SandboxAccount {
        var account = large
        account.largeWebinarSessions = sessions
        return account
    }

    static func firstLarge(_ sandbox: ZoomSandbox) throws -> SyntheticMeeting {
        let truth = sandbox.groundTruth(accountId: Client.account)
        return try #require(truth.largeWebinars(from: from, to: to).first { $0.endTime <= sandbox.now })
    }

    @Test("one large webinar per 7-day block, the block's first webinar; every other instance as without the knob")
    func selection() throws {
        let model = SyntheticAccount(Self.large), base = SyntheticAccount(Self.plain)
        let days = (0..<56).map { Self.from.adding(days: $0) }
        let meetings = days.flatMap { model.meetings(on: $0) }, plainMeetings = days.flatMap { base.meetings(on: $0) }
        #expect(meetings.map(\.uuid) == plainMeetings.map(\.uuid), "identities, kinds and times are untouched")
        let large = meetings.filter(\.isLarge)
        #expect(large.count >= 6 && large.allSatisfy { $0.kind == .webinar && $0.sessions.count == Self.size && $0.participantsCount == Self.size })
        let blocks = large.map { ($0.day.dayNumber - SyntheticAccount.origin.dayNumber) / 7 }
        #expect(Set(blocks).count == blocks.count, "at most one per block")
        for (meeting, plainMeeting) in zip(meetings, plainMeetings) where !meeting.isLarge {
            #expect(meeting == plainMeeting)
        }
        #expect(model.largeWebinars(from: days[0], to: days[55]) == large)
        #expect(base.largeWebinars(from: days[0], to: days[55]).isEmpty)
        // Found the same way by UUID, without the day (a fresh model has no memo of it).
        let webinar = try #require(large.first)
        #expect(SyntheticAccount(Self.large).meeting(uuid: webinar.uuid) == webinar)
    }

    @Test("largeWebinarFrom with a long period: exactly one large webinar, the first webinar on or after that day")
    func anchored() throws {
        var account = Self.large
        account.largeWebinarFrom = Client.day("2026-11-10")
        account.largeWebinarPeriodDays = 3650
        let model = SyntheticAccount(account), plain = SyntheticAccount(Self.plain)
        let large = model.largeWebinars(from: Self.from, to: Self.to)
        // Generation order within a day is not start order: the one is on the first day with a webinar.
        let day = try #require((0..<15).map { Client.day("2026-11-10").adding(days: $0) }
            .first { plain.meetings(on: $0).contains { $0.kind == .webinar } })
        #expect(large.count == 1 && large.first?.day == day && large.first?.kind == .webinar)
        #expect(model.largeWebinars(from: Self.from, to: Client.day("2026-11-09")).isEmpty)
    }

    @Test("sessions: host first, join order, distinct per-join ids, each account user once, some phones and QoS")
    func sessions() throws {
        let model = SyntheticAccount(Self.large)
        let webinar = try #require(model.largeWebinars(from: Self.from, to: Self.to).first)
        let sessions = Array(webinar.sessions)
        #expect(sessions[0].attendee == .user(index: webinar.hostIndex) && sessions[0].joinTime == webinar.startTime)
        #expect(zip(sessions, sessions.dropFirst()).allSatisfy { $0.joinTime <= $1.joinTime })
        #expect(sessions.allSatisfy { $0.leaveTime > $0.joinTime && $0.leaveTime < webinar.endTime.addingTimeInterval(1) })
        #expect(Set(sessions.map(\.participantId)).count == Self.size)
        #expect(Set(sessions.map(\.attendee)).count == Self.size)
        let users = sessions.compactMap { if case .user(let index) = $0.attendee { index } else { nil } }
        #expect(users.count == model.foundingUsers.count)
        let qos = sessions.count(where: \.hasQoS), phones = sessions.count(where: \.isPhone)
        #expect((2_000...3_000).contains(qos) && (500...1_500).contains(phones))
        #expect(webinar.sessions[1234] == sessions[1234], "random access makes the same session")
    }

    @Test("participants: 34 pages of 300 equal the ground truth; history and daily usage count every attendee")
    func participants() async throws {
        let clock = ManualClock(at: Client.now)
        try await withSandbox(SandboxConfiguration(accounts: [Self.large], enforceRateLimits: false, now: clock.read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let webinar = try Self.firstLarge(sandbox)
            let truth = sandbox.groundTruth(accountId: Client.account)
            let path = "/v2/report/webinars/\(Client.pathUUID(webinar.uuid))/participants"
            let all = try await Client.allPages(base, raw: path, query: [("page_size", "300")], token: token, field: "participants")
            let rows = truth.reportParticipants(of: webinar)
            #expect(all.pages == 34 && all.items.count == Self.size && rows.count == Self.size)
            #expect(zip(all.items, rows).allSatisfy { Client.same($0, (try? Client.json($1)) ?? [:]) })

            #expect(truth.historyMeeting(webinar).participants == Self.size)
            let plain = SyntheticAccount(Self.plain)
            let before = try #require(plain.meeting(uuid: webinar.uuid))
            let day = truth.dailyUsage(on: webinar.day, asOf: clock.now), plainDay = plain.dailyUsage(on: webinar.day, asOf: clock.now)
            #expect(day.participants - plainDay.participants == Self.size - before.participantsCount)
            #expect(day.meetings == plainDay.meetings)
            #expect(day.meetingMinutes - plainDay.meetingMinutes == webinar.totalParticipantMinutes - before.totalParticipantMinutes)
        }
    }

    @Test("QoS: 1,000 pages of 10 in all; pages served equal the ground truth's slices")
    func qos() async throws {
        try await withSandbox(SandboxConfiguration(accounts: [Self.large], enforceRateLimits: false,
                                                   now: ManualClock(at: Client.now).read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let webinar = try Self.firstLarge(sandbox)
            let truth = sandbox.groundTruth(accountId: Client.account)
            let path = "/v2/metrics/webinars/\(Client.pathUUID(webinar.uuid))/participants/qos"
            var next = "", served: [[String: Any]] = []
            for page in 0..<30 {
                let reply = try await Client.get(base, raw: path, query: [("type", "past"), ("page_size", "10")] + (next.isEmpty ? [] : [("next_page_token", next)]), token: token)
                let body = try reply.json()
                if page == 0 { #expect(body["total_records"] as? Int == Self.size && body["page_count"] as? Int == 1_000) }
                served += try #require(body["participants"] as? [[String: Any]])
                next = try #require(body["next_page_token"] as? String)
            }
            let expected = truth.qosSamples(of: webinar, at: 0..<300)
            #expect(served.count == 300 && zip(served, expected).allSatisfy { Client.same($0, (try? Client.json($1)) ?? [:]) })
        }
    }

    @Test("qos_summary: every page equals the ground truth, and a page costs its rows, not the webinar")
    func summary() async throws {
        // 4,000 sessions keep the ground truth's own summaries quick; the paging is the same.
        try await withSandbox(SandboxConfiguration(accounts: [Self.account(sessions: 4_000)], enforceRateLimits: false,
                                                   now: ManualClock(at: Client.now).read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let webinar = try Self.firstLarge(sandbox)
            let path = "/v2/metrics/webinars/\(Client.pathUUID(webinar.uuid))/participants/qos_summary"
            let started = ContinuousClock.now
            let all = try await Client.allPages(base, raw: path, query: [("page_size", "10")], token: token, field: "participants")
            let elapsed = ContinuousClock.now - started
            let truth = sandbox.groundTruth(accountId: Client.account).qosSummary(of: webinar)
            #expect(truth.count > 800 && all.items.count == truth.count && all.pages == (truth.count + 9) / 10)
            #expect(zip(all.items, truth).allSatisfy { Client.same($0, (try? Client.json($1)) ?? [:]) })
            // Summarising the whole webinar for each page, as before, took most of an hour here.
            #expect(elapsed < .seconds(180), "\(all.pages) summary pages took \(elapsed)")
        }
    }
}
