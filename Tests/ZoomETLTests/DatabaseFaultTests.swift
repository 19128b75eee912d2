import Foundation
import Glibc
import Synchronization
import TestSupport
import Testing
import LocalPostgres
import Warehouse

/// PostgreSQL failing under a run: its session cut off or the server restarted mid-load, a write
/// the role may not make, a full disk. The run exits 1 naming the cause (and the table, for a
/// refused write) or completes; nothing is half-written; and once the cause is gone a rerun
/// completes with the warehouse of an undisturbed run (`Reliability.reference()`).
@Suite struct DatabaseFaultTests {
    enum Disruption: String, CustomStringConvertible, CaseIterable {
        /// `pg_terminate_backend` on the run's session, as an administrator or a pooler might.
        case terminatedSession = "its session terminated"
        /// `pg_ctl stop -m immediate`, then a start: a crash and recovery on the run's own cluster.
        case serverRestart = "the server restarted"

        var description: String { rawValue }
    }

    @Test(arguments: Disruption.allCases)
    func postgresGoingAwayMidLoadFailsTheRunCleanlyAndARerunCompletes(_ disruption: Disruption) async throws {
        let reference = try await Reliability.reference()
        let referenceInstances = try await Reliability.referenceInstances()
        // A restart gets a server of its own, durable: an immediate shutdown must not take back
        // what the run had committed, or "nothing half-written" would be judged on lost data.
        let cluster = disruption == .serverRestart
            ? try await LocalPostgresCluster.start(.init(durable: true), logger: TestDatabase.logger) : nil
        defer { cluster?.stop() }
        try await Reliability.withPipeline(databaseURL: cluster?.connectionString) { pipeline in
            let finished = RunFinished()
            async let run = Self.backfill(environment: pipeline.environment, in: pipeline.directory, then: finished)
            // While the participants fan-out loads (some instances served), at a write transaction.
            while !finished.isSet, pipeline.sandbox.requestLog.filter({ $0.path.hasSuffix("/participants") }).count < 8 {
                try await Task.sleep(for: .milliseconds(5))
            }
            let writing = try await CrashResumeTests.waitForWriteTransaction(pipeline.databaseURL, while: { !finished.isSet })
            if let writing {
                switch disruption {
                case .terminatedSession: _ = try await pipeline.query("SELECT pg_terminate_backend($1::integer)", [writing.pid])
                case .serverRestart: try await cluster?.restart(.immediate)
                }
            }
            let result = try await run
            let seen = "\(disruption) during \(String(reflecting: writing?.query ?? "nothing: the run ended first"))"
            #expect(writing != nil, "\(seen): \(result)")

            // Exit 1 naming the lost connection (exit 0 would mean the run reconnected), no crash, no hang.
            #expect(result.exitCode == 1 || result.exitCode == 0, "\(seen): \(result)")
            if result.exitCode == 1 {
                // What the scheduler's log shows last; warnings before it may name the loss too.
                let error = result.stderr.split(separator: "\n").last { $0.hasPrefix("error: ") } ?? ""
                #expect(error.hasPrefix("error: account main: lost the connection to PostgreSQL "), "\(seen): \(result.stderr)")
                #expect(error.hasSuffix("; check the server and rerun"), "\(seen): \(result.stderr)")
            }
            // The run recorded its failure on a new session; only a server not yet back leaves it `running`.
            let runs = try await pipeline.query("SELECT status, coalesce(error, '') FROM etl.runs")
            let recorded = runs.count == 1 && runs[0][0] == "failed" && runs[0][1]?.hasPrefix("lost the connection to PostgreSQL") == true
            #expect(recorded || (disruption == .serverRestart && runs == [["running", ""]]) || runs.first?[0] == "succeeded", "\(seen): \(runs)")
            try await Self.expectNothingHalfWritten(pipeline, reference: reference, instances: referenceInstances, seen)

            let rerun = try await pipeline.zoomETL(Reliability.backfill)
            #expect(rerun.exitCode == 0, "after \(seen): \(rerun)")
            let fingerprint = try await WarehouseFingerprint.of(pipeline.databaseURL)
            #expect(fingerprint == reference, "after \(seen): differs in \(fingerprint.differences(from: reference))")
            #expect(try await pipeline.query("SELECT count(*)::text FROM etl.runs WHERE status IN ('running', 'succeeded')") == [["1"]])
        }
    }

