import Foundation
import Records

/// `active_hosts`: the hosts who held meetings in each calendar month, with their totals.
///
/// Zoom: `GET /report/users?type=active&from=&to=` (HEAVY), one month at most, within 6 months
/// (zoom-api.md §2). A period is always a whole calendar month (through the last complete day
/// for the current one), and each read replaces that period's rows as a set, so re-reading the
/// current month in the lookback leaves no stale rows behind.
public struct ActiveHosts: ReportStream {
    public static let declaration = StreamDeclaration(
        StreamDescriptor(
            name: StreamName("active_hosts"),
            table: TableName(schema: "zoom", name: "active_hosts"),
            columns: [
                Column("period_start", .date), Column("period_end", .date), Column("user_id", .text), Column("email", .text),
                Column("user_name", .text), Column("type", .integer), Column("dept", .text), Column("meetings", .integer),
                Column("participants", .integer), Column("meeting_minutes", .integer),
            ],
            primaryKey: ["period_start", "user_id"],
            disposition: .replaceByParent(parentKey: ["period_start"])
        ),
        endpoint: "/report/users", category: .heavy,
        paging: .pageToken(itemsKey: "users", pageSize: 300),
        // The whole month so far: a period's set is only replaced by a complete read of it.
        reading: .reportDays(limit: .calendarMonth(wholePeriods: true)),
        retention: .months(6),
        scopes: ["report:read:admin", "report:read:list_users:admin"]
    )

    public init() {}

    public func request(for period: DateRange) -> ZoomRequest {
        ZoomRequest(Self.endpoint, query: [("type", "active"), ("from", "\(period.from)"), ("to", "\(period.to)")])
    }

    /// A period's rows replace its set in one transaction, which the loader keeps open across
    /// the pages (`ParentSetLoad`): each page names the period it belongs to.
    public func rows(_ records: [JSONValue], window period: DateRange, timeZone: TimeZone) -> Page {
        var page = typedPage(records, endpoint: Self.endpoint) { reader in
            [
                .date(period.from), .date(period.to), .text(try reader.key("id")), .text(try reader.text("email")),
                .text(try reader.text("user_name")), .int(try reader.optionalInt32("type")), .text(try reader.text("dept")),
                .int(try reader.optionalInt32("meetings")), .int(try reader.optionalInt32("participants")),
                .int(try reader.optionalInt32("meeting_minutes")),
            ]
        }
        page.parent = [.date(period.from)]
        return page
    }
}
