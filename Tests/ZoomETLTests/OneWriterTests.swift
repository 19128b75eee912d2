import Foundation
import TestSupport
import Testing
import ZoomSandbox

/// DESIGN.md guarantee 5: one writer per account, through a PostgreSQL advisory lock that dies
/// with its session, so a killed run never blocks the next.
@Suite struct OneWriterTests {
    @Test func twoRunsStartedTogetherOneLoadsAndTheOtherExits75() async throws {
        try await Reliability.withPipeline { pipeline in
            let first = try ZoomETLBinary.start(Reliability.backfill, environment: pipeline.environment, in: pipeline.directory)
            let second = try ZoomETLBinary.start(Reliability.backfill, environment: pipeline.environment, in: pipeline.directory)
            let codes = [try await exitCode(of: first), try await exitCode(of: second)]
            #expect(codes.sorted() == [0, 75], "exit codes \(codes)")
            // The loser wrote nothing, not even a run row.
            #expect(try await pipeline.query("SELECT status FROM etl.runs") == [["succeeded"]])
            #expect(try await WarehouseFingerprint.of(pipeline.databaseURL) == Reliability.reference())
        }
    }

    @Test func aRunWhileAnotherLoadsExits75AtOnceSayingSo() async throws {
        try await Reliability.withPipeline { pipeline in
            let holder = try ZoomETLBinary.start(Reliability.backfill, environment: pipeline.environment, in: pipeline.directory)
            try await waitUntilRunning(pipeline)
            let second = try await pipeline.zoomETL("run")
            #expect(second.exitCode == 75, "\(second)")
            #expect(second.stderr.contains("lock"), "\(second.stderr)")
            #expect(holder.isRunning, "the first run must still be loading for this test to mean anything")
            #expect(try await exitCode(of: holder) == 0)
            #expect(try await pipeline.query("SELECT command, status FROM etl.runs") == [["backfill", "succeeded"]])
        }
    }

    @Test func aRunAfterAKilledOneTakesTheLockOverAndMarksItAbandoned() async throws {
        try await Reliability.withPipeline { pipeline in
            let victim = try ZoomETLBinary.start(Reliability.backfill, environment: pipeline.environment, in: pipeline.directory)
            try await waitUntilRunning(pipeline)
            try await killHard(victim)
            #expect(try await pipeline.query("SELECT status FROM etl.runs") == [["running"]])

            // The dead session's backend may take a moment to notice the hang-up and free the lock.
            var result = try await pipeline.zoomETL(Reliability.backfill)
            for _ in 0..<10 where result.exitCode == 75 {
                try await Task.sleep(for: .milliseconds(300))
                result = try await pipeline.zoomETL(Reliability.backfill)
            }
            #expect(result.exitCode == 0, "\(result)")
            let runs = try await pipeline.query("SELECT status, finished_at IS NOT NULL, error FROM etl.runs ORDER BY run_id")
            #expect(runs == [["abandoned", "t", "the process ended before finishing the run"], ["succeeded", "t", nil]])
            #expect(try await WarehouseFingerprint.of(pipeline.databaseURL) == Reliability.reference())
        }
    }

    /// Waits until a run has begun and committed some rows, so it holds the lock mid-load.
    private func waitUntilRunning(_ pipeline: Pipeline) async throws {
        for _ in 0..<500 {
            if try await pipeline.query("SELECT to_regclass('zoom.meetings') IS NOT NULL") == [["t"]],
               try await pipeline.query("SELECT EXISTS (SELECT FROM etl.runs WHERE status = 'running') AND EXISTS (SELECT FROM zoom.meetings)") == [["t"]] {
                return
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("no run started loading within 10 s")
    }
}
