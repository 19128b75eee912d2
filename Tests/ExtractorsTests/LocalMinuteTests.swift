import Foundation
import Testing
@testable import Extractors

/// The per-user meeting report's `MM/dd/yyyy HH:mm` is a local minute (zoom-api.md §8): on the
/// daylight-saving days one local hour does not exist and one happens twice.
@Suite struct LocalMinuteTests {
    static let newYork = TimeZone(identifier: "America/New_York")!

    @Test(arguments: [
        ("03/07/2026 23:30", "2026-03-08T04:30:00Z"),
        ("03/08/2026 01:59", "2026-03-08T06:59:00Z"),
        // 02:30 never happened that night: Foundation moves it forward by the gap, to 03:30 EDT.
        ("03/08/2026 02:30", "2026-03-08T07:30:00Z"),
        ("03/08/2026 03:00", "2026-03-08T07:00:00Z"),
        // 01:30 happened twice: the first, still EDT, is taken.
        ("11/01/2026 01:30", "2026-11-01T05:30:00Z"),
        ("11/01/2026 02:00", "2026-11-01T07:00:00Z"),
        ("11/01/2026 00:30", "2026-11-01T04:30:00Z"),
    ])
    func aLocalMinuteOnADaylightSavingDayReadsAs(text: String, utc: String) throws {
        let read = try #require(ZoomValues.localMinute(text, in: Self.newYork))
        #expect(read == (try Date(utc, strategy: .iso8601)))
    }

    @Test(arguments: ["02/29/2026 10:00", "03/08/2026 24:00", "3/8/26 10:00", "03/08/2026 10:60", ""])
    func anImpossibleLocalMinuteIsUnreadable(text: String) {
        #expect(ZoomValues.localMinute(text, in: Self.newYork) == nil)
    }
}
