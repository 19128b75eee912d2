import Foundation
import Records
import TestSupport
import Testing
import Warehouse
import ZoomSandbox

/// Bad input the other suites do not cover (CommandLineErrorTests: jobs.conf errors, unknown
/// job, missing secret, invalid_client, unreachable database; DailyUsageRunTests: dates older
/// than Zoom keeps, --from after --to, malformed dates): the exact exit code, a message naming
/// the problem, and nothing written but, where the run had begun, one failed `etl.runs` row.
@Suite struct BadInputTests {
    /// A loopback port nothing listens on (discard), so connecting is refused at once.
    static let closedPort = "http://127.0.0.1:9"

    @Test func aBackfillReachingTodayOrLaterIsRefusedBeforeAnyRequest() async throws {
        try await withPipeline { pipeline in
            let to = pipeline.today.adding(days: 30)
            let result = try await pipeline.zoomETL("backfill", "--from", "\(pipeline.today.adding(days: -3))", "--to", "\(to)")
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("--to: \(to) is not a complete day yet"), "\(result.stderr)")
            #expect(pipeline.sandbox.requestLog.isEmpty)
            try await pipeline.expectNothingWritten(failedRun: false)
        }
    }

    @Test func anUnknownStreamOnTheCommandLineIsNamed() async throws {
        try await withPipeline { pipeline in
            let day = pipeline.today.adding(days: -5)
            let result = try await pipeline.zoomETL("backfill", "--from", "\(day)", "--to", "\(day)", "--streams", "daily_usage,webinars")
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("--streams: unknown stream \"webinars\""), "\(result.stderr)")
            #expect(pipeline.sandbox.requestLog.isEmpty)
            try await pipeline.expectNothingWritten(failedRun: false)
        }
    }

    @Test func aMissingJobsFileIsNamed() async throws {
        try await withPipeline { pipeline in
            let result = try await pipeline.zoomETL("run", "--config", "/nonexistent/jobs.conf")
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("/nonexistent/jobs.conf: cannot read the file"), "\(result.stderr)")
            try await pipeline.expectNothingWritten(failedRun: false)
        }
    }

    @Test func aTuningVariableThatIsNotANumberIsNamed() async throws {
        try await withPipeline { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: ["ZOOM_ETL_HTTP_TIMEOUT_MS": "soon"])
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("ZOOM_ETL_HTTP_TIMEOUT_MS must be a positive whole number, not \"soon\""), "\(result.stderr)")
            #expect(pipeline.sandbox.requestLog.isEmpty)
            try await pipeline.expectNothingWritten(failedRun: false)
        }
    }

    @Test func anUnreachableOAuthHostFailsNamingIt() async throws {
        try await withPipeline { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: ["ZOOM_OAUTH_URL": Self.closedPort])
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("could not reach \(Self.closedPort)/oauth/token"), "\(result.stderr)")
            try await pipeline.expectNothingWritten(failedRun: true)
        }
    }

    @Test func anUnreachableAPIHostFailsAfterItsRetriesNamingIt() async throws {
        try await withPipeline { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: Reliability.fastClient.merging(["ZOOM_API_URL": Self.closedPort]) { $1 })
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("/report/daily kept failing after 6 attempts; last: could not reach \(Self.closedPort)/v2/report/daily"),
                    "\(result.stderr)")
            try await pipeline.expectNothingWritten(failedRun: true)
        }
    }

    @Test func aDatabaseMigratedByANewerZoomETLIsRefused() async throws {
        try await withPipeline { pipeline in
            #expect(try await pipeline.zoomETL("migrate").exitCode == 0)
            _ = try await pipeline.query("INSERT INTO etl.schema_migrations (version, name, checksum) VALUES (9999, '9999_future.sql', 'x')")
            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("the database was migrated by a newer zoom-etl (version 9999); upgrade zoom-etl"), "\(result.stderr)")
            #expect(pipeline.sandbox.requestLog.isEmpty)
            try await pipeline.expectNothingWritten(failedRun: false)
        }
    }

    @Test func anAnswerThatIsNotJSONFailsTheRunNamingTheEndpoint() async throws {
        let plan = FaultPlan(seed: 1, rates: [.malformedBody: .permanent()], paths: ["/v2/report/daily"])
        try await withPipeline(sandbox: Reliability.sandbox(faults: plan)) { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: Reliability.fastClient)
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("/report/daily could not be read: the body is not JSON"), "\(result.stderr)")
            try await pipeline.expectNothingWritten(failedRun: true)
        }
    }

    @Test func anOversizedAnswerIsRefusedNamingTheLimit() async throws {
        var plan = FaultPlan(seed: 1, rates: [.oversizedBody: .permanent()], paths: ["/v2/report/daily"])
        plan.oversizeBytes = 3 << 20
        try await withPipeline(sandbox: Reliability.sandbox(faults: plan)) { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: ["ZOOM_ETL_MAX_BODY_BYTES": "\(1 << 20)"])
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("/v2/report/daily answered with a body over 1 MiB; refusing to load it"), "\(result.stderr)")
            try await pipeline.expectNothingWritten(failedRun: true)
        }
    }

    @Test func tokensZoomKeepsRefusingFailTheRunNamingCode124() async throws {
        // Every data request finds its token revoked: renewals do not help, and stop after three
        // refusals of fresh tokens (ZoomClient.maxFreshRefusals).
        let plan = FaultPlan(seed: 1, rates: [.revokedToken: .permanent()])
        try await withPipeline(sandbox: Reliability.sandbox(faults: plan)) { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: Reliability.fastClient)
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("HTTP 401, code 124: Invalid access token."), "\(result.stderr)")
            #expect(pipeline.sandbox.issuedTokens.count == 4, "one token, then three renewals")
            try await pipeline.expectNothingWritten(failedRun: true)
        }
    }

    @Test func recordsWithWrongTypesAreRejectedAndTheRunGoesOn() async throws {
        let plan = FaultPlan(seed: 4, rates: [.wrongTypes: .init(0.25)], paths: ["/v2/report/daily"])
        try await withPipeline(sandbox: Reliability.sandbox(faults: plan)) { pipeline in
            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 0, "\(result)")
            let rows = try await pipeline.dailyUsageRows()
            let rejects = try await pipeline.query("SELECT raw_json, reason FROM etl.rejects WHERE stream = 'daily_usage'")
            #expect(!rows.isEmpty && !rejects.isEmpty, "rows \(rows.count), rejects \(rejects.count)")
            // Every day of the window is either loaded as Zoom reports it or rejected with its raw JSON.
            #expect(rows.count + rejects.count == 40, "rows \(rows.count), rejects \(rejects.count)")
            for row in rows { #expect(row == pipeline.truth(CivilDate(iso: row[0])!)) }
            #expect(rejects.allSatisfy { ($0[1] ?? "").contains("is not an integer") && ($0[0] ?? "").contains("\"date\"") }, "\(rejects)")
            let stats = try await pipeline.query("SELECT status, streams->'daily_usage'->>'rejects' FROM etl.runs")
            #expect(stats == [["succeeded", "\(rejects.count)"]])
        }
    }
}
