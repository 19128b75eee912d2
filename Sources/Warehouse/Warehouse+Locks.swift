import Foundation
import Records

/// The session holding a lock zoom-etl wants, as `pg_locks` and `pg_stat_activity` show it.
///
/// Any role sees another session's pid, user and application name; the start times only with
/// `pg_read_all_stats` or as the same user, so `since` is often nil.
public struct LockHolder: Sendable, Hashable, CustomStringConvertible {
    public let pid: Int?
    public let user: String?
    public let applicationName: String?
    public let since: String?

    /// `pid 4242, user alice, application psql`, leaving out what is unknown.
    public var description: String {
        let parts = [pid.map { "pid \($0)" }, user.map { "user \($0)" }, applicationName.map { "application \($0)" },
                     since.map { "since \($0)" }]
        let known = parts.compactMap { $0 }
        return known.isEmpty ? "another session" : known.joined(separator: ", ")
    }

    init(row: [String?]) {
        func text(_ index: Int) -> String? { row.count > index ? row[index].flatMap { $0.isEmpty ? nil : $0 } : nil }
        pid = text(0).flatMap { Int($0) }
        user = text(1)
        applicationName = text(2)
        since = text(3) ?? text(4)
    }
}

/// How long zoom-etl waits for a lock, and whose lock it waits for (README, "Locks").
///
/// Every lock is in one of two spaces. The account and migration locks are session advisory
/// locks (`pg_advisory_lock` space): DESIGN.md guarantee 5 promises one, it dies with a crashed
/// run's session, and it holds back nothing (no transaction, no snapshot) for a night-long run.
/// Any role that may connect can take any advisory lock, so such a role can make runs exit 75;
/// the message names its pid and user, and an administrator ends it with `pg_terminate_backend`.
/// The alternative, a row of `etl` held `FOR UPDATE NOWAIT`, would keep a transaction open for the
/// whole run (holding back VACUUM and falling to `idle_in_transaction_session_timeout`). The
/// partition lock is a table lock on `zoom.participant_qos`, which only writers of it can take.
extension Warehouse {
    /// How long adding a month's partitions waits for a conflicting lock (VACUUM, CREATE INDEX,
    /// the owner's DDL, another run adding the same month) before the run exits 75.
    public static let partitionLockTimeout: Duration = .seconds(10)
    /// How long applying migrations waits for another migrator before exiting 75. A run whose
    /// schema is current takes no migration lock at all.
    public static let migrationLockWait: Duration = .seconds(30)

    static var partitionLockTimeoutSetting: SQLQuery {
        SQLQuery("partitions.lock-timeout", "SET LOCAL lock_timeout = '\(partitionLockTimeout.wholeMilliseconds)ms'")
    }

    static let resetLockTimeout = SQLQuery("partitions.lock-timeout.reset", "SET LOCAL lock_timeout TO DEFAULT")

    private static let holderColumns = """
        l.pid::text, a.usename::text, a.application_name,
        to_char(a.xact_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
        """

    /// A two-int4 advisory lock shows in `pg_locks` as classid, objid (the ints as oids) and objsubid 2.
    private static let advisoryHolder = SQLQuery("locks.advisory-holder", """
        SELECT \(holderColumns)
        FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.pid IS DISTINCT FROM pg_backend_pid()
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND l.classid = ($1::integer)::oid AND l.objid = ($2::integer)::oid
        LIMIT 1
        """)

    /// The oldest session holding a mode that conflicts with SHARE UPDATE EXCLUSIVE, which
    /// `etl.ensure_monthly_partitions` takes on the table (sql/010).
    private static let tableBlocker = SQLQuery("locks.table-blocker", """
        SELECT \(holderColumns)
        FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'relation' AND l.granted AND l.pid IS DISTINCT FROM pg_backend_pid()
          AND l.relation = to_regclass($1)
          AND l.mode IN ('ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock')
        ORDER BY a.xact_start NULLS LAST
        LIMIT 1
        """)

    /// Who holds the advisory lock (`classId`, `objectId`) in this database, if anyone else does.
    static func advisoryLockHolder(classId: Int32, objectId: Int32, _ connection: PGConnection) -> LockHolder? {
        (try? connection.execute(advisoryHolder, [String(classId), String(objectId)]).rows.first).flatMap { $0 }.map(LockHolder.init(row:))
    }

    /// Runs `body` outside any transaction; a lock timeout (55P03) on `table` becomes `.lockHeld`
    /// naming the session in the way, looked up once the failed transaction is rolled back.
    static func givingUpOnLock<T>(on table: TableName, after timeout: Duration, _ connection: PGConnection,
                                  _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as WarehouseError where error.sqlstate == "55P03" {
            let holder = (try? connection.execute(tableBlocker, [MergeSQL.quote(table)]).rows.first).flatMap { $0 }
            throw WarehouseError(lockTimeout: error, table: table, after: timeout, holder: holder.map(LockHolder.init(row:)))
        }
    }
}

extension WarehouseError {
    /// A lock timeout on `table` as `.lockHeld`, keeping the server's words for `debugDescription`.
    init(lockTimeout error: WarehouseError, table: TableName, after timeout: Duration, holder: LockHolder?) {
        self.init(copying: error, kind: .lockHeld)
        schema = table.schema
        self.table = table.name
        lock = .table(table.description, waited: timeout)
        self.holder = holder
    }
}

extension Duration {
    /// Whole milliseconds, for settings and log fields.
    var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    /// `10 s`, `1.5 s`: how the messages say a wait.
    var spoken: String {
        let ms = wholeMilliseconds
        return ms % 1000 == 0 ? "\(ms / 1000) s" : String(format: "%.1f s", Double(ms) / 1000)
    }
}
