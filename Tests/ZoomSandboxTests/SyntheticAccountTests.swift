import Foundation
import Records
import Testing
@testable import ZoomSandbox

@Suite("The synthetic account model")
struct SyntheticAccountTests {
    static let november = DateRange(from: CivilDate(year: 2026, month: 11, day: 1)!, to: CivilDate(year: 2026, month: 11, day: 30)!)!
    static let later = Date(iso: "2027-01-01T00:00:00Z")

    static func account(seed: UInt64 = 42, scale: Int = 1, id: String = "sandbox-account", plan: SandboxPlan = .business) -> SyntheticAccount {
        SyntheticAccount(SandboxAccount(accountId: id, clientId: "c", clientSecret: "s", plan: plan, seed: seed, scale: scale))
    }

    static func usage(_ account: SyntheticAccount) -> [DailyUsageDay] {
        account.dailyUsage(year: 2026, month: 11, asOf: later)
    }

    @Test("is a pure function of seed, scale and account id")
    func deterministic() {
        #expect(Self.usage(Self.account()) == Self.usage(Self.account()))
        #expect(Self.account().foundingUsers == Self.account().foundingUsers)
        #expect(Self.usage(Self.account(seed: 43)) != Self.usage(Self.account()))
        #expect(Self.usage(Self.account(id: "another")) != Self.usage(Self.account()))
        // Days do not depend on the order they are generated in.
        let day = CivilDate(year: 2026, month: 11, day: 12)!
        let alone = Self.account().meetings(on: day)
        _ = Self.account().meetings(on: day.adding(days: -1))
        #expect(Self.account().meetings(on: day) == alone)
    }

    @Test("scale multiplies the volume")
    func scaleMultiplies() {
        let small = Self.usage(Self.account()).reduce(0) { $0 + $1.meetings }
        let large = Self.usage(Self.account(scale: 10)).reduce(0) { $0 + $1.meetings }
        #expect(small > 200)
        #expect(large > 6 * small && large < 14 * small)
        #expect(Self.account(scale: 10).foundingUsers.count == 240)
    }

    @Test("weekdays are busier than weekends")
    func weekly() {
        let account = Self.account(scale: 3)
        let days = Self.usage(account)
        let weekend = days.filter { $0.date.isWeekend }.map(\.meetings)
        let weekday = days.filter { !$0.date.isWeekend }.map(\.meetings)
        #expect(weekend.reduce(0, +) / weekend.count < weekday.reduce(0, +) / weekday.count)
    }

    @Test("daily usage is derived from the day's meetings and joiners")
    func usageFromModel() {
        let account = Self.account()
        let day = CivilDate(year: 2026, month: 11, day: 18)!
        let meetings = account.meetings(on: day)
        let usage = account.dailyUsage(on: day, asOf: Self.later)
        #expect(usage.meetings == meetings.count)
        #expect(usage.participants == meetings.reduce(0) { $0 + $1.participantsCount })
        #expect(usage.meetingMinutes == meetings.reduce(0) { $0 + $1.totalParticipantMinutes })
        #expect(usage.newUsers == account.joiners(on: day).count)
        // Every meeting starts on its account day; sessions lie within the meeting.
        for meeting in meetings {
            #expect(CivilDate(meeting.startTime, in: account.timeZone) == day)
            #expect(meeting.endTime > meeting.startTime)
            #expect(meeting.meetingId > Int64(Int32.max))
            #expect(meeting.uuid.count == 24)
            for session in meeting.sessions {
                #expect(session.joinTime >= meeting.startTime && session.leaveTime <= meeting.endTime)
                #expect(session.durationSeconds > 0)
            }
        }
        // Before the account existed there is nothing, and the future has no figures yet.
        #expect(account.dailyUsage(on: CivilDate(year: 2022, month: 6, day: 1)!, asOf: Self.later).meetings == 0)
        #expect(account.dailyUsage(year: 2027, month: 2, asOf: Self.later).isEmpty)
    }

