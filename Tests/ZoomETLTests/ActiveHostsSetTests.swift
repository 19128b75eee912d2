import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox

/// A month of `active_hosts` spanning several listing pages is written page by page into one
/// transaction (issue 11, finding 5): it replaces the period's rows whole, drops what a restarted
/// listing wrote before the restart, and a listing that fails half-way leaves the old rows.
@Suite struct ActiveHostsSetTests {
    static let jobsConf = """
        [accounts.main]
        plan = "business"
        timezone = "America/New_York"

        [jobs.nightly]
        streams = ["active_hosts"]
        lookback_days = 2
        start = "40 days"
        """

    static func sandbox() -> SandboxConfiguration {
        var configuration = SandboxConfiguration()
        configuration.enforceRateLimits = false
        var account = SandboxAccount.demo
        account.scale = 40  // last month's active hosts take more than one 300-row page
        configuration.accounts = [account]
        return configuration
    }

    @Test func aMonthOfSeveralPagesReplacesItsRowsWholeOrNotAtAll() async throws {
        try await withPipeline(jobsConf: Self.jobsConf, sandbox: Self.sandbox()) { pipeline in
            let first = pipeline.today.firstOfMonth.adding(months: -1)
            let last = pipeline.today.firstOfMonth.adding(days: -1)
            let backfill = ["backfill", "--from", "\(first)", "--to", "\(last)"]
            let loaded = try await pipeline.zoomETL(backfill, overrides: Reliability.fastClient)
            #expect(loaded.exitCode == 0, "\(loaded)")
            let pages = pipeline.sandbox.requestLog.filter { $0.path == "/v2/report/users" && $0.status == 200 }.count
            #expect(pages >= 2, "the month must span pages for this test to mean anything: \(pages)")
            try await pipeline.expectWarehouseEqualsTruth(from: first, to: last, only: ["active_hosts"])
            let hosts = try await pipeline.query("SELECT count(*)::text FROM zoom.active_hosts")[0][0]

            // Spoil every row and add one Zoom no longer lists: a complete read must undo both.
            _ = try await pipeline.query("UPDATE zoom.active_hosts SET meetings = -1")
            _ = try await pipeline.query("""
                INSERT INTO zoom.active_hosts (account_id, period_start, period_end, user_id, run_id)
                SELECT account_id, period_start, period_end, 'vanished-host', run_id FROM zoom.active_hosts LIMIT 1
                """)

            // Pages 1, 2, 3, 2, 3…: the listing fails after writing pages into the transaction.
            var cycling = FaultPlan(seed: 5, rates: [.cyclingPageToken: .permanent()])
            cycling.paths = ["/v2/report/users"]
            pipeline.sandbox.setFaultPlan(cycling)
            let failed = try await pipeline.zoomETL(backfill, overrides: Reliability.fastClient)
            #expect(failed.exitCode != 0, "an endless listing must fail the run: \(failed)")
            #expect(try await pipeline.query("SELECT count(*)::text FROM zoom.active_hosts WHERE meetings = -1")[0][0] == hosts,
                    "a half-read month must leave every old row as it was")
            #expect(try await pipeline.query("SELECT count(*)::text FROM zoom.active_hosts WHERE user_id = 'vanished-host'") == [["1"]])

            // An expired page token restarts the listing: what the pages before it wrote is dropped.
            var expiring = FaultPlan(seed: 5, rates: [.expiredPageToken: .init(1, limit: 1)])
            expiring.paths = ["/v2/report/users"]
            pipeline.sandbox.setFaultPlan(expiring)
            let restarted = try await pipeline.zoomETL(backfill, overrides: Reliability.fastClient)
            #expect(restarted.exitCode == 0, "\(restarted)")
            #expect(pipeline.sandbox.faultsInRequestLog[.expiredPageToken, default: 0] == 1)
            try await pipeline.expectWarehouseEqualsTruth(from: first, to: last, only: ["active_hosts"])
        }
    }
}
