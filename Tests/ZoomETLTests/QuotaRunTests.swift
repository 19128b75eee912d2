import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox

/// Zoom's daily cap across runs, end to end: the binary stops with exit 75 when the cap is
/// spent, keeps what it loaded, and the runs of the following days finish the job exactly.
@Suite struct QuotaRunTests {
    static let jobs = """
        [accounts.main]
        plan = "business"
        timezone = "America/New_York"

        [jobs.nightly]
        streams = ["meetings", "meeting_participants"]
        lookback_days = 2
        start = "10 days"
        """

    /// A pipeline whose sandbox clock the test moves (`withPipeline` stops it).
    func withClockedPipeline(cap: Int, _ body: (Pipeline, ManualClock) async throws -> Void) async throws {
        let clock = ManualClock(Date())
        let databaseURL = try await freshDatabase()
        let directory = try temporaryJobsDirectory(Self.jobs)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withSandbox(SandboxConfiguration(dailyCapOverride: cap, now: clock.read)) { sandbox, url in
            try await body(Pipeline(sandbox: sandbox, url: url, databaseURL: databaseURL, directory: directory), clock)
        }
    }

    @Test func aSpentCapExits75AndTheNextDaysContinueExactly() async throws {
        let probe = try await withSandbox { sandbox, _ in (sandbox.groundTruth(accountId: SandboxAccount.demo.accountId), sandbox.now) }
        let today = CivilDate(probe.1, in: SandboxAccount.demo.timeZone)
        let range = DateRange(from: today.adding(days: -5), to: today.adding(days: -2))!
        let instances = probe.0.endedInstances(from: range.from, to: range.to, asOf: probe.1).filter { $0.participantsCount >= 2 }
        try #require(instances.count >= 12, "the range needs instances to fan out over")
        // About three days' worth of cap: every run re-lists the meetings (a finished backfill reloads).
        let cap = instances.count / 3 + 3

        try await withClockedPipeline(cap: cap) { pipeline, clock in
            let backfill = ["backfill", "--from", "\(range.from)", "--to", "\(range.to)"]
            let done = "SELECT count(*)::text FROM etl.child_progress WHERE stream = 'meeting_participants' AND status = 'done'"
            let heavyToday = "SELECT coalesce(sum(requests), 0)::text FROM etl.quota_usage WHERE category = 'heavy' AND utc_day = (now() AT TIME ZONE 'UTC')::date"

            let first = try await pipeline.zoomETL(backfill[0], backfill[1], backfill[2], backfill[3], backfill[4])
            #expect(first.exitCode == 75, "\(first)")
            #expect(first.stderr.contains("daily request quota is spent"))
            #expect(try await pipeline.query("SELECT status FROM etl.runs") == [["quota_exhausted"]])
            // Every request Zoom counted is in the ledger, and the ledger stopped at the cap.
            #expect(try await pipeline.query(heavyToday) == [["\(cap)"]])
            let afterFirst = Int(try await pipeline.query(done).first?.first.flatMap { $0 } ?? "") ?? -1
            #expect(afterFirst > 0 && afterFirst < instances.count)

            // The same UTC day: nothing left, so the run stops at once and loads nothing more.
            let again = try await pipeline.zoomETL(backfill[0], backfill[1], backfill[2], backfill[3], backfill[4])
            #expect(again.exitCode == 75, "\(again)")
            #expect(try await pipeline.query(done) == [["\(afterFirst)"]])
            #expect(try await pipeline.query(heavyToday) == [["\(cap)"]], "a refused request is not counted")

            // Following days: Zoom's cap resets at UTC midnight, and so does the ledger's day (the
            // binary reads the real clock, so the test moves the recorded usage to yesterday).
            var previous = afterFirst
            var finished = false
            for _ in 0..<8 where !finished {
                clock.advance(by: .seconds(86_400))
                _ = try await pipeline.query("UPDATE etl.quota_usage SET utc_day = utc_day - 1")
                let next = try await pipeline.zoomETL(backfill[0], backfill[1], backfill[2], backfill[3], backfill[4])
                let now = Int(try await pipeline.query(done).first?.first.flatMap { $0 } ?? "") ?? -1
                #expect(now > previous, "each day's run continues where the last one stopped")
                previous = now
                if next.exitCode == 0 { finished = true } else { #expect(next.exitCode == 75, "\(next)") }
            }
            #expect(finished)

            // Exactly once: every instance fetched successfully once over all the runs, all rows there.
            let served = pipeline.sandbox.requestLog.filter { $0.path.hasSuffix("/participants") && $0.status == 200 }.map(\.path)
            #expect(served.count == instances.count)
            #expect(Set(served).count == instances.count)
            let truth = pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId)
            let rows = instances.reduce(0) { $0 + truth.reportParticipants(of: $1).count }
            #expect(try await pipeline.query("SELECT count(*)::text FROM zoom.meeting_participants") == [["\(rows)"]])
            let statuses = try await pipeline.query("SELECT status FROM etl.runs ORDER BY run_id").compactMap { $0.first ?? nil }
            #expect(statuses.last == "succeeded")
            #expect(statuses.dropLast().allSatisfy { $0 == "quota_exhausted" })
        }
    }
}
