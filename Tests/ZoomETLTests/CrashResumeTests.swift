import Foundation
import Records
import TestSupport
import Testing
import Warehouse
import ZoomSandbox

/// DESIGN.md guarantee 1: a crash at any instant followed by a rerun leaves the warehouse as an
/// uninterrupted run leaves it. zoom-etl is SIGKILLed (no handler runs) at seeded instants spread
/// over a multi-stream backfill, and at moments it is inside a page's transaction.
@Suite struct CrashResumeTests {
    /// Some records come with a number as a string, always the same ones: the runs have rejects,
    /// which a resumed run must not store twice.
    static let quirks = FaultPlan(seed: 99, rates: [.wrongTypes: .init(0.03)])

    /// How one kill is timed: after a delay, or at the first sight of an open write transaction
    /// after a delay (mid-COPY, mid-merge, before a commit).
    enum KillPoint: CustomStringConvertible {
        case after(Duration)
        case inTransaction(after: Duration)
        /// Once the sandbox has answered this many requests.
        case afterRequests(Int)
        /// While a COPY is in flight, the first one seen after this many requests.
        case duringCopy(afterRequests: Int)

        var description: String {
            switch self {
            case .after(let delay): "at \(delay)"
            case .inTransaction(let delay): "in a transaction after \(delay)"
            case .afterRequests(let count): "after \(count) requests"
            case .duringCopy(let count): "during a COPY after \(count) requests"
            }
        }
    }

