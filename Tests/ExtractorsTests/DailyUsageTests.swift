import Foundation
import Records
import Testing
@testable import Extractors

@Suite struct DailyUsageTests {
    let november = DateRange(from: CivilDate(iso: "2026-11-01")!, to: CivilDate(iso: "2026-11-30")!)!

    /// The declared path from an answer's body to rows: its records, then the pure mapping.
    func page(_ body: String, within window: DateRange) throws -> Page {
        let document = try JSONValue.parse(Data(body.utf8), endpoint: DailyUsage.endpoint)
        return DailyUsage().rows(try DailyUsage.records(in: document), window: window, timeZone: .gmt)
    }

    @Test func typesEveryDayOfTheWindow() throws {
        let body = #"{"year":2026,"month":11,"dates":[{"date":"2026-11-01","new_users":1,"meetings":20,"participants":70,"meeting_minutes":900},{"date":"2026-11-02","new_users":0,"meetings":0,"participants":0,"meeting_minutes":0}]}"#
        let page = try page(body, within: november)
        #expect(page.rows == [
            [.date(CivilDate(iso: "2026-11-01")!), .int(1), .int(20), .int(70), .int(900)],
            [.date(CivilDate(iso: "2026-11-02")!), .int(0), .int(0), .int(0), .int(0)],
        ])
        #expect(page.rejects.isEmpty)
    }

    @Test func leavesOutDaysOutsideTheWindow() throws {
        let window = DateRange(from: CivilDate(iso: "2026-11-02")!, to: CivilDate(iso: "2026-11-02")!)!
        let body = #"{"dates":[{"date":"2026-11-01","new_users":1,"meetings":2,"participants":3,"meeting_minutes":4},{"date":"2026-11-02","new_users":5,"meetings":6,"participants":7,"meeting_minutes":8},{"date":"2026-11-03","new_users":1,"meetings":1,"participants":1,"meeting_minutes":1}]}"#
        let page = try page(body, within: window)
        #expect(page.rows.count == 1)
        #expect(page.rows.first?.first == .date(CivilDate(iso: "2026-11-02")!))
    }

    @Test func rejectsARecordThatCannotBeTypedAndKeepsTheRest() throws {
        let body = #"{"dates":[{"date":"2026-11-01","new_users":1,"meetings":"many","participants":3,"meeting_minutes":4},{"date":"2026-11-31","new_users":1,"meetings":1,"participants":1,"meeting_minutes":1},{"date":"2026-11-05","new_users":1,"meetings":1,"participants":1,"meeting_minutes":99999999999},{"date":"2026-11-06","new_users":1,"meetings":1,"participants":1,"meeting_minutes":1}]}"#
        let page = try page(body, within: november)
        #expect(page.rows.count == 1)
        #expect(page.rejects.map(\.reason) == [
            "meetings is not an integer: \"many\"",
            "date is not a yyyy-MM-dd date: 2026-11-31",
            "meeting_minutes is out of range: 99999999999",
        ])
        #expect(page.rejects[0].rawJSON == #"{"date":"2026-11-01","new_users":1,"meetings":"many","participants":3,"meeting_minutes":4}"#)
    }

    @Test func aBodyThatIsNotJSONIsADecodingError() {
        #expect(throws: ZoomError.self) { try page("<html>502 Bad Gateway</html>", within: november) }
        #expect(throws: ZoomError.self) { try page(#"{"year":2026}"#, within: november) }
    }
}
