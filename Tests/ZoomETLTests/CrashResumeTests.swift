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

        var description: String {
            switch self {
            case .after(let delay): "at \(delay)"
            case .inTransaction(let delay): "in a transaction after \(delay)"
            }
        }
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
    static func crashAndResume(_ point: KillPoint, reference: WarehouseFingerprint) async throws -> String {
        try await Reliability.withPipeline(faults: quirks) { pipeline in
            let process = try ZoomETLBinary.start(Reliability.backfill, environment: pipeline.environment, in: pipeline.directory)
            var seen = "killed \(point)"
            switch point {
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
                let result = try await pipeline.zoomETL(Reliability.backfill)
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
    static func waitForWriteTransaction(_ databaseURL: String, while running: () -> Bool) async throws -> (pid: String, query: String)? {
        let observer = try await Warehouse.connect(databaseURL, logger: TestDatabase.logger)
        defer { Task { await observer.close() } }
        while running() {
            let rows = try await observer.queryRows("""
                SELECT pid::text, left(query, 40) FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
                """)
            if let row = rows.first, let pid = row[0] { return (pid, row[1] ?? "") }
            try await Task.sleep(for: .milliseconds(1))
        }
        return nil
    }
}
