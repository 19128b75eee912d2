import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox

/// `zoom-etl run` and `backfill` end to end: the built binary, the sandbox over HTTP, real PostgreSQL.
@Suite struct DailyUsageRunTests {
    @Test func aNightlyRunLoadsExactlyWhatZoomReports() async throws {
        try await withPipeline { pipeline in
            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 0, "\(result)")
            let yesterday = pipeline.today.adding(days: -1)
            let expected = (0..<40).reversed().map { pipeline.truth(yesterday.adding(days: -$0)) }
            #expect(try await pipeline.dailyUsageRows() == expected)
            let runs = try await pipeline.query("SELECT status, streams->'daily_usage'->>'inserted', error FROM etl.runs")
            #expect(runs == [["succeeded", "40", nil]])
            let checkpoint = try await pipeline.query("SELECT cursor->>'through' FROM etl.checkpoints WHERE stream = 'daily_usage' AND scope = 'incremental'")
            #expect(checkpoint == [[yesterday.description]])
        }
    }

    @Test func aSecondRunChangesNoRowAndAddsNone() async throws {
        try await withPipeline { pipeline in
            #expect(try await pipeline.zoomETL("run").exitCode == 0)
            let before = try await pipeline.query("SELECT date::text, loaded_at::text, run_id::text FROM zoom.daily_usage ORDER BY date")
            pipeline.sandbox.clearRequestLog()
            let second = try await pipeline.zoomETL("run")
            #expect(second.exitCode == 0, "\(second)")
            let after = try await pipeline.query("SELECT date::text, loaded_at::text, run_id::text FROM zoom.daily_usage ORDER BY date")
            #expect(after == before)
            let stats = try await pipeline.query("SELECT streams->'daily_usage'->>'inserted', streams->'daily_usage'->>'updated' FROM etl.runs ORDER BY run_id DESC LIMIT 1")
            #expect(stats == [["0", "0"]])
            // Only the lookback is read again: the month(s) of the last 3 complete days.
            let months = Set(pipeline.sandbox.requestLog.filter { $0.path == "/v2/report/daily" }.map { $0.query("month") ?? "" })
            let lookback = (1...3).map { pipeline.today.adding(days: -$0).month.description }
            #expect(months == Set(lookback))
        }
    }

    @Test func theLookbackPicksUpADayZoomRevised() async throws {
        try await withPipeline { pipeline in
            #expect(try await pipeline.zoomETL("run").exitCode == 0)
            let revised = pipeline.today.adding(days: -2)
            let before = pipeline.truth(revised)
            pipeline.sandbox.reviseDailyUsage(accountId: pipeline.account.accountId, day: revised)
            #expect(pipeline.truth(revised) != before, "the sandbox's revision must change the figures")
            let untouched = try await pipeline.query("SELECT date::text, run_id::text FROM zoom.daily_usage WHERE date <> $1 ORDER BY date", [revised.description])

            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 0, "\(result)")
            let rows = try await pipeline.dailyUsageRows()
            #expect(rows.first { $0[0] == revised.description } == pipeline.truth(revised))
            let stats = try await pipeline.query("SELECT streams->'daily_usage'->>'updated' FROM etl.runs ORDER BY run_id DESC LIMIT 1")
            #expect(stats == [["1"]])
            #expect(try await pipeline.query("SELECT date::text, run_id::text FROM zoom.daily_usage WHERE date <> $1 ORDER BY date", [revised.description]) == untouched)
        }
    }

    @Test func aBackfillLoadsItsRangeAndLeavesTheNightlyCheckpointAlone() async throws {
        try await withPipeline { pipeline in
            #expect(try await pipeline.zoomETL("run").exitCode == 0)
            let checkpoint = try await pipeline.query("SELECT cursor::text, updated_at::text FROM etl.checkpoints WHERE scope = 'incremental'")
            let from = pipeline.today.adding(days: -150), to = pipeline.today.adding(days: -120)
            let result = try await pipeline.zoomETL("backfill", "--from", from.description, "--to", to.description)
            #expect(result.exitCode == 0, "\(result)")
            let rows = try await pipeline.dailyUsageRows().filter { $0[0] >= from.description && $0[0] <= to.description }
            #expect(rows == (0...30).map { pipeline.truth(from.adding(days: $0)) })
            #expect(try await pipeline.query("SELECT cursor::text, updated_at::text FROM etl.checkpoints WHERE scope = 'incremental'") == checkpoint)
            let backfill = try await pipeline.query("SELECT cursor->>'complete' FROM etl.checkpoints WHERE scope <> 'incremental'")
            #expect(backfill == [["true"]])
        }
    }

    @Test func aBackfillOlderThanZoomKeepsIsRefusedBeforeAnyRequest() async throws {
        try await withPipeline { pipeline in
            let from = pipeline.today.adding(months: -7)
            let result = try await pipeline.zoomETL("backfill", "--from", from.description, "--to", pipeline.today.adding(days: -10).description)
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("--from: \(from) is older than Zoom keeps daily_usage"))
            #expect(pipeline.sandbox.requestLog.isEmpty)
            #expect(try await pipeline.query("SELECT to_regclass('etl.runs')::text") == [[nil]])
        }
    }

    @Test(arguments: [["--from", "2026-13-01", "--to", "2026-01-02"], ["--from", "2026-03-02", "--to", "2026-03-01"], ["--to", "2026-03-01"]])
    func aBadBackfillRangeIsAUsageError(arguments: [String]) async throws {
        try await withPipeline { pipeline in
            let result = try await ZoomETLBinary.run(["backfill"] + arguments, environment: pipeline.environment, in: pipeline.directory)
            #expect(result.exitCode == 2, "\(result)")
            #expect(pipeline.sandbox.requestLog.isEmpty)
        }
    }
}
