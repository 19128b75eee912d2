import Foundation
import Records

/// `daily_usage`: the account's daily usage report, one request per calendar month.
///
/// Zoom: `GET /report/daily?year=&month=` (HEAVY, Pro+), whole months, within the recent 6 months
/// (zoom-api.md §2). Dates are days of the account's time zone.
public struct DailyUsage: ReportStream {
    public static let descriptor = StreamDescriptor(
        name: "daily_usage",
        table: TableName(schema: "zoom", name: "daily_usage"),
        columns: [
            Column("date", .date),
            Column("new_users", .integer),
            Column("meetings", .integer),
            Column("participants", .integer),
            Column("meeting_minutes", .integer),
        ],
        primaryKey: ["date"],
        disposition: .mergeByKey
    )
    public static let endpoint = "/report/daily"
    public static let category = RateLimitCategory.heavy
    public static let retentionMonths = 6

    public init() {}

    public func extract(_ range: DateRange, client: ZoomClient, context: ExtractionContext, emit: (WindowPage) async throws -> Void) async throws {
        for month in range.months {
            let document = try await client.get(Self.endpoint, query: [("year", "\(month.from.year)"), ("month", "\(month.from.month)")],
                                            category: Self.category)
            try await emit(WindowPage(page: try Self.page(from: document, within: month), through: month.to))
        }
    }

    /// Types one month's answer; days outside `window` are left out (a month is always sent whole).
    static func page(from body: Data, within window: DateRange) throws -> Page {
        try page(from: JSONValue.parse(body, endpoint: endpoint), within: window)
    }

    static func page(from document: JSONValue, within window: DateRange) throws -> Page {
        guard let dates = document["dates"]?.array else {
            throw ZoomError(.decoding(detail: "the answer has no \"dates\" array"), endpoint: endpoint)
        }
        var rows: [Row] = []
        var rejects: [Reject] = []
        for record in dates {
            let reader = RecordReader(record, endpoint: endpoint)
            do {
                let date = try reader.date("date")
                guard date >= window.from, date <= window.to else { continue }
                rows.append([
                    .date(date),
                    .int(try reader.int32("new_users")),
                    .int(try reader.int32("meetings")),
                    .int(try reader.int32("participants")),
                    .int(try reader.int32("meeting_minutes")),
                ])
            } catch {
                rejects.append(Reject(rawJSON: record.sourceText, reason: error.reason))
            }
        }
        return Page(rows: rows, rejects: rejects, requests: 1)
    }
}
