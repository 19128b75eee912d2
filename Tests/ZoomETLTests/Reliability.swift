import Foundation
import Records
import TestSupport
import Testing
import Warehouse
import ZoomSandbox
@testable import ZoomETL

/// What the reliability tests share: a small all-streams backfill, a fast-failing client, and a
/// fingerprint of the warehouse to compare runs by.
enum Reliability {
    /// Every stream of the catalog: a stream added there is compared by every test of this job.
    static let jobsConf = """
        [accounts.main]
        plan = "business"
        timezone = "America/New_York"

        [jobs.nightly]
        streams = [\(StreamCatalog.all.map { "\"\($0.name)\"" }.joined(separator: ", "))]
        lookback_days = 2
        start = "3 days"
        concurrency = 8
        """

    /// Three closed days, fixed once per test process so every run compares the same window even
    /// if the tests straddle midnight.
    static let window: (from: CivilDate, to: CivilDate) = {
        let today = CivilDate(Date(), in: SandboxAccount.demo.timeZone)
        return (today.adding(days: -12), today.adding(days: -10))
    }()

    static var backfill: [String] { ["backfill", "--from", "\(window.from)", "--to", "\(window.to)"] }

    /// A client that gives up on a stall after 4 s and retries after tens of milliseconds, so a
    /// test does not wait out production timeouts.
    static let fastClient = ["ZOOM_ETL_HTTP_TIMEOUT_MS": "4000", "ZOOM_ETL_BACKOFF_MS": "20"]

    /// A sandbox that serves every stream (QSS on) without refusing for rate limits: the client
    /// still paces itself at the plan's rates.
    static func sandbox(faults: FaultPlan? = nil) -> SandboxConfiguration {
        var configuration = SandboxConfiguration()
        configuration.enforceRateLimits = false
        configuration.accounts = [qssAccount]
        configuration.faultPlan = faults
        return configuration
    }

    static let qssAccount: SandboxAccount = {
        var account = SandboxAccount.demo
        account.features.insert(.qss)
        return account
    }()

    /// A pipeline on `sandbox(faults:)` with the all-streams job; `databaseURL` nil: a fresh database.
    static func withPipeline<T>(faults: FaultPlan? = nil, databaseURL: String? = nil, _ body: (Pipeline) async throws -> T) async throws -> T {
        try await ZoomETLTests.withPipeline(jobsConf: jobsConf, sandbox: sandbox(faults: faults), databaseURL: databaseURL, body)
    }

    /// The fault-free warehouse of `backfill`, computed once per test process.
    static func reference() async throws -> WarehouseFingerprint {
        try await ReferenceRun.shared.outcome().fingerprint
    }

    /// The reference run's sets per meeting instance, for judging a warehouse a run left half-way.
    static func referenceInstances() async throws -> InstanceSets {
        try await ReferenceRun.shared.outcome().instances
    }
}

/// Per table of schema `zoom`: the row count and an md5 of its rows in order, every column but
/// `loaded_at` and `run_id` (DESIGN.md, guarantee 1); plus the rejects and the fan-out progress.
struct WarehouseFingerprint: Equatable, CustomStringConvertible {
    var tables: [String: String]
    /// `stream|raw_json|reason` per reject, sorted.
    var rejects: [String]
    /// `stream|parent|status` per child, sorted.
    var progress: [String]

    var description: String {
        "tables: \(tables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }), rejects: \(rejects.count), progress: \(progress.count)"
    }

