import Foundation
import Records

/// Where one stream of one account stands, as `zoom-etl status` shows it. Instants are RFC 3339 UTC text.
public struct StreamLoadState: Sendable, Hashable {
    public let stream: StreamName
    /// The incremental checkpoint's cursor, nil before the first one.
    public let checkpoint: ReportCursor?
    public let checkpointUpdatedAt: String?
    /// The latest run of the job that loaded the stream (backfills aside): one that succeeded, or
    /// ended incomplete (its failed instances are listed apart, from `etl.child_progress`).
    public let lastSuccessRunId: Int64?
    public let lastSuccessAt: String?
    /// Seconds from `lastSuccessAt` to the server's now: the server's clock, not ours.
    public let lagSeconds: Double?
    /// The `rows` the latest run covering the stream wrote for it.
    public let lastRunRows: Int?
    /// The error of the latest run that ended badly after the last success without finishing this stream.
    public let lastError: String?
    public let lastErrorAt: String?
}

/// One row of `etl.runs`, as `status` shows the latest.
public struct RunRecord: Sendable, Hashable {
    public let runId: Int64
    public let command: String
    public let status: RunStatus
    public let startedAt: String
    public let finishedAt: String?
    public let error: String?
}

/// What the last run that tried a stream found about the account's plan and add-ons.
public struct StreamAvailability: Sendable, Hashable {
    public let stream: StreamName
    public let available: Bool
    public let reason: String?
    public let checkedAt: String
}

/// The read-only queries behind `zoom-etl status` and the database probes of `zoom-etl check`.
/// None of them writes; `beginReadOnlySession()` makes the server refuse any write that slipped in.
extension Warehouse {
    /// An instant column as RFC 3339 UTC text, e.g. `2026-03-31T02:00:05Z`.
    private static func utc(_ column: String) -> String {
        "to_char(\(column) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
    }

    /// A `text[]` parameter in PostgreSQL's array syntax, every element quoted.
    static func textArray(_ values: [String]) -> String {
        "{" + values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
    }

    private static let readOnly = SQLQuery("status.read-only", "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    /// Backfills reload old ranges and never move a checkpoint: they say nothing about freshness.
    private static let jobRuns = "r.account_id = $1 AND r.job = $2 AND r.command <> 'backfill'"

    private static let streamStates = SQLQuery("status.streams", """
        SELECT s.stream, cp.cursor::text, \(utc("cp.updated_at")),
               ok.run_id::text, \(utc("ok.finished_at")), extract(epoch FROM now() - ok.finished_at)::float8::text,
               last.streams -> s.stream ->> 'rows', bad.error, \(utc("bad.finished_at"))
        FROM unnest($3::text[]) WITH ORDINALITY AS s(stream, position)
        LEFT JOIN etl.checkpoints cp ON cp.account_id = $1 AND cp.stream = s.stream AND cp.scope = $4
        LEFT JOIN LATERAL (
            SELECT r.run_id, r.finished_at FROM etl.runs r
            WHERE \(jobRuns) AND r.status IN ('succeeded', 'incomplete') AND r.streams ? s.stream
            ORDER BY r.finished_at DESC LIMIT 1) ok ON true
        LEFT JOIN LATERAL (
            SELECT r.streams FROM etl.runs r
            WHERE \(jobRuns) AND r.streams ? s.stream
            ORDER BY r.started_at DESC LIMIT 1) last ON true
        LEFT JOIN LATERAL (
            SELECT r.error, r.finished_at FROM etl.runs r
            WHERE \(jobRuns) AND r.status IN ('failed', 'quota_exhausted', 'abandoned') AND NOT (r.streams ? s.stream)
              AND r.started_at > coalesce(ok.finished_at, '-infinity')
            ORDER BY r.started_at DESC LIMIT 1) bad ON true
        ORDER BY s.position
        """)
    private static let latestRun = SQLQuery("status.last-run", """
        SELECT r.run_id::text, r.command, r.status, \(utc("r.started_at")), \(utc("r.finished_at")), r.error
        FROM etl.runs r WHERE \(jobRuns)
        ORDER BY r.started_at DESC LIMIT 1
        """)
    /// Zoom's daily cap counts UTC days; a run still going has not written its counts yet.
    private static let availability = SQLQuery("status.availability", """
        SELECT stream, available::text, reason, \(utc("checked_at"))
        FROM etl.stream_availability WHERE account_id = $1
        ORDER BY stream COLLATE "C"
        """)

    /// Makes every later transaction of this session read-only: `status` and `check` write nothing.
    public func beginReadOnlySession() async throws {
        try session().execute(Self.readOnly)
    }

    /// Per stream, in the order given: checkpoint, last success and lag, last run's rows, last error.
    public func streamStates(account: String, job: String, streams: [StreamName]) async throws -> [StreamLoadState] {
        let rows = try session().execute(Self.streamStates, [account, job, Self.textArray(streams.map(\.rawValue)), CheckpointScope.incremental.rawValue])
            .decodeAll(as: (StreamName, String?, String?, Int64?, String?, Double?, Int?, String?, String?).self, query: Self.streamStates)
        return try rows.map { row in
            let stream = row.0
            let cursor = try row.1.map { text in
                do {
                    return try JSONDecoder().decode(ReportCursor.self, from: Data(text.utf8))
                } catch {
                    throw WarehouseError(.protocolViolation, "the checkpoint of \(stream) is not a report cursor", query: Self.streamStates.name)
                }
            }
            return StreamLoadState(stream: stream, checkpoint: cursor, checkpointUpdatedAt: row.2, lastSuccessRunId: row.3, lastSuccessAt: row.4,
                                   lagSeconds: row.5, lastRunRows: row.6, lastError: row.7, lastErrorAt: row.8)
        }
    }

    /// The job's latest run for the account (backfills aside), whatever became of it.
    public func latestRun(account: String, job: String) async throws -> RunRecord? {
        let result = try session().execute(Self.latestRun, [account, job])
        guard result.rowCount > 0 else { return nil }
        let (id, command, status, started, finished, error) = try result.decode(row: 0, as: (Int64, String, RunStatus, String, String?, String?).self,
                                                                               query: Self.latestRun)
        return RunRecord(runId: id, command: command, status: status, startedAt: started, finishedAt: finished, error: error)
    }

    /// What the last run found about each stream the account tried, available or not.
    public func streamAvailability(account: String) async throws -> [StreamAvailability] {
        try session().execute(Self.availability, [account]).decodeAll(as: (StreamName, String, String?, String).self, query: Self.availability).map {
            StreamAvailability(stream: $0.0, available: $0.1 == "true", reason: $0.2, checkedAt: $0.3)
        }
    }

    /// The account's rows in `table`. The name comes from a stream descriptor and is quoted.
    public func rowCount(in table: TableName, account: String) async throws -> Int {
        let query = SQLQuery("status.row-count", "SELECT count(*)::text FROM \(MergeSQL.quote(table)) WHERE account_id = $1")
        return try session().execute(query, [account]).decode(row: 0, as: Int.self, query: query)
    }
}

// MARK: - Probes for `zoom-etl check`

extension Warehouse {
    /// The `etl` tables every run writes, for `check`'s privilege probe.
    public static let bookkeepingTables: [TableName] = [.runs, .checkpoints, .rejects, .childProgress, .streamAvailability]

