import Foundation
import Records
import TestSupport
import Testing

/// `status` reads the day's quota from `etl.quota_usage`, the ledger runs count against, per cap
/// of the plan (issue 12): Free caps each category on its own (zoom-api.md §5), so one heavy
/// total would be wrong there.
@Suite struct StatusQuotaTests {
    @Test func aFreeAccountShowsEachCategorysCapWithWhatItsRunsSpentToday() async throws {
        let jobs = StatusCommandTests.jobs(["daily_usage"]).replacingOccurrences(of: "plan = \"business\"", with: "plan = \"free\"")
        try await withPipeline(jobsConf: jobs) { pipeline in
            let run = try await pipeline.zoomETL("run")
            #expect(run.exitCode == 0, "\(run)")
            // The ledger as the run left it, plus a medium count and yesterday's heavy, which must not count today.
            _ = try await pipeline.query("""
                INSERT INTO etl.quota_usage (account_id, utc_day, category, requests, run_id)
                SELECT $1, (now() AT TIME ZONE 'UTC')::date, 'medium', 3, max(run_id) FROM etl.runs
                UNION ALL SELECT $1, (now() AT TIME ZONE 'UTC')::date - 1, 'heavy', 999, max(run_id) FROM etl.runs
                """, [pipeline.account.accountId])
            let heavy = try #require(Int(try await pipeline.query("""
                SELECT coalesce(sum(requests), 0)::text FROM etl.quota_usage WHERE category = 'heavy' AND utc_day = (now() AT TIME ZONE 'UTC')::date
                """)[0][0] ?? ""))
            #expect(heavy > 0, "the run must have counted its heavy requests")
            let text = try await pipeline.zoomETL("status")
            #expect(text.stdout.contains("daily quota today (UTC): light 0 of 6000, medium 3 of 2000, heavy \(heavy) of 1000, resource_intensive 0 of 30000"),
                    "\(text)")
            let json = try await pipeline.zoomETL("status", "--format", "json")
            let (account, _) = try StatusCommandTests.streams(of: json)
            let quota = try #require(account["daily_quota"] as? [[String: Any]])
            #expect(quota.map { ($0["categories"] as? [String] ?? []).joined(separator: "+") } == ["light", "medium", "heavy", "resource_intensive"])
            #expect(quota.map { $0["used"] as? Int ?? -1 } == [0, 3, heavy, 0])
            #expect(quota.map { $0["limit"] as? Int ?? -1 } == [6000, 2000, 1000, 30000])
            #expect(account["heavy_requests_recorded_today"] as? Int == heavy, "yesterday's 999 is another day")
        }
    }
}
