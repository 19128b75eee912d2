import Foundation
import Records
import Testing
@testable import Extractors

/// `GET /report/cloud_recording` records (OpenAPI `Meetings.json`): `{date, usage, plan_usage,
/// free_usage}`, sizes as text with a unit ("3 MB", "3 TB", "Unlimited"; zoom-api.md), stored in
/// bytes with 1 KB = 1,024 bytes, "Unlimited" as NULL.
@Suite struct CloudRecordingUsageMappingTests {
    static let window = days(day(2026, 11, 1), day(2026, 11, 30))
    static let mebibyte: Int64 = 1 << 20
    static let gibibyte: Int64 = 1 << 30
    static let tebibyte: Int64 = 1 << 40

    static let cases: [RecordCase] = [
        RecordCase("the spec's example: megabytes used, terabytes in the plan, free storage unlimited",
                   #"{"date":"2026-11-05","usage":"3 MB","plan_usage":"3 TB","free_usage":"Unlimited"}"#,
                   .row([.date(day(2026, 11, 5)), .int(3 * mebibyte), .int(3 * tebibyte), .null])),
        RecordCase("half a unit is exact in bytes",
                   #"{"date":"2026-11-06","usage":"1.5 GB","plan_usage":"5 GB","free_usage":"Unlimited"}"#,
                   .row([.date(day(2026, 11, 6)), .int(3 * gibibyte / 2), .int(5 * gibibyte), .null])),
        RecordCase("kilobytes, bytes and no space before the unit",
                   #"{"date":"2026-11-07","usage":"512KB","plan_usage":"0 B","free_usage":"1 gb"}"#,
                   .row([.date(day(2026, 11, 7)), .int(512 * 1024), .int(0), .int(gibibyte)])),
        RecordCase("nothing used is zero bytes, not NULL",
                   #"{"date":"2026-11-08","usage":"0 MB","plan_usage":"Unlimited","free_usage":"Unlimited"}"#,
                   .row([.date(day(2026, 11, 8)), .int(0), .null, .null])),
        RecordCase("a plan figure left out or empty is NULL",
                   #"{"date":"2026-11-09","usage":"7 MB","plan_usage":""}"#,
                   .row([.date(day(2026, 11, 9)), .int(7 * mebibyte), .null, .null])),
        RecordCase("an unknown unit rejects the day rather than lose its size",
                   #"{"date":"2026-11-10","usage":"3 MiB","plan_usage":"3 TB","free_usage":"Unlimited"}"#,
                   .rejected("usage is not a size: 3 MiB")),
        RecordCase("a size with a thousands separator rejects the day",
                   #"{"date":"2026-11-11","usage":"1,024 MB","plan_usage":"3 TB","free_usage":"Unlimited"}"#,
                   .rejected("usage is not a size: 1,024 MB")),
        RecordCase("a size too large for bigint rejects the day",
                   #"{"date":"2026-11-12","usage":"99999999999 TB","plan_usage":"3 TB","free_usage":"Unlimited"}"#,
                   .rejected("usage is not a size: 99999999999 TB")),
        RecordCase("usage Unlimited is no size at all",
                   #"{"date":"2026-11-13","usage":"Unlimited","plan_usage":"3 TB","free_usage":"Unlimited"}"#,
                   .rejected("usage is missing, empty or Unlimited: not a size")),
        RecordCase("usage missing rejects the day",
                   #"{"date":"2026-11-14","plan_usage":"3 TB","free_usage":"Unlimited"}"#,
                   .rejected("usage is missing, empty or Unlimited: not a size")),
        RecordCase("a day that does not exist rejects the record",
                   #"{"date":"2026-11-31","usage":"3 MB","plan_usage":"3 TB","free_usage":"Unlimited"}"#,
                   .rejected("date is not a yyyy-MM-dd date: 2026-11-31")),
        RecordCase("U+0000 in a size rejects the record",
                   #"{"date":"2026-11-15","usage":"3\u0000 MB","plan_usage":"3 TB","free_usage":"Unlimited"}"#,
                   .rejected("usage contains U+0000 (NUL), which PostgreSQL text cannot hold")),
    ]

    @Test(arguments: cases)
    func aRecordBecomesItsRowOrAReject(_ testCase: RecordCase) throws {
        let records = try ZoomAnswer.records(of: CloudRecordingUsage.self, [testCase.record])
        let page = CloudRecordingUsage().rows(records, window: Self.window, timeZone: .gmt)
        #expect(page.onlyOutcome == testCase.expected)
        if case .rejected = testCase.expected {
            #expect(page.rejects.first?.rawJSON == testCase.record, "a reject keeps the text Zoom sent")
        }
    }

    /// A single answer without its array is not the endpoint's shape: an error, not an empty month.
    @Test func anAnswerWithoutItsArrayIsADecodingError() throws {
        let document = try JSONValue.parse(Data(#"{"from":"2026-11-01","to":"2026-11-30"}"#.utf8), endpoint: CloudRecordingUsage.endpoint)
        #expect(throws: ZoomError.self) { try CloudRecordingUsage.records(in: document) }
    }

    @Test func aWindowIsOneRequestOfItsDays() {
        let request = CloudRecordingUsage().request(for: days(day(2026, 11, 1), day(2026, 11, 30)))
        #expect(request.path == "/report/cloud_recording")
        #expect(request.query.map { "\($0.0)=\($0.1)" } == ["from=2026-11-01", "to=2026-11-30"])
    }
}
