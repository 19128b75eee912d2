import Foundation
import Records

/// Which parents a child stream still needs, asked of a parent table the caller names.
///
/// The warehouse knows no Zoom: the caller says where the parents live (say `zoom.meetings`,
/// keyed by `meeting_uuid`, ended at `end_time`). Parents whose time is NULL have not ended and
/// are never returned; the time column should be a `timestamptz`.
public struct FanOutQuery: Sendable, Hashable {
    /// The parent table; it has an `account_id` column, as every warehouse table does.
    public var parentTable: TableName
    /// The parent's key column, compared as text with `etl.child_progress.parent`.
    public var parentKey: String
    /// When the parent ended; the window, the lookback and the order all use it.
    public var timeColumn: String
    /// When the parent started, if it has such a column: returned as `PendingParent.start`.
    public var startColumn: String?
    /// Further parent columns to return, as text, in this order.
    public var columns: [String]
    /// Parents whose time is in `[from, to)`; nil leaves that side open.
    public var from: Date?
    public var to: Date?
    /// Parents whose time is at or after this are returned even when done: the lookback, for
    /// child data Zoom delivers late. Nil never re-fetches a done parent.
    public var refetchSince: Date?
    /// A parent whose fetch failed this many times in a row is given up: no longer returned.
    public var maxAttempts: Int

    public init(parentTable: TableName, parentKey: String, timeColumn: String, startColumn: String? = nil, columns: [String] = [],
                from: Date? = nil, to: Date? = nil, refetchSince: Date? = nil, maxAttempts: Int) {
        self.parentTable = parentTable
        self.parentKey = parentKey
        self.timeColumn = timeColumn
        self.startColumn = startColumn
        self.columns = columns
        self.from = from
        self.to = to
        self.refetchSince = refetchSince
        self.maxAttempts = maxAttempts
    }
}

/// A parent whose children are to be fetched.
public struct PendingParent: Sendable, Hashable {
    /// The parent's key as text, e.g. a meeting UUID; what `ChildProgress.parent` should carry.
    public let key: String
    /// The value of the query's time column.
    public let time: Date
    /// The value of the query's start column, when it names one and the parent has a start.
    public let start: Date?
    /// The query's `columns`, as PostgreSQL's text, NULL as nil.
    public let columns: [String?]
    /// Consecutive failed fetches so far: 0 for a parent never fetched or done before.
    public let previousAttempts: Int

    public init(key: String, time: Date, start: Date? = nil, columns: [String?], previousAttempts: Int) {
        self.key = key
        self.time = time
        self.start = start
        self.columns = columns
        self.previousAttempts = previousAttempts
    }
}

extension FanOutQuery {
    /// The parents to fetch, oldest first. `$1` account, `$2` child stream, `$3` from, `$4` to,
    /// `$5` maxAttempts, `$6` refetchSince; the times are `timestamptz`, NULL for open.
    ///
    /// The progress row is looked up per parent through its primary key (the LIMIT keeps the
    /// planner from flattening the lookup into a join): a fan-out fills `etl.child_progress` faster
    /// than autovacuum analyzes it, and with statistics saying it is empty the plain join became a
    /// nested loop over every progress row for every parent, a second per query at 5,000 instances
    /// and growing with their square.
    ///
    /// Identifiers come from the caller's query and pass through `MergeSQL.quote`; values never
    /// appear in the text. The time comes back as whole microseconds since 1970, so no date
    /// text is parsed; `isfinite` keeps `infinity` sentinels out of that arithmetic.
    var pendingSQL: SQLQuery {
        let time = "p.\(MergeSQL.quote(timeColumn))"
        let key = "p.\(MergeSQL.quote(parentKey))::text"
        let extra = columns.map { ", p.\(MergeSQL.quote($0))::text" }.joined()
        let start = startColumn.map { "p.\(MergeSQL.quote($0))" }.map { "CASE WHEN isfinite(\($0)) THEN (extract(epoch FROM \($0)) * 1000000)::bigint END" } ?? "NULL::bigint"
        return SQLQuery("fanout.pending", """
            SELECT \(key), (extract(epoch FROM \(time)) * 1000000)::bigint, coalesce(c.attempts, 0), \(start)\(extra)
            FROM \(MergeSQL.quote(parentTable)) AS p
            LEFT JOIN LATERAL (
                SELECT status, attempts FROM etl.child_progress
                WHERE account_id = p."account_id" AND stream = $2 AND parent = \(key)
                LIMIT 1
            ) AS c ON true
            WHERE p."account_id" = $1
              AND \(time) IS NOT NULL AND isfinite(\(time))
              AND ($3::timestamptz IS NULL OR \(time) >= $3::timestamptz)
              AND ($4::timestamptz IS NULL OR \(time) < $4::timestamptz)
              AND (c.status IS NULL
                   OR (c.status = \(ChildStatus.failed.sql) AND c.attempts < $5::integer)
                   OR (c.status = \(ChildStatus.done.sql) AND \(time) >= $6::timestamptz))
            ORDER BY \(time), \(key) COLLATE "C"
            """)
    }

