import Foundation
import Records
import Testing

@Suite struct CivilDateTests {
    @Test(arguments: [
        ("2026-02-28", true), ("2024-02-29", true), ("2026-02-29", false), ("2026-13-01", false),
        ("2026-1-01", false), ("26-01-01", false), ("2026-01-01T00:00", false), ("", false), ("2026-04-31", false),
    ])
    func parsesOnlyRealDays(text: String, valid: Bool) {
        #expect((CivilDate(iso: text) != nil) == valid)
    }

    @Test func dayNumbersRoundTripAcrossCenturies() {
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: number).dayNumber == number)
        }
        #expect(CivilDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(CivilDate(iso: "2000-03-01")!.dayNumber - CivilDate(iso: "2000-02-28")!.dayNumber == 2)
    }

    @Test(arguments: [
        ("2026-03-31", -1, "2026-02-28"), ("2024-03-31", -1, "2024-02-29"), ("2026-05-25", -6, "2025-11-25"),
        ("2026-01-15", 1, "2026-02-15"), ("2026-12-31", 2, "2027-02-28"),
    ])
    func monthArithmeticClampsToMonthLength(start: String, months: Int, expected: String) {
        #expect(CivilDate(iso: start)!.adding(months: months).description == expected)
    }

    @Test func rangesSplitAtMonthBoundaries() {
        let range = DateRange(from: CivilDate(iso: "2026-01-30")!, to: CivilDate(iso: "2026-03-02")!)!
        #expect(range.months.map(\.description) == ["2026-01-30..2026-01-31", "2026-02-01..2026-02-28", "2026-03-01..2026-03-02"])
        #expect(range.dayCount == 32)
        #expect(DateRange(from: CivilDate(iso: "2026-02-01")!, to: CivilDate(iso: "2026-01-31")!) == nil)
    }

    @Test func dayOfAnInstantDependsOnTheTimeZone() {
        let instant = try! Date("2026-11-25T03:00:00Z", strategy: .iso8601)
        #expect(CivilDate(instant, in: .gmt).description == "2026-11-25")
        #expect(CivilDate(instant, in: TimeZone(identifier: "America/New_York")!).description == "2026-11-24")
        #expect(CivilDate(iso: "2026-11-24")!.start(in: TimeZone(identifier: "America/New_York")!) == (try! Date("2026-11-24T05:00:00Z", strategy: .iso8601)))
    }
}
