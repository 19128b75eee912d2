import Testing
@testable import ZoomETL

@Suite struct ProgressDisplayTests {
    @Test(arguments: [
        (0, "0s"), (850, "850ms"), (42_400, "42s"), (187_000, "3m07s"), (3_720_000, "1h02m"),
    ])
    func durationsReadShort(milliseconds: Int, text: String) {
        #expect(ProgressDisplay.format(.milliseconds(milliseconds)) == text)
    }

    @Test func aStreamShowsItsUnitsRateAndTimeLeft() {
        let now = ContinuousClock.now
        var report = RunProgress.Stream(name: "daily_usage")
        report.phase = .done
        report.total = 30
        report.done = 30
        report.rows = 30
        report.requests = 2
        var fanOut = RunProgress.Stream(name: "meeting_qos")
        fanOut.phase = .running
        fanOut.unit = .instances
        fanOut.total = 400
        fanOut.done = 100
        fanOut.rows = 5_000
        fanOut.requests = 120
        fanOut.started = now - .seconds(10)
        fanOut.rateLimitWait = .seconds(8)
        let snapshot = RunProgress.Snapshot(account: "main", runId: 7, started: now - .seconds(75),
                                            streams: [report, fanOut, RunProgress.Stream(name: "users")])
        let lines = ProgressDisplay.render(snapshot, command: "backfill", now: now)
        #expect(lines[0] == "zoom-etl backfill · account main · run #7 · 1m15s elapsed")
        #expect(lines[1].hasPrefix("stream"))
        #expect(lines[3].hasPrefix("daily_usage  done: 30/30 days 100%"))
        // 100 instances in 10 s: 300 left take 30 s; 5000 rows in 10 s.
        let qos = lines[4].split(separator: " ", omittingEmptySubsequences: true)
        #expect(qos.map(String.init) == ["meeting_qos", "100/400", "instances", "25%", "120", "5000", "500/s", "8s", "30s"], "\(lines[4])")
        #expect(lines[5].split(separator: " ").map(String.init) == ["users", "waiting"])
    }
}
