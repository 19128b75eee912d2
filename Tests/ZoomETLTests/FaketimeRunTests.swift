import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox

/// The built binary run on the day after New York springs forward, its clock set by Debian's
/// `faketime` and the sandbox's set to match (issue 12): yesterday is the 23-hour 2026-03-08,
/// and the report days, meetings and checkpoint it loads are those of that clock, not the
/// machine's. `DayBoundaryTests` pins the same boundaries as values.
@Suite struct FaketimeRunTests {
    static let jobsConf = """
        [accounts.main]
        plan = "business"
        timezone = "America/New_York"

        [jobs.nightly]
        streams = ["daily_usage", "meetings"]
        lookback_days = 1
        start = "3 days"
        """

    /// 2026-03-09 10:00 EDT.
    static let instant = try! Date("2026-03-09T14:00:00Z", strategy: .iso8601)

    @Test func aNightlyRunTheDayAfterSpringForwardLoadsTheThreeLocalDaysBeforeIt() async throws {
        var configuration = SandboxConfiguration()
        configuration.enforceRateLimits = false
        configuration.now = { Self.instant }
        try await withPipeline(jobsConf: Self.jobsConf, sandbox: configuration) { pipeline in
            #expect(pipeline.today.description == "2026-03-09")
            let result = try await ZoomETLBinary.run(["run"], at: Self.instant, environment: pipeline.environment, in: pipeline.directory)
            #expect(result.exitCode == 0, "\(result)")
            let days = try await pipeline.query("SELECT date::text FROM zoom.daily_usage ORDER BY date").map { $0[0] ?? "" }
            #expect(days == ["2026-03-06", "2026-03-07", "2026-03-08"], "the binary's today must be 2026-03-09: \(days)")
            let through = try await pipeline.query("SELECT cursor->>'through' FROM etl.checkpoints WHERE stream = 'daily_usage'")
            #expect(through == [["2026-03-08"]])
            let from = try #require(CivilDate(iso: "2026-03-06")), to = try #require(CivilDate(iso: "2026-03-08"))
            let comparisons = try await pipeline.expectWarehouseEqualsTruth(from: from, to: to, only: ["daily_usage", "meetings"])
            #expect(comparisons.allSatisfy { !$0.truth.rows.isEmpty }, "\(comparisons.map(\.description))")
            // The 23-hour day's meetings are those that ended between its two local midnights.
            let onTheShortDay = try await pipeline.query("""
                SELECT count(*)::text, bool_and(end_time >= '2026-03-08T05:00:00Z' AND end_time < '2026-03-09T04:00:00Z')
                FROM zoom.meetings WHERE (end_time AT TIME ZONE 'America/New_York')::date = '2026-03-08'
                """)
            #expect(onTheShortDay.first?[1] == "t" && (Int(onTheShortDay.first?[0] ?? "") ?? 0) > 0, "\(onTheShortDay)")
        }
    }
}