    static func of(_ databaseURL: String) async throws -> WarehouseFingerprint {
        try await Warehouse.withSession(databaseURL, logger: TestDatabase.logger) { warehouse in
            let tables = try await warehouse.queryRows("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'zoom' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1
                """).compactMap { $0[0] }
            var sums: [String: String] = [:]
            for table in tables {
                let rows = "SELECT ROW(\(try await comparedColumns(of: table, warehouse).joined(separator: ", ")))::text AS r FROM zoom.\(table)"
                sums[table] = try await warehouse.queryRows(
                    "SELECT count(*)::text || ' ' || coalesce(md5(string_agg(r, '|' ORDER BY r COLLATE \"C\")), '-') FROM (\(rows)) s"
                ).first?.first ?? nil
            }
            let rejects = try await warehouse.queryRows(
                "SELECT v FROM (SELECT stream || '|' || raw_json || '|' || reason AS v FROM etl.rejects) s ORDER BY v COLLATE \"C\"").compactMap { $0[0] }
            let progress = try await warehouse.queryRows(
                "SELECT v FROM (SELECT stream || '|' || parent || '|' || status AS v FROM etl.child_progress) s ORDER BY v COLLATE \"C\"").compactMap { $0[0] }
            return WarehouseFingerprint(tables: sums, rejects: rejects, progress: progress)
        }
    }

    /// The quoted columns of `zoom.<table>` a fingerprint compares: all but `loaded_at` and `run_id`.
    static func comparedColumns(of table: String, _ warehouse: Warehouse) async throws -> [String] {
        try await warehouse.queryRows("""
            SELECT quote_ident(attname) FROM pg_attribute
            WHERE attrelid = ('zoom.' || quote_ident($1))::regclass AND attnum > 0 AND NOT attisdropped
              AND attname NOT IN ('loaded_at', 'run_id')
            ORDER BY attnum
            """, [table]).compactMap { $0[0] }
    }

    /// The tables whose fingerprints differ from `other`'s, for a readable failure.
    func differences(from other: WarehouseFingerprint) -> [String] {
        Set(tables.keys).union(other.tables.keys).sorted().filter { tables[$0] != other.tables[$0] }
            + (rejects == other.rejects ? [] : ["etl.rejects"]) + (progress == other.progress ? [] : ["etl.child_progress"])
    }
}

/// Per child stream, per meeting instance: the count and md5 of its rows in its table, as
/// `WarehouseFingerprint` sums a table, and which instances `etl.child_progress` holds as done.
struct InstanceSets {
    static let tables = ["meeting_participants": "meeting_participants", "meeting_qos": "participant_qos",
                         "meeting_qos_summary": "participant_qos_summary"]

    /// stream → meeting_uuid → "count md5".
    var sets: [String: [String: String]] = [:]
    /// stream → instances recorded `done`.
    var done: [String: Set<String>] = [:]

    static func of(_ databaseURL: String) async throws -> InstanceSets {
        try await Warehouse.withSession(databaseURL, logger: TestDatabase.logger) { warehouse in
            var result = InstanceSets()
            for (stream, table) in tables {
                let columns = try await WarehouseFingerprint.comparedColumns(of: table, warehouse).joined(separator: ", ")
                for row in try await warehouse.queryRows("""
                    SELECT meeting_uuid, count(*)::text || ' ' || md5(string_agg(ROW(\(columns))::text, '|' ORDER BY ROW(\(columns))::text COLLATE "C"))
                    FROM zoom.\(table) GROUP BY meeting_uuid
                    """) {
                    if let uuid = row[0], let sum = row[1] { result.sets[stream, default: [:]][uuid] = sum }
                }
            }
            for row in try await warehouse.queryRows("SELECT stream, parent FROM etl.child_progress WHERE status = 'done'") {
                if let stream = row[0], let parent = row[1] { result.done[stream, default: []].insert(parent) }
            }
            return result
        }
    }

    /// What makes this warehouse's instance sets other than whole (equal to `reference`'s) and
    /// committed with their progress: an instance with rows but no `done`, with rows that differ
    /// (half a set, or another one), or `done` without the rows the reference has. Empty: whole.
    func halfWritten(comparedTo reference: InstanceSets) -> [String] {
        var problems: [String] = []
        for stream in Self.tables.keys.sorted() {
            let sets = self.sets[stream] ?? [:], done = self.done[stream] ?? [], expected = reference.sets[stream] ?? [:]
            for (uuid, sum) in sets where !done.contains(uuid) { problems.append("\(stream) \(uuid): \(sum) without progress") }
            for uuid in done.union(sets.keys) where sets[uuid] != expected[uuid] {
                problems.append("\(stream) \(uuid): \(sets[uuid] ?? "no rows") instead of \(expected[uuid] ?? "no rows")")
            }
        }
        return problems
    }
}

/// Runs the fault-free reference backfill once, however many tests ask for it.
actor ReferenceRun {
    static let shared = ReferenceRun()
    private var task: Task<(fingerprint: WarehouseFingerprint, instances: InstanceSets), any Error>?

    func outcome() async throws -> (fingerprint: WarehouseFingerprint, instances: InstanceSets) {
        if let task { return try await task.value }
        let task = Task {
            try await Reliability.withPipeline { pipeline in
                let result = try await pipeline.zoomETL(Reliability.backfill)
                guard result.exitCode == 0 else { throw ReferenceRunFailed(result: result) }
                return (fingerprint: try await WarehouseFingerprint.of(pipeline.databaseURL), instances: try await InstanceSets.of(pipeline.databaseURL))
            }
        }
        self.task = task
        return try await task.value
    }
}

struct ReferenceRunFailed: Error, CustomStringConvertible {
    let result: CommandResult
    var description: String { "the fault-free reference run failed: \(result)" }
}

extension Pipeline {
    func zoomETL(_ arguments: [String], overrides: [String: String] = [:]) async throws -> CommandResult {
        try await ZoomETLBinary.run(arguments, environment: environment.merging(overrides) { $1 }, in: directory)
    }

    /// Nothing but, optionally, one failed `etl.runs` row: no rows in any table of `zoom`, no
    /// checkpoint, progress, reject or availability record, and no other run.
    func expectNothingWritten(failedRun: Bool, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        guard try await query("SELECT to_regclass('etl.runs') IS NOT NULL") == [["t"]] else {
            #expect(!failedRun, "expected a failed run row, but the database was never migrated", sourceLocation: sourceLocation)
            return
        }
        let runs = try await query("SELECT status, error IS NOT NULL FROM etl.runs")
        #expect(runs == (failedRun ? [["failed", "t"]] : []), "etl.runs: \(runs)", sourceLocation: sourceLocation)
        // etl.quota_usage counts requests Zoom charged, which a failed run did spend.
        let tables = try await query("""
            SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'r'
              AND (n.nspname = 'zoom' OR (n.nspname = 'etl' AND c.relname NOT IN ('runs', 'schema_migrations', 'quota_usage')))
            """).compactMap { $0[0] }
        var written: [String] = []
        for table in tables where try await query("SELECT EXISTS (SELECT FROM \(table))") == [["t"]] {
            written.append(table)
        }
        #expect(written.isEmpty, "tables written to: \(written)", sourceLocation: sourceLocation)
    }
}

/// Sends SIGKILL and waits until the process is gone, without blocking a cooperative thread.
func killHard(_ process: Process) async throws {
    kill(process.processIdentifier, SIGKILL)
    while process.isRunning { try await Task.sleep(for: .milliseconds(5)) }
}

/// Waits for a process started with `ZoomETLBinary.start`, polling, and returns its exit code.
func exitCode(of process: Process, timeout: Duration = .seconds(120)) async throws -> Int32 {
    let deadline = ContinuousClock.now + timeout
    while process.isRunning {
        if ContinuousClock.now > deadline {
            try await killHard(process)
            Issue.record("zoom-etl did not finish within \(timeout)")
        }
        try await Task.sleep(for: .milliseconds(20))
    }
    return process.terminationStatus
}

/// A reproducible stream of numbers for the tests' own choices (kill instants), SplitMix64.
struct SeededNumbers {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func unit() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) * 0x1.0p-53
    }
}
