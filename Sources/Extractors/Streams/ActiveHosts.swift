import Foundation
import Records

/// `active_hosts`: the hosts who held meetings in each calendar month, with their totals.
///
/// Zoom: `GET /report/users?type=active&from=&to=` (HEAVY), one month at most, within 6 months
/// (zoom-api.md §2). A period is always a whole calendar month (through the last complete day
/// for the current one), and each read replaces that period's rows as a set, so re-reading the
/// current month in the lookback leaves no stale rows behind.
public struct ActiveHosts: ReportStream {
    public static let descriptor = StreamDescriptor(
        name: "active_hosts",
        table: TableName(schema: "zoom", name: "active_hosts"),
        columns: [
            Column("period_start", .date), Column("period_end", .date), Column("user_id", .text), Column("email", .text),
            Column("user_name", .text), Column("type", .integer), Column("dept", .text), Column("meetings", .integer),
            Column("participants", .integer), Column("meeting_minutes", .integer),
        ],
        primaryKey: ["period_start", "user_id"],
        disposition: .replaceByParent(parentKey: ["period_start"])
    )
    public static let endpoint = "/report/users"
    public static let category = RateLimitCategory.heavy
    public static let retentionMonths = 6

    public init() {}

    public func extract(_ range: DateRange, client: ZoomClient, context: ExtractionContext, emit: (WindowPage) async throws -> Void) async throws {
        for window in range.months {
            // The whole month so far: a period's set is only replaced by a complete read of it.
            let period = DateRange(from: max(window.from.firstOfMonth, Self.oldestAvailableDay(today: range.to.adding(days: 1))), to: window.to)!
            let query = [("type", "active"), ("from", "\(period.from)"), ("to", "\(period.to)"), ("page_size", "300")]
            // A period's rows replace its set in one transaction, which the loader keeps open
            // across the pages: each is emitted as it arrives, the last one after the listing ends.
            var pending: WindowPage?
            for try await listing in client.pages(Self.endpoint, query: query, category: Self.category) {
                if let previous = pending { try await emit(previous) }
                var page = typedPage(listing.document["users"]?.array ?? [], endpoint: Self.endpoint) { reader in
                    [
                        .date(period.from), .date(period.to), .text(try reader.string("id")), .text(try reader.text("email")),
                        .text(try reader.text("user_name")), .int(try reader.optionalInt("type")), .text(try reader.text("dept")),
                        .int(try reader.optionalInt("meetings")), .int(try reader.optionalInt("participants")),
                        .int(try reader.optionalInt("meeting_minutes")),
                    ]
                }
                page.parent = [.date(period.from)]
                pending = WindowPage(page: page, through: nil, restarted: listing.restarted)
            }
            // A cancelled listing ends quietly; only a complete one may replace the period's set.
            try Task.checkCancellation()
            var last = pending ?? WindowPage(page: Page(rows: [], parent: [.date(period.from)], requests: 0), through: nil)
            last.through = window.to
            try await emit(last)
        }
    }
}
