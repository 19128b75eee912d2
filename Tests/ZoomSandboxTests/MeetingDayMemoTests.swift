import Foundation
import Records
import Testing
@testable import ZoomSandbox

@Suite("The memo of generated days")
struct MeetingDayMemoTests {
    static let scaleTen = SyntheticAccount(SandboxAccount(accountId: "sandbox-account", clientId: "c", clientSecret: "s", scale: 10))
    /// A week from a Friday: weekdays, a weekend, and the DST change (2026-11-01, a 25-hour day).
    static let days = (0..<7).map { CivilDate(year: 2026, month: 10, day: 30)!.adding(days: $0) }

    static func key(_ day: CivilDate, revision: Int = 0) -> MeetingDayMemo.Key {
        MeetingDayMemo.Key(day: day, revision: revision)
    }

    @Test("days and instances served through the memo are those generated afresh, every time they are asked for")
    func sameAsFresh() {
        // Room for three of seven days: the second pass finds some held and regenerates evicted ones.
        let account = Self.scaleTen.withOwnMemo(capacity: 3)
        for _ in 0..<2 {
            for day in Self.days {
                let fresh = Self.scaleTen.generateMeetings(on: day)
                #expect(!fresh.isEmpty)
                #expect(account.meetings(on: day) == fresh)
                #expect(account.meetings(on: day) == fresh)
                #expect(account.memo.meetings(Self.key(day)) == fresh)
                for meeting in fresh {
                    #expect(account.meeting(uuid: meeting.uuid) == meeting)
                }
            }
        }
    }

    @Test("a revision is another entry: late arrivals appear at once, and never before their revision")
    func revisions() throws {
        let day = Self.days[3]
        let base = Self.scaleTen.withOwnMemo()
        let before = base.meetings(on: day)
        let revised = base.with(revisions: [day: 1])
        let after = revised.meetings(on: day)
        #expect(after == Self.scaleTen.with(revisions: [day: 1]).generateMeetings(on: day))
        let late = try #require(after.first { $0.revision == 1 })
        #expect(revised.meeting(uuid: late.uuid) == late)
        #expect(base.meeting(uuid: late.uuid) == nil)
        #expect(base.meetings(on: day) == before)
        #expect(base.memo.count == 2)
    }

    @Test("holds at most its capacity, dropping the least recently used day")
    func bounded() {
        let memo = MeetingDayMemo(capacity: 3)
        for day in Self.days.prefix(3) {
            memo.store([], for: Self.key(day))
        }
        _ = memo.meetings(Self.key(Self.days[0]))
        memo.store([], for: Self.key(Self.days[3]))
        #expect(memo.count == 3)
        #expect(memo.meetings(Self.key(Self.days[1])) == nil, "the least recently used")
        #expect(memo.meetings(Self.key(Self.days[0])) != nil && memo.meetings(Self.key(Self.days[3])) != nil)
        for day in Self.days {
            memo.store([], for: Self.key(day, revision: 1))
        }
        #expect(memo.count == 3)
    }

    @Test("an account's memo stays bounded over 90 days, and holds a month's report window whole")
    func accountBounded() {
        let account = SyntheticAccount(.demo)
        let start = CivilDate(year: 2026, month: 8, day: 28)!
        for offset in 0..<90 {
            _ = account.meetings(on: start.adding(days: offset))
        }
        #expect(account.memo.count == MeetingDayMemo.defaultCapacity)
        // history_meetings by end time reads the window and the day before it.
        let from = CivilDate(year: 2026, month: 10, day: 1)!, to = CivilDate(year: 2026, month: 10, day: 31)!
        _ = account.endedInstances(from: from, to: to)
        #expect((-1...30).allSatisfy { account.memo.meetings(Self.key(from.adding(days: $0))) != nil })
    }

    @Test("concurrent lookups through a memo that keeps evicting agree with fresh generation")
    func concurrent() async {
        let account = Self.scaleTen.withOwnMemo(capacity: 2)
        let fresh = Self.days.map { Self.scaleTen.generateMeetings(on: $0) }
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var wrong = 0
                    for round in 0..<3 {
                        // Workers walk the days in different orders, so they fill and evict each other's days.
                        let order = (0..<fresh.count).map { (($0 + worker + round) * (worker % 3 + 1)) % fresh.count }
                        for index in order {
                            if account.meetings(on: Self.days[index]) != fresh[index] { wrong += 1 }
                            for meeting in fresh[index].prefix(20) where account.meeting(uuid: meeting.uuid) != meeting {
                                wrong += 1
                            }
                        }
                    }
                    return wrong
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
        #expect(account.memo.count <= 2)
    }
}