    @Test("the model has the quirks clients must survive")
    func quirks() {
        let account = Self.account()
        let meetings = (0..<Self.november.dayCount).flatMap { account.meetings(on: Self.november.from.adding(days: $0)) }
        #expect(meetings.contains { $0.uuid.hasPrefix("/") || $0.uuid.contains("//") }, "UUIDs that need double encoding")
        #expect(meetings.contains { $0.kind == .webinar })
        #expect(meetings.contains { $0.participantsCount == 1 }, "one-person meetings")
        #expect(meetings.contains { $0.sessions.count > $0.participantsCount }, "rejoins")
        #expect(Dictionary(grouping: meetings, by: \.meetingId).values.contains { $0.count > 1 }, "recurring ids")
        let zones = Set(account.hostIndices.map { account.foundingUsers[$0].timeZone.identifier })
        #expect(zones.count >= 3)
        #expect(Self.account(plan: .pro).meetings(on: Self.november.from.adding(days: 3)).allSatisfy { $0.kind == .meeting })
    }

    @Test("a revision adds late meetings to its day only")
    func revisions() {
        let day = CivilDate(year: 2026, month: 11, day: 9)!
        let base = Self.account()
        let revised = base.with(revisions: [day: 2])
        let before = base.meetings(on: day), after = revised.meetings(on: day)
        #expect(Set(before).isSubset(of: Set(after)) && after.count > before.count)
        #expect(after.filter { $0.revision > 0 }.map(\.revision).max() == 2)
        #expect(base.meetings(on: day.adding(days: 1)) == revised.meetings(on: day.adding(days: 1)))
    }

    @Test("a UUID lookup, which generates only its instance, finds exactly what its day holds")
    func lookupMatchesDay() {
        // A weekday, a Sunday, the DST change (a 25-hour day) and a revised day with late arrivals.
        let days = ["2026-11-18", "2026-11-22", "2026-11-01", "2026-11-09"].map { CivilDate(iso: $0)! }
        let account = Self.account(scale: 10).with(revisions: [days[3]: 2])
        let meetings = days.flatMap { account.meetings(on: $0) }
        #expect(meetings.contains { $0.kind == .webinar } && meetings.contains { $0.revision == 2 })
        // Through an empty memo, which lookups never fill: each generates its instance alone.
        let cold = account.withOwnMemo()
        for meeting in meetings {
            #expect(cold.meeting(uuid: meeting.uuid) == meeting)
        }
        #expect(cold.memo.count == 0)
        // The same UUID from another seed's account, or before its revision exists, is nobody's.
        #expect(Self.account(seed: 43, scale: 10).meeting(uuid: meetings[0].uuid) == nil)
        #expect(Self.account(scale: 10).meeting(uuid: meetings.first { $0.revision == 2 }!.uuid) == nil)
    }

    @Test("users exist from their creation on")
    func users() {
        let account = Self.account()
        let now = Date(iso: "2026-11-25T15:00:00Z")
        let users = account.users(asOf: now)
        #expect(users.allSatisfy { $0.createdAt <= now })
        #expect(Set(users.map(\.id)).count == users.count)
        #expect(Set(users.map(\.email)).count == users.count)
        #expect(users.count > account.foundingUsers.count)
        #expect(account.users(asOf: Date(iso: "2026-11-26T15:00:00Z")).count >= users.count)
    }

    @Test("a year at scale 10 is cheap enough")
    func yearAtScaleTen() {
        let account = Self.account(scale: 10)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            var total = 0
            for month in 1...12 {
                total += account.dailyUsage(year: 2026, month: month, asOf: Self.later).reduce(0) { $0 + $1.meetings }
            }
            #expect(total > 50_000)
        }
        #expect(elapsed < .seconds(20), "took \(elapsed)")
    }

    @Test("the 6-month rule", arguments: [
        ("2026-11-25", 2026, 5, true), ("2026-11-25", 2026, 4, false), ("2026-11-25", 2026, 12, false),
        ("2026-08-31", 2026, 2, true), ("2026-08-31", 2026, 1, false), ("2026-03-31", 2025, 9, true),
        ("2026-03-31", 2025, 8, false), ("2026-11-01", 2026, 11, true), ("2026-11-30", 2026, 5, true),
    ])
    func sixMonthRule(today: String, year: Int, month: Int, allowed: Bool) {
        #expect(SyntheticAccount.dailyReportAccepts(year: year, month: month, today: CivilDate(iso: today)!) == allowed)
    }
}
