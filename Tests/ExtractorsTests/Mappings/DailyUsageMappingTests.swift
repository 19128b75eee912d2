import Foundation
import Records
import Testing
@testable import Extractors

/// `GET /report/daily` records (zoom-api.md §2): `{date: "yyyy-MM-dd", new_users, meetings,
/// participants, meeting_minutes}`, a month sent whole; the rows are the window's days.
@Suite struct DailyUsageMappingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let record: String
        var window = days(day(2026, 11, 1), day(2026, 11, 30))
        /// The account's zone: report days are its calendar days already (zoom-api.md §8), never shifted.
        var timeZone = TimeZone.gmt
        let expected: Outcome

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a day of the month is a row of its figures",
             record: #"{"date":"2026-11-02","new_users":3,"meetings":41,"participants":187,"meeting_minutes":2210}"#,
             expected: .row([.date(day(2026, 11, 2)), .int(3), .int(41), .int(187), .int(2210)])),
        Case(name: "a day without meetings is a row of zeros, not NULLs",
             record: #"{"date":"2026-11-08","new_users":0,"meetings":0,"participants":0,"meeting_minutes":0}"#,
             expected: .row([.date(day(2026, 11, 8)), .int(0), .int(0), .int(0), .int(0)])),
        Case(name: "the window's first day is inside it",
             record: #"{"date":"2026-11-10","new_users":1,"meetings":2,"participants":3,"meeting_minutes":4}"#,
             window: days(day(2026, 11, 10), day(2026, 11, 20)),
             expected: .row([.date(day(2026, 11, 10)), .int(1), .int(2), .int(3), .int(4)])),
        Case(name: "the window's last day is inside it",
             record: #"{"date":"2026-11-20","new_users":1,"meetings":2,"participants":3,"meeting_minutes":4}"#,
             window: days(day(2026, 11, 10), day(2026, 11, 20)),
             expected: .row([.date(day(2026, 11, 20)), .int(1), .int(2), .int(3), .int(4)])),
        // Zoom sends the whole month; a window ending today leaves out the incomplete days after it.
        Case(name: "a day after the window is left out",
             record: #"{"date":"2026-11-21","new_users":1,"meetings":2,"participants":3,"meeting_minutes":4}"#,
             window: days(day(2026, 11, 10), day(2026, 11, 20)), expected: .leftOut),
        Case(name: "a day before the window is left out",
             record: #"{"date":"2026-11-09","new_users":1,"meetings":2,"participants":3,"meeting_minutes":4}"#,
             window: days(day(2026, 11, 10), day(2026, 11, 20)), expected: .leftOut),
        Case(name: "a day of another month is left out",
             record: #"{"date":"2026-10-31","new_users":1,"meetings":2,"participants":3,"meeting_minutes":4}"#,
             expected: .leftOut),
        Case(name: "a zone far east of UTC keeps Zoom's day",
             record: #"{"date":"2026-11-30","new_users":1,"meetings":5,"participants":9,"meeting_minutes":120}"#,
             timeZone: .named("Pacific/Kiritimati"),
             expected: .row([.date(day(2026, 11, 30)), .int(1), .int(5), .int(9), .int(120)])),
        Case(name: "a zone far west of UTC keeps Zoom's day",
             record: #"{"date":"2026-11-01","new_users":1,"meetings":5,"participants":9,"meeting_minutes":120}"#,
             timeZone: .named("Pacific/Pago_Pago"),
             expected: .row([.date(day(2026, 11, 1)), .int(1), .int(5), .int(9), .int(120)])),
        Case(name: "the largest PostgreSQL integer fits",
             record: #"{"date":"2026-11-03","new_users":0,"meetings":1,"participants":2,"meeting_minutes":2147483647}"#,
             expected: .row([.date(day(2026, 11, 3)), .int(0), .int(1), .int(2), .int(2_147_483_647)])),
        // The columns are PostgreSQL `integer`: one more would fail the page's COPY.
        Case(name: "a figure beyond int32 rejects the day",
             record: #"{"date":"2026-11-03","new_users":0,"meetings":1,"participants":2,"meeting_minutes":2147483648}"#,
             expected: .rejected("meeting_minutes is out of range: 2147483648")),
        Case(name: "a figure below int32 rejects the day",
             record: #"{"date":"2026-11-03","new_users":-2147483649,"meetings":1,"participants":2,"meeting_minutes":3}"#,
             expected: .rejected("new_users is out of range: -2147483649")),
        // November has 30 days: the date is no calendar day, so it cannot be left out or kept.
        Case(name: "a month's invalid day is rejected",
             record: #"{"date":"2026-11-31","new_users":1,"meetings":1,"participants":1,"meeting_minutes":1}"#,
             expected: .rejected("date is not a yyyy-MM-dd date: 2026-11-31")),
        Case(name: "February 29th of a common year is rejected",
             record: #"{"date":"2026-02-29","new_users":1,"meetings":1,"participants":1,"meeting_minutes":1}"#,
             window: days(day(2026, 2, 1), day(2026, 2, 28)),
             expected: .rejected("date is not a yyyy-MM-dd date: 2026-02-29")),
        Case(name: "a date not in Zoom's yyyy-MM-dd is rejected",
             record: #"{"date":"11/02/2026","new_users":1,"meetings":1,"participants":1,"meeting_minutes":1}"#,
             expected: .rejected("date is not a yyyy-MM-dd date: 11/02/2026")),
        Case(name: "a date holding U+0000 is rejected",
             record: #"{"date":"2026-11-0\u00002","new_users":1,"meetings":1,"participants":1,"meeting_minutes":1}"#,
             expected: .rejected("date contains U+0000 (NUL), which PostgreSQL text cannot hold")),
        Case(name: "a figure sent as a string is rejected",
             record: #"{"date":"2026-11-04","new_users":1,"meetings":"41","participants":1,"meeting_minutes":1}"#,
             expected: .rejected(#"meetings is not an integer: "41""#)),
        // The columns are NOT NULL: a day without a figure cannot be stored.
        Case(name: "a null figure is rejected",
             record: #"{"date":"2026-11-04","new_users":null,"meetings":1,"participants":1,"meeting_minutes":1}"#,
             expected: .rejected("new_users is not an integer: null")),
        Case(name: "a missing figure is rejected",
             record: #"{"date":"2026-11-04","new_users":1,"meetings":1,"meeting_minutes":1}"#,
             expected: .rejected("participants is missing")),
    ]

    @Test(arguments: cases)
    func aDailyRecordBecomes(_ testCase: Case) throws {
        let records = try ZoomAnswer.records(of: DailyUsage.self, [testCase.record]) { #"{"year":2026,"month":11,"dates":\#($0)}"# }
        let page = DailyUsage().rows(records, window: testCase.window, timeZone: testCase.timeZone)
        expectOutcome(page, RecordCase(testCase.name, testCase.record, testCase.expected))
        #expect(page.nullifiedValues == 0)
    }

    /// `zoom.daily_usage` checks every figure `>= 0` (sql/002_daily_usage.sql): a negative one
    /// would fail the page's COPY, every night, so it rejects its day instead.
    @Test(arguments: [
        #"{"date":"2026-11-05","new_users":-1,"meetings":1,"participants":1,"meeting_minutes":1}"#,
        #"{"date":"2026-11-05","new_users":1,"meetings":1,"participants":1,"meeting_minutes":-30}"#,
    ])
    func aNegativeFigureIsRejected(_ record: String) throws {
        let records = try ZoomAnswer.records(of: DailyUsage.self, [record])
        let page = DailyUsage().rows(records, window: days(day(2026, 11, 1), day(2026, 11, 30)), timeZone: .gmt)
        expectRejected(page)
    }
}