    var pendingParameters: [String?] {
        [from, to].map { $0.map(Cell.postgresText) } + [String(maxAttempts), refetchSince.map(Cell.postgresText)]
    }
}

extension Warehouse {
    /// The parents whose `childStream` rows are still to be fetched, ordered by time, then key.
    ///
    /// That is every parent in the window with no progress yet, those that failed fewer than
    /// `maxAttempts` times in a row, and those done but inside `refetchSince`. The progress
    /// commits with the child rows (`Page.childProgress`), so after a crash or a spent quota the
    /// next call returns exactly the parents left.
    public func pendingParents(account: String, childStream: StreamName, _ query: FanOutQuery) async throws -> [PendingParent] {
        let sql = query.pendingSQL
        let result = try session().execute(sql, [account, childStream.rawValue] + query.pendingParameters)
        return try (0..<result.rowCount).map { row in
            let (key, micros, attempts, start) = try result.decode(row: row, as: (String, Int64, Int, Int64?).self, query: sql)
            return PendingParent(key: key, time: Self.instant(microsecondsSince1970: micros), start: start.map(Self.instant(microsecondsSince1970:)),
                                 columns: (4..<result.columnCount).map { result.value(row: row, column: $0) }, previousAttempts: attempts)
        }
    }

    /// How many parents `pendingParents` would return over the whole query, for progress.
    public func pendingParentCount(account: String, childStream: StreamName, _ query: FanOutQuery) async throws -> Int {
        let pending = query.pendingSQL
        let sql = SQLQuery("fanout.pending_count", "SELECT count(*) FROM (\(pending.text)) AS pending")
        let result = try session().execute(sql, [account, childStream.rawValue] + query.pendingParameters)
        return try result.decode(row: 0, as: Int.self, query: sql)
    }

    /// Counts from the reference date, where `Date` keeps its value, so microseconds stay exact
    /// (the inverse of `Cell.postgresText(_: Date)`).
    static func instant(microsecondsSince1970 micros: Int64) -> Date {
        Date(timeIntervalSinceReferenceDate: Double(micros - 978_307_200_000_000) / 1_000_000)
    }
}

extension Warehouse {
    /// The parents in the query's window whose `childStream` fetch failed `maxAttempts` times or
    /// more: no longer fetched, so their rows are missing. Returns how many, and the first `limit`
    /// keys in key order.
    public func givenUpParents(account: String, childStream: StreamName, _ query: FanOutQuery, limit: Int) async throws -> (count: Int, first: [String]) {
        let time = "p.\(MergeSQL.quote(query.timeColumn))"
        let sql = SQLQuery("fanout.given-up", """
            SELECT c.parent, count(*) OVER ()
            FROM etl.child_progress AS c
            JOIN \(MergeSQL.quote(query.parentTable)) AS p ON p."account_id" = c.account_id AND p.\(MergeSQL.quote(query.parentKey))::text = c.parent
            WHERE c.account_id = $1 AND c.stream = $2 AND c.status = \(ChildStatus.failed.sql) AND c.attempts >= $5::integer
              AND ($3::timestamptz IS NULL OR \(time) >= $3::timestamptz)
              AND ($4::timestamptz IS NULL OR \(time) < $4::timestamptz)
            ORDER BY c.parent COLLATE "C"
            LIMIT $6::integer
            """)
        let parameters = [account, childStream.rawValue] + [query.from, query.to].map { $0.map(Cell.postgresText) } + [String(query.maxAttempts), String(limit)]
        let result = try session().execute(sql, parameters)
        let rows = try result.decodeAll(as: (String, Int).self, query: sql)
        return (rows.first?.1 ?? 0, rows.map(\.0))
    }
}
