import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox

/// A scope the app lacks is the operator's to fix: a run stops at Zoom's first 4711 with exit 2
/// naming it (Recovery `.fatal(.missingScope)`), instead of failing instance after instance.
@Suite struct MissingScopeRunTests {
    static let jobs = """
        [accounts.main]
        plan = "business"
        timezone = "America/New_York"

        [jobs.nightly]
        streams = ["meetings", "meeting_qos"]
        lookback_days = 1
        start = "3 days"
        concurrency = 4
        """

    @Test func aRunWithoutTheDashboardScopeStopsAtTheFirstQoSRequestWithExit2() async throws {
        // The reports' scope only: the QoS endpoints answer 400, code 4711.
        var account = SandboxAccount.demo
        account.scopes = ["report:read:admin", "user:read:admin"]
        let sandbox = SandboxConfiguration(accounts: [account])
        try await withPipeline(jobsConf: Self.jobs, sandbox: sandbox) { pipeline in
            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("code 4711"), "\(result.stderr)")
            #expect(result.stderr.contains("does not contain scopes"), "\(result.stderr)")
            // Meetings loaded before it and stay; no instance was recorded failed or done.
            let meetings = Int(try await pipeline.query("SELECT count(*)::text FROM zoom.meetings").first?.first.flatMap { $0 } ?? "") ?? 0
            #expect(meetings > 0)
            #expect(try await pipeline.query("SELECT count(*)::text FROM etl.child_progress") == [["0"]])
            #expect(try await pipeline.query("SELECT count(*)::text FROM zoom.participant_qos") == [["0"]])
            #expect(try await pipeline.query("SELECT status FROM etl.runs") == [["failed"]])
            // One refused request per worker at most: the run stopped instead of trying every instance.
            let refused = pipeline.sandbox.requestLog.filter { $0.path.contains("/participants/qos") && $0.status == 400 }.count
            let width = 4
            #expect(refused >= 1 && refused <= width, "refused \(refused)")
        }
    }
}