    @Test func aRefusedWriteFailsTheRunNamingTheTableAndAfterAGrantARerunCompletes() async throws {
        let reference = try await Reliability.reference()
        let referenceInstances = try await Reliability.referenceInstances()
        try await Reliability.withPipeline { pipeline in
            // zoom-etl runs as a login role in zoom_etl (sql/005_roles.sql), which may not insert participants.
            #expect(try await pipeline.zoomETL(["migrate"]).exitCode == 0)
            let role = "zoom_etl_login_\(UInt32.random(in: 0...UInt32.max))"  // roles are cluster-wide
            _ = try await pipeline.query("CREATE ROLE \(role) LOGIN IN ROLE zoom_etl")
            _ = try await pipeline.query("REVOKE INSERT ON zoom.meeting_participants FROM zoom_etl")
            let login = ["DATABASE_URL": try ConnectionString.make(
                ConnectionString.parse(pipeline.databaseURL).filter { $0.keyword != "user" } + [("user", role)])]

            let failed = try await pipeline.zoomETL(Reliability.backfill, overrides: login)
            #expect(failed.exitCode == 1, "\(failed)")
            #expect(failed.stderr.contains(
                "PostgreSQL refused to write zoom.meeting_participants: permission denied for table meeting_participants (SQLSTATE 42501); grant the role zoom-etl connects as the privileges it needs"),
                "\(failed.stderr)")
            #expect(try await pipeline.query("SELECT status, error LIKE '%permission denied%' FROM etl.runs") == [["failed", "t"]])
            // Nothing refused was recorded as done: instances with participants have neither rows nor progress.
            try await Self.expectNothingHalfWritten(pipeline, reference: reference, instances: referenceInstances, "refused")
            #expect(try await pipeline.query("SELECT count(*)::text FROM zoom.meeting_participants") == [["0"]])