    private static let probeLock = SQLQuery("check.lock", "SELECT pg_try_advisory_lock(\(accountLockClass), hashtext($1))")
    private static let releaseProbe = SQLQuery("check.unlock", "SELECT pg_advisory_unlock(\(accountLockClass), hashtext($1))")
    /// `reset_val`, not `current_setting`: this session made itself read-only, while a run's session
    /// starts from the server's, database's and role's defaults, which is what RESET restores.
    private static let serverFacts = SQLQuery("check.server", """
        SELECT current_setting('server_version'), pg_is_in_recovery()::text,
               (SELECT reset_val FROM pg_settings WHERE name = 'default_transaction_read_only'),
               has_database_privilege(current_database(), 'TEMP')::text, current_user
        """)
    /// Per table: missing (NULL) or whether the role may do all a load does (merge, replace a set, read back).
    private static let writePrivileges = SQLQuery("check.privileges", """
        SELECT t.name, CASE WHEN to_regclass(t.name) IS NULL THEN NULL
                            ELSE (has_table_privilege(t.name, 'SELECT') AND has_table_privilege(t.name, 'INSERT')
                                  AND has_table_privilege(t.name, 'UPDATE') AND has_table_privilege(t.name, 'DELETE'))::text END
        FROM unnest($1::text[]) WITH ORDINALITY AS t(name, position)
        ORDER BY t.position
        """)

    /// Whether a run could take the account's lock now. Takes it and gives it back at once; a run
    /// starting in that instant exits 75, as it would beside any other run.
    public func probeAccountLock(_ accountId: String) async throws -> (free: Bool, holder: LockHolder?) {
        let connection = try session()
        if lockedAccounts.contains(accountId) { return (true, nil) }
        if try connection.execute(Self.probeLock, [accountId]).scalar(Self.probeLock) == "t" {
            try connection.execute(Self.releaseProbe, [accountId])
            return (true, nil)
        }
        return (false, accountLockHolder(accountId, connection))
    }

    /// Why a load could not write here, one sentence each; empty when it can. `tables` should exist
    /// (check the migrations first): a missing one is reported as such.
    public func writeProblems(tables: [TableName]) async throws -> [String] {
        let connection = try session()
        var problems: [String] = []
        let facts = try connection.execute(Self.serverFacts).rows.first ?? []
        let role = facts.count > 4 ? facts[4] ?? "?" : "?"
        if facts.count > 3 {
            if facts[1] == "true" { problems.append("the server is a read-only standby (in recovery)") }
            if facts[2] == "on" { problems.append("default_transaction_read_only is on for role \(role)") }
            if facts[3] != "true" { problems.append("role \(role) may not create temporary tables (the loader stages pages in one)") }
        }
        let names = Self.textArray(tables.map { MergeSQL.quote($0) })
        for (table, row) in zip(tables, try connection.execute(Self.writePrivileges, [names]).rows) {
            switch row[1] {
            case nil: problems.append("\(table) does not exist")
            case "true": break
            default: problems.append("role \(role) lacks SELECT, INSERT, UPDATE or DELETE on \(table)")
            }
        }
        return problems
    }

    /// The server's version string, e.g. `16.2 (Debian 16.2-1)`.
    public func serverVersionText() async throws -> String {
        try session().execute(Self.serverFacts).rows.first?.first.flatMap { $0 } ?? "?"
    }
}
