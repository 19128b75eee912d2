import Foundation
import Records
import Testing

/// Report days are the account's calendar days (zoom-api.md §8): their UTC bounds move with
/// daylight saving time, so a day lasts 23 or 25 hours, and an instant belongs to the day its
/// local clock shows. Pinned as values here; `FaketimeRunTests` runs the binary on such a day.
@Suite struct DayBoundaryTests {
    static let newYork = TimeZone(identifier: "America/New_York")!

    static func utc(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    @Test(arguments: [
        // Spring forward: 2026-03-08 02:00 EST becomes 03:00 EDT, a 23-hour day.
        ("2026-03-08", "2026-03-08T05:00:00Z", 23),
        // Fall back: 2026-11-01 02:00 EDT becomes 01:00 EST, a 25-hour day.
        ("2026-11-01", "2026-11-01T04:00:00Z", 25),
        ("2026-03-09", "2026-03-09T04:00:00Z", 24),
        ("2026-10-31", "2026-10-31T04:00:00Z", 24),
        ("2026-07-04", "2026-07-04T04:00:00Z", 24),
    ])
    func aNewYorkDayStartsAtItsLocalMidnightAndLasts(day: String, start: String, hours: Int) throws {
        let date = try #require(CivilDate(iso: day))
        #expect(date.start(in: Self.newYork) == Self.utc(start))
        let length = date.adding(days: 1).start(in: Self.newYork).timeIntervalSince(date.start(in: Self.newYork))
        #expect(length == Double(hours * 3600), "\(day) lasts \(length / 3600) hours")
    }

    @Test(arguments: [
        // The last second before each boundary and the boundary itself.
        ("2026-03-08T04:59:59Z", "2026-03-07"), ("2026-03-08T05:00:00Z", "2026-03-08"),
        ("2026-03-08T06:59:59Z", "2026-03-08"), ("2026-03-08T07:00:00Z", "2026-03-08"),  // 01:59:59 EST, then 03:00 EDT
        ("2026-03-09T03:59:59Z", "2026-03-08"), ("2026-03-09T04:00:00Z", "2026-03-09"),
        ("2026-11-01T03:59:59Z", "2026-10-31"), ("2026-11-01T04:00:00Z", "2026-11-01"),
        ("2026-11-01T05:30:00Z", "2026-11-01"), ("2026-11-01T06:30:00Z", "2026-11-01"),  // 01:30 EDT, then 01:30 EST
        ("2026-11-02T04:59:59Z", "2026-11-01"), ("2026-11-02T05:00:00Z", "2026-11-02"),
    ])
    func anInstantBelongsToTheDayItsLocalClockShows(instant: String, day: String) {
        #expect(CivilDate(Self.utc(instant), in: Self.newYork).description == day)
    }

    /// A meeting from 23:30 to 00:30 local time is two days' meeting; the report that lists it by
    /// end time (`date_type=end_time`) puts it in the second, and its UTC window says the same.
    @Test func aMeetingAcrossLocalMidnightBelongsToTheDayItEnds() throws {
        let start = Self.utc("2026-03-08T04:30:00Z")  // 2026-03-07 23:30 EST
        let end = Self.utc("2026-03-08T05:30:00Z")    // 2026-03-08 00:30 EST
        #expect(CivilDate(start, in: Self.newYork).description == "2026-03-07")
        #expect(CivilDate(end, in: Self.newYork).description == "2026-03-08")
        let day = try #require(CivilDate(iso: "2026-03-08"))
        let window = day.start(in: Self.newYork)..<day.adding(days: 1).start(in: Self.newYork)
        #expect(window.contains(end) && !window.contains(start))
    }

    /// Where local midnight does not exist (Santiago springs forward at 00:00), the day starts at
    /// its first instant, 01:00, so consecutive days still tile time with no gap or overlap.
    @Test func aDayWithoutAMidnightStartsAtItsFirstInstant() throws {
        let santiago = try #require(TimeZone(identifier: "America/Santiago"))
        let day = try #require(CivilDate(iso: "2026-09-06"))
        #expect(day.start(in: santiago) == Self.utc("2026-09-06T04:00:00Z"))  // 01:00 -03
        #expect(CivilDate(day.start(in: santiago), in: santiago) == day)
        #expect(day.adding(days: 1).start(in: santiago).timeIntervalSince(day.start(in: santiago)) == 23 * 3600)
        #expect(day.start(in: santiago).timeIntervalSince(day.adding(days: -1).start(in: santiago)) == 24 * 3600)
    }
}