            _ = try await pipeline.query("GRANT INSERT ON zoom.meeting_participants TO zoom_etl")
            let rerun = try await pipeline.zoomETL(Reliability.backfill, overrides: login)
            #expect(rerun.exitCode == 0, "\(rerun)")
            let fingerprint = try await WarehouseFingerprint.of(pipeline.databaseURL)
            #expect(fingerprint == reference, "differs in \(fingerprint.differences(from: reference))")
            // The QoS month the login role needed was added as the table's owner (sql/008).
            #expect(try await pipeline.query("""
                SELECT bool_and(p.relowner = c.relowner)::text FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhrelid
                JOIN pg_class c ON c.oid = i.inhparent WHERE c.oid = 'zoom.participant_qos'::regclass
                """) == [["true"]])
        }
    }

    @Test(.enabled(if: TinyDisk.isMountable, "mounting a tmpfs needs root with CAP_SYS_ADMIN"))
    func aFullDiskFailsTheRunNamingTheTableAndAfterMovingItARerunCompletes() async throws {
        let reference = try await Reliability.reference()
        let referenceInstances = try await Reliability.referenceInstances()
        // A server of its own: a tablespace is cluster-wide, and this one is a tmpfs of a few pages.
        let cluster = try await LocalPostgresCluster.start(.init(durable: false), logger: TestDatabase.logger)
        let owner = try FileManager.default.attributesOfItem(atPath: cluster.directory)
        let disk: TinyDisk
        do {
            disk = try TinyDisk.mount(bytes: 64 << 10, owner: (owner[.ownerAccountID] as? NSNumber)?.uint32Value ?? geteuid(),
                                      group: (owner[.groupOwnerAccountID] as? NSNumber)?.uint32Value ?? getegid())
        } catch {
            cluster.stop()
            throw error
        }
        defer {
            cluster.stop()  // first: the server holds files on the disk open
            disk.unmount()
        }
        try await Reliability.withPipeline(databaseURL: cluster.connectionString) { pipeline in
            #expect(try await pipeline.zoomETL(["migrate"]).exitCode == 0)
            _ = try await pipeline.query("CREATE TABLESPACE zoom_etl_tiny LOCATION '\(disk.path)'")
            try await Self.move("zoom.meeting_participants", to: "zoom_etl_tiny", pipeline)

            let failed = try await pipeline.zoomETL(Reliability.backfill)
            #expect(failed.exitCode == 1, "\(failed)")
            #expect(failed.stderr.contains("PostgreSQL refused to write zoom.meeting_participants: could not extend file"), "\(failed.stderr)")
            #expect(failed.stderr.contains(
                "No space left on device (SQLSTATE 53100); the server is out of resources; check its disk and memory"), "\(failed.stderr)")
            #expect(try await pipeline.query("SELECT status, error LIKE '%No space left on device%' FROM etl.runs") == [["failed", "t"]])
            try await Self.expectNothingHalfWritten(pipeline, reference: reference, instances: referenceInstances, "disk full")

            try await Self.move("zoom.meeting_participants", to: "pg_default", pipeline)
            let rerun = try await pipeline.zoomETL(Reliability.backfill)
            #expect(rerun.exitCode == 0, "\(rerun)")
            let fingerprint = try await WarehouseFingerprint.of(pipeline.databaseURL)
            #expect(fingerprint == reference, "differs in \(fingerprint.differences(from: reference))")
        }
    }

    /// The reliability backfill, bounded in time (a run hanging on a dead connection fails the
    /// test instead of blocking it); sets `finished` when it exits.
    static func backfill(environment: [String: String], in directory: URL, then finished: RunFinished) async throws -> CommandResult {
        defer { finished.set() }
        return try await ZoomETLBinary.run(Reliability.backfill, environment: environment, in: directory, timeout: .seconds(60))
    }

    /// Moves a table and its indexes to `tablespace`.
    static func move(_ table: String, to tablespace: String, _ pipeline: Pipeline) async throws {
        _ = try await pipeline.query("ALTER TABLE \(table) SET TABLESPACE \(tablespace)")
        let indexes = try await pipeline.query("SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = $1::regclass", [table])
        for case let index? in indexes.map({ $0[0] }) {
            _ = try await pipeline.query("ALTER INDEX \(index) SET TABLESPACE \(tablespace)")
        }
    }

    /// Every report table holds all of the reference's rows or none, and every meeting instance
    /// all of its set, with its progress, or nothing of it.
    static func expectNothingHalfWritten(_ pipeline: Pipeline, reference: WarehouseFingerprint, instances: InstanceSets, _ seen: String,
                                         sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let partial = try await WarehouseFingerprint.of(pipeline.databaseURL)
        let children = Set(InstanceSets.tables.values)
        for (table, sum) in partial.tables where !children.contains(table) && sum != reference.tables[table] {
            #expect(sum.hasPrefix("0 "), "\(seen): zoom.\(table) is half-written: \(sum) vs \(reference.tables[table] ?? "-")",
                    sourceLocation: sourceLocation)
        }
        let problems = try await InstanceSets.of(pipeline.databaseURL).halfWritten(comparedTo: instances)
        #expect(problems.isEmpty, "\(seen): \(problems.prefix(5))", sourceLocation: sourceLocation)
    }
}

/// Set when the run under test has exited, so the observers stop looking for a moment to strike.
final class RunFinished: Sendable {
    private let flag = Mutex(false)
    var isSet: Bool { flag.withLock { $0 } }
    func set() { flag.withLock { $0 = true } }
}

/// A tmpfs of a few pages, owned by the PostgreSQL server's user, for a tablespace that fills up.
struct TinyDisk {
    let path: String

    /// Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN), found by trying once.
    static let isMountable: Bool = {
        guard geteuid() == 0, let disk = try? mount(bytes: 4096, owner: 0, group: 0) else { return false }
        disk.unmount()
        return true
    }()

    static func mount(bytes: Int, owner: uid_t, group: gid_t) throws -> TinyDisk {
        var template = Array("/tmp/zoom-etl-tiny-disk-XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let path = String(cString: created)
        guard Glibc.mount("tmpfs", path, "tmpfs", 0, "size=\(bytes),mode=0700,uid=\(owner),gid=\(group)") == 0 else {
            let code = errno
            rmdir(path)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EPERM)
        }
        return TinyDisk(path: path)
    }

    /// Unmounts (lazily, if something still holds it) and removes the mount point.
    func unmount() {
        if umount2(path, 0) != 0 { umount2(path, Int32(MNT_DETACH)) }
        rmdir(path)
    }
}