    @Test func killedByProgressInABackfillAndANightlyRunTheWarehouseEqualsAnUninterruptedRuns() async throws {
        let streaming = ["ZOOM_ETL_INSTANCE_BUFFER_ROWS": "1"]
        let commands = [Reliability.backfill, ["run"]]
        var references: [[String]: WarehouseFingerprint] = [:]
        for command in commands {
            references[command] = try await Reliability.withPipeline(faults: Self.quirks) { pipeline in
                let result = try await pipeline.zoomETL(command)
                #expect(result.exitCode == 0, "\(result)")
                return try await WarehouseFingerprint.of(pipeline.databaseURL)
            }
        }
        let cases: [(command: [String], point: KillPoint, overrides: [String: String])] = [
            (Reliability.backfill, .afterRequests(25), [:]), (Reliability.backfill, .afterRequests(90), [:]),
            (Reliability.backfill, .duringCopy(afterRequests: 40), [:]), (Reliability.backfill, .duringCopy(afterRequests: 30), streaming),
            (["run"], .afterRequests(60), [:]), (["run"], .duringCopy(afterRequests: 20), [:]), (["run"], .duringCopy(afterRequests: 30), streaming),
        ]
        // Three at a time, as the timed kills run.
        let runs = cases.compactMap { run in references[run.command].map { (run, $0) } }
        let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
            var pending = runs.makeIterator()
            var outcomes: [String] = []
            var running = 0
            while true {
                while running < 3, let (run, reference) = pending.next() {
                    group.addTask { try await Self.crashAndResume(run.point, reference: reference, command: run.command, overrides: run.overrides) }
                    running += 1
                }
                guard let outcome = try await group.next() else { break }
                running -= 1
                outcomes.append(outcome)
            }
            return outcomes
        }
        #expect(outcomes.count == cases.count)
        print("crash-resume by progress:\n  " + outcomes.joined(separator: "\n  "))
    }

    @Test func killedAtAnyInstantAndRerunTheWarehouseEqualsAnUninterruptedRuns() async throws {
        // The uninterrupted run: its warehouse, and how long it takes.
        let (reference, duration) = try await Reliability.withPipeline(faults: Self.quirks) { pipeline in
            let start = ContinuousClock.now
            let result = try await pipeline.zoomETL(Reliability.backfill)
            let duration = ContinuousClock.now - start
            #expect(result.exitCode == 0, "\(result)")
            // The reference itself equals the ground truth (but for the rejected records), so a
            // value wrong or a stream skipped in every run cannot pass as "identical".
            try await pipeline.expectWarehouseEqualsTruth(from: Reliability.window.from, to: Reliability.window.to, excusingRejects: true)
            return (try await WarehouseFingerprint.of(pipeline.databaseURL), duration)
        }
        #expect(!reference.rejects.isEmpty, "the quirks must produce rejects")

        // Ten instants, one in each tenth of the run (seeded), and two in-transaction kills.
        var numbers = SeededNumbers(seed: 2026)
        var points: [KillPoint] = (0..<10).map { slot in .after(duration * ((Double(slot) + numbers.unit()) / 10)) }
        points += [0.3, 0.7].map { .inTransaction(after: duration * $0) }

        // Three at a time, each on its own database and sandbox: the runs are paced by Zoom's
        // rate limits, not by CPU, so they barely slow each other.
        let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
            var pending = points.makeIterator()
            var outcomes: [String] = []
            for _ in 0..<3 {
                if let point = pending.next() { group.addTask { try await Self.crashAndResume(point, reference: reference) } }
            }
            while let outcome = try await group.next() {
                outcomes.append(outcome)
                if let point = pending.next() { group.addTask { try await Self.crashAndResume(point, reference: reference) } }
            }
            return outcomes
        }
        #expect(outcomes.count == points.count)
        print("crash-resume (uninterrupted run: \(duration)):\n  " + outcomes.joined(separator: "\n  "))
    }

    /// Starts the backfill, kills it at `point`, reruns until it completes, and compares.
    static func crashAndResume(_ point: KillPoint, reference: WarehouseFingerprint, command: [String] = Reliability.backfill,
                               overrides: [String: String] = [:]) async throws -> String {
        try await Reliability.withPipeline(faults: quirks) { pipeline in
            let environment = pipeline.environment.merging(overrides) { $1 }
            let process = try ZoomETLBinary.start(command, environment: environment, in: pipeline.directory)
            var seen = "\(command[0]) killed \(point)\(overrides.isEmpty ? "" : " with \(overrides)")"
            switch point {
            case .afterRequests(let count):
                while process.isRunning && pipeline.sandbox.requestLog.count < count { try await Task.sleep(for: .milliseconds(1)) }
            case .duringCopy(let count):
                while process.isRunning && pipeline.sandbox.requestLog.count < count { try await Task.sleep(for: .milliseconds(1)) }
                seen += try await waitForWriteTransaction(pipeline.databaseURL, copying: true, while: { process.isRunning })
                    .map { " (during \(String(reflecting: $0.query)))" } ?? " (no COPY seen)"
            case .after(let delay):
                try await Task.sleep(for: delay)
            case .inTransaction(let delay):
                try await Task.sleep(for: delay)
                seen += try await waitForWriteTransaction(pipeline.databaseURL, while: { process.isRunning })
                    .map { " (during \(String(reflecting: $0.query)))" } ?? " (no transaction seen)"
            }
            let finishedFirst = !process.isRunning
            try await killHard(process)
            if finishedFirst { seen += " (it had already finished)" }
            let committed = try await pipeline.query("SELECT count(*)::text FROM etl.child_progress").first?.first ?? nil
            seen += ", \(committed ?? "no") instances committed"

            // Rerun until it completes; the dead session's lock may outlive it for a moment (75).
            var reruns = 0
            while true {
                reruns += 1
                let result = try await pipeline.zoomETL(command, overrides: overrides)
                if result.exitCode == 0 { break }
                #expect(result.exitCode == 75 && reruns < 20, "rerun after being \(seen): \(result)")
                guard result.exitCode == 75, reruns < 20 else { return seen }
                try await Task.sleep(for: .milliseconds(200))
            }
            let fingerprint = try await WarehouseFingerprint.of(pipeline.databaseURL)
            #expect(fingerprint == reference, "after being \(seen): differs in \(fingerprint.differences(from: reference))")
            // etl.rejects: each record once, whichever runs read it.
            #expect(try await pipeline.query("SELECT count(*) = count(DISTINCT (stream, raw_json)) FROM etl.rejects") == [["t"]])
            #expect(try await pipeline.query("SELECT count(*)::text FROM etl.runs WHERE status = 'running'") == [["0"]],
                    "the killed run must be marked abandoned")
            return seen + ", \(reruns) rerun(s)"
        }
    }

    /// Polls `pg_stat_activity` until zoom-etl's session holds a transaction that has written
    /// (a COPY into staging, a merge, progress); returns that session's pid and the start of its
    /// query, or nil once `running()` says the run has ended.
    static func waitForWriteTransaction(_ databaseURL: String, copying: Bool = false, while running: () -> Bool) async throws -> (pid: String, query: String)? {
        try await Warehouse.withSession(databaseURL, logger: TestDatabase.logger) { observer in
            while running() {
                let rows = try await observer.queryRows("""
                    SELECT pid::text, left(query, 40) FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
                      AND (NOT $1::boolean OR (state = 'active' AND query LIKE 'COPY%'))
                    """, [copying ? "true" : "false"])
                if let row = rows.first, let pid = row[0] { return (pid, row[1] ?? "") }
                try await Task.sleep(for: .milliseconds(1))
            }
            return nil
        }
    }
}
