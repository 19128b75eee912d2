import Foundation
import Records
import Testing
@testable import Extractors

/// `GET /report/users?type=active` records (zoom-api.md §2): `users[]{id, email, user_name,
/// type, dept, meetings, participants, meeting_minutes, custom_attributes[]}`, one calendar month.
@Suite struct ActiveHostsMappingTests {
    static let november = days(day(2026, 11, 1), day(2026, 11, 30))

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let record: String
        /// A whole month, or the current month through its last complete day.
        var period = ActiveHostsMappingTests.november
        let expected: Outcome

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a host of the month is a row of the period and the host's totals",
             record: #"{"id":"KDcuGIm1QgePTO8WbOqwIQ","email":"jchill@example.com","user_name":"Jill Chill","type":2,"dept":"HR","meetings":12,"participants":48,"meeting_minutes":360,"custom_attributes":[{"key":"cbf_cywdkexrtqc73f97gd4w6g","name":"A1","value":"1"}]}"#,
             expected: .row([.date(day(2026, 11, 1)), .date(day(2026, 11, 30)), .text("KDcuGIm1QgePTO8WbOqwIQ"), .text("jchill@example.com"),
                             .text("Jill Chill"), .int(2), .text("HR"), .int(12), .int(48), .int(360)])),
        Case(name: "the current month's period ends on its last complete day",
             record: #"{"id":"z8yAAAAA8bbbQ","email":"ops@example.com","user_name":"Ops Desk","type":1,"dept":"Ops","meetings":1,"participants":2,"meeting_minutes":30,"custom_attributes":[]}"#,
             period: days(day(2026, 11, 1), day(2026, 11, 17)),
             expected: .row([.date(day(2026, 11, 1)), .date(day(2026, 11, 17)), .text("z8yAAAAA8bbbQ"), .text("ops@example.com"),
                             .text("Ops Desk"), .int(1), .text("Ops"), .int(1), .int(2), .int(30)])),
        // DESIGN.md: an empty string from Zoom is NULL.
        Case(name: "an empty department and email are NULL",
             record: #"{"id":"KDcuGIm1QgePTO8WbOqwIQ","email":"","user_name":"Jill Chill","type":2,"dept":"","meetings":3,"participants":9,"meeting_minutes":90,"custom_attributes":[]}"#,
             expected: .row([.date(day(2026, 11, 1)), .date(day(2026, 11, 30)), .text("KDcuGIm1QgePTO8WbOqwIQ"), .null,
                             .text("Jill Chill"), .int(2), .null, .int(3), .int(9), .int(90)])),
        Case(name: "absent and null fields are NULL",
             record: #"{"id":"KDcuGIm1QgePTO8WbOqwIQ","user_name":null,"meetings":3}"#,
             expected: .row([.date(day(2026, 11, 1)), .date(day(2026, 11, 30)), .text("KDcuGIm1QgePTO8WbOqwIQ"), .null,
                             .null, .null, .null, .int(3), .null, .null])),
        Case(name: "a host with no meetings in the month is a row of zeros",
             record: #"{"id":"KDcuGIm1QgePTO8WbOqwIQ","email":"jchill@example.com","user_name":"Jill Chill","type":2,"dept":"HR","meetings":0,"participants":0,"meeting_minutes":0}"#,
             expected: .row([.date(day(2026, 11, 1)), .date(day(2026, 11, 30)), .text("KDcuGIm1QgePTO8WbOqwIQ"), .text("jchill@example.com"),
                             .text("Jill Chill"), .int(2), .text("HR"), .int(0), .int(0), .int(0)])),
        Case(name: "a name in any script is kept as sent",
             record: #"{"id":"KDcuGIm1QgePTO8WbOqwIQ","email":"yuki@example.jp","user_name":"山田 由紀 🎥","type":2,"dept":"営業","meetings":1,"participants":2,"meeting_minutes":5}"#,
             expected: .row([.date(day(2026, 11, 1)), .date(day(2026, 11, 30)), .text("KDcuGIm1QgePTO8WbOqwIQ"), .text("yuki@example.jp"),
                             .text("山田 由紀 🎥"), .int(2), .text("営業"), .int(1), .int(2), .int(5)])),
        // The user id is the row's key: without it there is nothing to store.
        Case(name: "a host without an id is rejected",
             record: #"{"email":"jchill@example.com","user_name":"Jill Chill","type":2,"dept":"HR","meetings":1,"participants":2,"meeting_minutes":3}"#,
             expected: .rejected("id is missing")),
        // zoom-api.md §9: PostgreSQL text cannot hold U+0000.
        Case(name: "a name holding U+0000 rejects the host",
             record: #"{"id":"KDcuGIm1QgePTO8WbOqwIQ","email":"jchill@example.com","user_name":"Jill\u0000Chill","type":2,"dept":"HR","meetings":1,"participants":2,"meeting_minutes":3}"#,
             expected: .rejected("user_name contains U+0000 (NUL), which PostgreSQL text cannot hold")),
        Case(name: "an id holding U+0000 rejects the host",
             record: #"{"id":"KDcu\u0000GIm1","email":"jchill@example.com","user_name":"Jill Chill","type":2,"dept":"HR","meetings":1,"participants":2,"meeting_minutes":3}"#,
             expected: .rejected("id contains U+0000 (NUL), which PostgreSQL text cannot hold")),
        Case(name: "a total sent as a string is rejected",
             record: #"{"id":"KDcuGIm1QgePTO8WbOqwIQ","email":"jchill@example.com","user_name":"Jill Chill","type":2,"dept":"HR","meetings":"12","participants":2,"meeting_minutes":3}"#,
             expected: .rejected(#"meetings is not an integer: "12""#)),
    ]

    @Test(arguments: cases)
    func aHostRecordBecomes(_ testCase: Case) throws {
        let records = try ZoomAnswer.records(of: ActiveHosts.self, [testCase.record])
        let page = ActiveHosts().rows(records, window: testCase.period, timeZone: .gmt)
        expectOutcome(page, RecordCase(testCase.name, testCase.record, testCase.expected))
    }

    /// Each page replaces its period's set: it names the period even when Zoom sent no host.
    @Test(arguments: [[], [#"{"id":"KDcuGIm1QgePTO8WbOqwIQ","meetings":1}"#]])
    func everyPageNamesItsPeriod(_ records: [String]) throws {
        let page = ActiveHosts().rows(try ZoomAnswer.records(of: ActiveHosts.self, records), window: Self.november, timeZone: .gmt)
        #expect(page.parent == [.date(day(2026, 11, 1))])
        #expect(page.rows.count == records.count)
    }

    /// `zoom.active_hosts` stores the totals and type as PostgreSQL `integer` (sql/004): a value
    /// beyond int32 would fail the page's COPY: it rejects the record, as daily usage does.
    @Test(arguments: [
        #"{"id":"KDcuGIm1QgePTO8WbOqwIQ","type":2,"meetings":1,"participants":2,"meeting_minutes":2147483648}"#,
        #"{"id":"KDcuGIm1QgePTO8WbOqwIQ","type":4294967298,"meetings":1,"participants":2,"meeting_minutes":3}"#,
    ])
    func aTotalBeyondInt32IsRejected(_ record: String) throws {
        let page = ActiveHosts().rows(try ZoomAnswer.records(of: ActiveHosts.self, [record]), window: Self.november, timeZone: .gmt)
        expectRejected(page)
    }

    /// The user id is the key and DESIGN.md makes Zoom's "" NULL: an empty id cannot be a row.
    @Test func aHostWithAnEmptyIdIsRejected() throws {
        let record = #"{"id":"","email":"jchill@example.com","user_name":"Jill Chill","meetings":1}"#
        let page = ActiveHosts().rows(try ZoomAnswer.records(of: ActiveHosts.self, [record]), window: Self.november, timeZone: .gmt)
        expectRejected(page)
    }
}
