import Foundation
import TestSupport
import Testing

/// No `jobs.conf` can crash zoom-etl (issue 10): the built binary reads a seeded corpus of
/// mutations of the shipped file and hostile files, and each ends with exit 0–2 and no crash
/// report. `run` with a bad tuning variable stops right after reading `jobs.conf`, before any
/// database or Zoom: its message tells a file that parsed from one that did not.
@Suite struct JobsFileFuzzTests {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("jobs.conf")
    /// Printed only once `jobs.conf` is read and valid.
    static let parsedMarker = "ZOOM_ETL_HTTP_TIMEOUT_MS must be a positive whole number"
    static let crashMarkers = ["Fatal error", "Assertion", "Program crashed", "Stack dump", "stack trace", "Segmentation", "Aborted"]

    @Test(.timeLimit(.minutes(10))) func noJobsFileCrashesZoomETL() async throws {
        let original = try Data(contentsOf: Self.shipped)
        var corpus = JobsFileCorpus(seed: 0x10_06)
        var cases: [(name: String, bytes: Data)] = [("shipped", original)]
        cases += (0..<1_000).map { ("mutation \($0)", corpus.mutate(original)) }
        cases += JobsFileCorpus.hostile(original)

        let directory = try temporaryJobsDirectory("")
        defer { try? FileManager.default.removeItem(at: directory) }
        let started = ContinuousClock.now
        let outcomes = try await withThrowingTaskGroup(of: (Int, Outcome).self) { group in
            var outcomes: [Outcome?] = Array(repeating: nil, count: cases.count)
            for (index, entry) in cases.enumerated() {
                // Four at a time: the machine is shared, and launches are mostly dynamic linking.
                if index >= 4, let (done, outcome) = try await group.next() { outcomes[done] = outcome }
                let file = directory.appendingPathComponent("case-\(index).conf")
                try entry.bytes.write(to: file)
                group.addTask { (index, try await Self.run(config: file, in: directory)) }
            }
            for try await (done, outcome) in group { outcomes[done] = outcome }
            return outcomes
        }
        let elapsed = ContinuousClock.now - started

        var parsed = 0, refused = 0
        for (index, (entry, outcome)) in zip(cases, outcomes).enumerated() {
            guard let outcome else { Issue.record("\(entry.name): did not run"); continue }
            let path = directory.appendingPathComponent("case-\(index).conf").path
            let stderr = String(decoding: outcome.stderr, as: UTF8.self)
            let summary = "\(entry.name): \(outcome.reason == .exit ? "exit" : "signal") \(outcome.status)\n\(stderr.prefix(2_000))"
            #expect(outcome.reason == .exit && (0...2).contains(outcome.status), "\(summary)")
            #expect(!Self.crashMarkers.contains { stderr.contains($0) }, "\(summary)")
            guard outcome.status == 2 else { continue }
            if stderr.contains(Self.parsedMarker) {
                parsed += 1
            } else {
                refused += 1
                #expect(stderr.contains(path), "exit 2 must name the file: \(summary)")
                if stderr.contains("TOML syntax error") { #expect(stderr.contains(path + ":"), "a syntax error names its line: \(summary)") }
            }
        }
        let shipped = String(decoding: outcomes.first??.stderr ?? Data(), as: UTF8.self)
        #expect(shipped.contains(Self.parsedMarker), "the shipped file is valid: \(shipped)")
        #expect(parsed > 0 && refused > 0, "parsed \(parsed), refused \(refused)")
        print("jobs.conf fuzz: \(cases.count) files, \(parsed) read, \(refused) refused naming the file, in \(elapsed)")
    }

    struct Outcome: Sendable {
        let reason: Process.TerminationReason
        let status: Int32
        let stderr: Data
    }

    /// Runs `zoom-etl run --config file` with no database and no Zoom; stderr goes to a file, so
    /// a long message cannot fill a pipe, and the exit is awaited without blocking a thread. A
    /// hang is caught by the test's time limit.
    static func run(config: URL, in directory: URL) async throws -> Outcome {
        let errors = config.appendingPathExtension("stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = ZoomETLBinary.url
        process.arguments = ["run", "--config", config.path]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": directory.path, "ZOOM_ETL_HTTP_TIMEOUT_MS": "soon"]
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let handle = try FileHandle(forWritingTo: errors)
        defer { try? handle.close() }
        process.standardError = handle
        let exited = AsyncStream<Void> { continuation in process.terminationHandler = { _ in continuation.finish() } }
        try process.run()
        for await _ in exited {}
        return Outcome(reason: process.terminationReason, status: process.terminationStatus, stderr: try Data(contentsOf: errors))
    }
}
