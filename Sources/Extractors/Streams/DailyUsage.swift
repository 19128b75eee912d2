import Foundation
import Records

/// `daily_usage`: the account's daily usage report, one request per calendar month.
///
/// Zoom: `GET /report/daily?year=&month=` (HEAVY, Pro+), whole months, within the recent 6 months
/// (zoom-api.md §2). Dates are days of the account's time zone.
public struct DailyUsage: ReportStream {
    public static let declaration = StreamDeclaration(
        StreamDescriptor(
            name: StreamName("daily_usage"),
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
        ),
        endpoint: "/report/daily", category: .heavy,
        paging: .single(itemsKey: "dates"),
        reading: .reportDays(limit: .calendarMonth(wholePeriods: false)),
        retention: .months(6),
        // zoom-api.md lists no granular scope for `/report/daily`.
        scopes: ["report:read:admin"]
    )

    public init() {}

    /// The month the window lies in: Zoom sends a month whole.
    public func request(for window: DateRange) -> ZoomRequest {
        ZoomRequest(Self.endpoint, query: [("year", "\(window.from.year)"), ("month", "\(window.from.month)")])
    }

    /// Days outside `window` are left out (a month is always sent whole).
    public func rows(_ records: [JSONValue], window: DateRange, timeZone: TimeZone) -> Page {
        var page = Page(rows: [], requests: 1)
        for record in records {
            if let day = record["date"]?.string.flatMap(CivilDate.init(iso:)), day < window.from || day > window.to { continue }
            page.append(record, endpoint: Self.endpoint) { reader in
                // Counts: a negative one is not a figure (and zoom.daily_usage's CHECK refuses it).
                func count(_ key: String) throws(RecordReader.Problem) -> Cell {
                    let value = try reader.int32(key)
                    guard value >= 0 else { throw RecordReader.Problem(reason: "\(key) is negative: \(value)") }
                    return .int(value)
                }
                return [.date(try reader.date("date")), try count("new_users"), try count("meetings"), try count("participants"),
                        try count("meeting_minutes")]
            }
        }
        return page
    }
}
