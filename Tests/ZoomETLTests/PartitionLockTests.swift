import Foundation
import TestSupport
import Testing
import Warehouse

/// Issue 11, finding 2: a run that needs a new month's QoS partition (a fresh database has none,
/// so the reliability backfill needs its window's months) is not stalled by an analyst's open
/// transaction and never makes readers queue; a lock that does conflict (maintenance holding
/// SHARE, as CREATE INDEX does) makes it exit 75 after `Warehouse.partitionLockTimeout`, naming
/// the table and the session, with nothing half-written, and the rerun completes.
@Suite struct PartitionLockTests {
    @Test func anAnalystsOpenTransactionNeitherStallsARunNeedingANewMonthNorIsQueuedBehindIt() async throws {
        let reference = try await Reliability.reference()
        try await Reliability.withPipeline { pipeline in
            #expect(try await pipeline.zoomETL(["migrate"]).exitCode == 0)
            try await withAnalyst(pipeline) { analyst, reader in
                try await analyst.executeScript("BEGIN; SELECT count(*) FROM zoom.participant_qos")
                let run = try ZoomETLBinary.start(Reliability.backfill, environment: pipeline.environment, in: pipeline.directory)
                let slowest = try await Self.slowestRead(reader, while: { run.isRunning })
                #expect(try await exitCode(of: run) == 0)
                #expect(slowest < .seconds(2), "a reader waited \(slowest)")
                try await analyst.executeScript("COMMIT")
            }
            #expect(try await WarehouseFingerprint.of(pipeline.databaseURL) == reference)
        }
    }

    @Test func aConflictingLockMakesTheRunExit75NamingItAndTheRerunCompletes() async throws {
        let reference = try await Reliability.reference()
        let referenceInstances = try await Reliability.referenceInstances()
        try await Reliability.withPipeline { pipeline in
            #expect(try await pipeline.zoomETL(["migrate"]).exitCode == 0)
            let maintenance = try await Warehouse.connect(pipeline.databaseURL, logger: TestDatabase.logger)
            let pid = try #require(try await maintenance.queryRows("SELECT pg_backend_pid()::text, current_user::text").first)
            try await maintenance.executeScript("BEGIN; LOCK TABLE zoom.participant_qos IN SHARE MODE")

            try await withAnalyst(pipeline) { _, reader in
                let finished = RunFinished()
                async let run = DatabaseFaultTests.backfill(environment: pipeline.environment, in: pipeline.directory, then: finished)
                let waitBegan = try await Self.waitForLockWait(pipeline, while: { !finished.isSet })
                let slowest = try await Self.slowestRead(reader, while: { !finished.isSet })
                let result = try await run
                let waited = waitBegan.map { $0.duration(to: .now) }
                #expect(result.exitCode == 75, "\(result)")
                #expect(waited.map { $0 < Warehouse.partitionLockTimeout + .seconds(5) } == true, "waited \(String(describing: waited))")
                #expect(slowest < .seconds(2), "a reader waited \(slowest)")
                #expect(result.stderr.contains("gave up after 10 s waiting for a lock on zoom.participant_qos to add its monthly partitions, "
                                               + "held by pid \(pid[0] ?? "?"), user \(pid[1] ?? "?"), application zoom-etl"), "\(result.stderr)")
                #expect(result.stderr.contains("nothing was written: try again when it has ended"), "\(result.stderr)")
            }
            let runs = try await pipeline.query("SELECT status, error LIKE 'gave up after 10 s waiting for a lock on zoom.participant_qos%' FROM etl.runs")
            #expect(runs == [["failed", "t"]])
            try await DatabaseFaultTests.expectNothingHalfWritten(pipeline, reference: reference, instances: referenceInstances, "lock timeout")
            #expect(try await pipeline.query("SELECT count(*)::text FROM zoom.participant_qos") == [["0"]])

            try await maintenance.executeScript("COMMIT")
            await maintenance.close()
            let rerun = try await pipeline.zoomETL(Reliability.backfill)
            #expect(rerun.exitCode == 0, "\(rerun)")
            #expect(try await WarehouseFingerprint.of(pipeline.databaseURL) == reference)
        }
    }

    // MARK: - Helpers

    /// Two sessions of a new login in zoom_analyst: one to hold a transaction, one to read.
    func withAnalyst(_ pipeline: Pipeline, _ body: (_ analyst: Warehouse, _ reader: Warehouse) async throws -> Void) async throws {
        let role = "zoom_analyst_login_\(UInt32.random(in: 0...UInt32.max))"  // roles are cluster-wide
        _ = try await pipeline.query("CREATE ROLE \(role) LOGIN IN ROLE zoom_analyst")
        let url = try ConnectionString.make(ConnectionString.parse(pipeline.databaseURL).filter { $0.keyword != "user" } + [("user", role)])
        let analyst = try await Warehouse.connect(url, logger: TestDatabase.logger)
        let reader = try await Warehouse.connect(url, logger: TestDatabase.logger)
        do {
            try await body(analyst, reader)
        } catch {
            Issue.record(error)
        }
        await analyst.close()
        await reader.close()
        _ = try? await pipeline.query("DROP ROLE \(role)")
    }

    /// Reads the QoS table every 100 ms while `running`, each read allowed 5 s; the slowest read.
    static func slowestRead(_ reader: Warehouse, while running: () -> Bool) async throws -> Duration {
        try await reader.executeScript("SET statement_timeout = '5s'")
        var slowest = Duration.zero
        while running() {
            let started = ContinuousClock.now
            _ = try await reader.queryRows("SELECT count(*) FROM zoom.participant_qos")
            slowest = max(slowest, started.duration(to: .now))
            try await Task.sleep(for: .milliseconds(100))
        }
        return slowest
    }

    /// When the run began waiting for a lock on the QoS table, or nil if it never did.
    static func waitForLockWait(_ pipeline: Pipeline, while running: () -> Bool) async throws -> ContinuousClock.Instant? {
        while running() {
            let waiting = try await pipeline.query("""
                SELECT EXISTS (SELECT FROM pg_locks WHERE relation = 'zoom.participant_qos'::regclass AND NOT granted)::text
                """)
            if waiting == [["true"]] { return .now }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }
}
