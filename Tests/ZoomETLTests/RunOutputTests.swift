import Foundation
import TestSupport
import Testing
import ZoomSandbox
@testable import ZoomETL

/// What `run` and `backfill` tell the people watching them: `--log-format json` events with the
/// keys README documents, and the live progress display on a terminal only.
@Suite struct RunOutputTests {
    /// Every key README promises on every event, and the per-event keys of the run and stream events.
    static let everyLine: Set = ["ts", "level", "message", "label"]
    static let runKeys: Set = ["event", "account", "run_id"]
    static let streamFinishedKeys: Set = ["stream", "status", "duration_ms", "rows", "inserted", "updated", "deleted", "rejects", "nullified",
                                          "requests", "instances", "failed_instances", "rate_limit_wait_ms",
                                          "empty_values", "unparsable_values", "gone_instances"]

    @Test func jsonLogLinesParseAndCarryTheDocumentedKeys() async throws {
        // Retries and rejects, so those events appear too.
        let faults = FaultPlan(seed: 3, rates: [.serverError: .init(0.05, limit: 3), .wrongTypes: .init(0.05)])
        try await Reliability.withPipeline(faults: faults) { pipeline in
            let result = try await pipeline.zoomETL(Reliability.backfill + ["--log-format", "json"], overrides: Reliability.fastClient)
            #expect(result.exitCode == 0, "\(result)")
            let lines = result.stderr.split(separator: "\n")
            let events = try lines.map { line in
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                return try #require(object, "not a JSON object: \(line)")
            }
            for event in events {
                #expect(Self.everyLine.isSubset(of: event.keys), "\(event)")
            }
            func named(_ name: String) -> [[String: Any]] { events.filter { $0["event"] as? String == name } }

            let started = try #require(named("run_started").first)
            #expect(Self.runKeys.union(["job", "command", "streams"]).isSubset(of: started.keys), "\(started)")
            // The all-streams job, in the catalog's load order.
            #expect(started["streams"] as? [String] == StreamCatalog.all.map(\.name.rawValue))
            let finished = try #require(named("run_finished").first)
            #expect(finished["status"] as? String == "succeeded")
            #expect(((finished["requests"] as? [String: Int])?["heavy"] ?? 0) > 0, "\(finished)")

            // One start and one end per stream, whose counts are the ones etl.runs recorded.
            let recorded = try await pipeline.query("SELECT streams::text FROM etl.runs").first?.first ?? nil
            let byStream = try #require(try JSONSerialization.jsonObject(with: Data((recorded ?? "{}").utf8)) as? [String: [String: Int]])
            #expect(named("stream_started").compactMap { $0["stream"] as? String } == started["streams"] as? [String])
            for end in named("stream_finished") {
                #expect(Self.runKeys.union(Self.streamFinishedKeys).isSubset(of: end.keys), "\(end)")
                let stream = try #require(end["stream"] as? String)
                for key in ["rows", "inserted", "rejects", "nullified"] {
                    #expect(end[key] as? Int == byStream[stream]?[key], "\(stream) \(key)")
                }
            }
            #expect(named("stream_finished").count == StreamCatalog.all.count)

            let retries = named("retry")
            #expect(!retries.isEmpty, "the 5xx faults must have been retried")
            #expect(retries.allSatisfy { $0["attempt"] is Int && $0["wait_ms"] is Int && $0["endpoint"] is String })
            let rejects = named("rejects")
            #expect(!rejects.isEmpty, "the wrong types must have been rejected")
            #expect(rejects.reduce(0) { $0 + ($1["rejects"] as? Int ?? 0) } == byStream.values.reduce(0) { $0 + ($1["rejects"] ?? 0) })
        }
    }

    @Test func progressIsDrawnOnATerminalAndNowhereElse() async throws {
        try await Reliability.withPipeline { pipeline in
            let environment = pipeline.environment.merging(Reliability.fastClient) { $1 }
            let shown = try await ZoomETLBinary.runOnTerminal(Reliability.backfill, environment: environment, in: pipeline.directory)
            #expect(shown.exitCode == 0, "\(shown)")
            #expect(shown.stdout.contains("zoom-etl backfill · account main · run #"), "\(shown)")
            #expect(shown.stdout.contains("rate-limit wait"))
            #expect(shown.stdout.contains("\u{1B}["), "the block is redrawn in place")
            // The final frame: every stream done, with its units counted.
            #expect(shown.stdout.contains("done: 3/3 days 100%"))
            let instances = try await pipeline.query("SELECT count(*)::text FROM zoom.meetings").first?.first ?? nil
            #expect(shown.stdout.contains("done: \(instances ?? "?")/\(instances ?? "?") instances 100%"), "\(shown)")

            // A rerun reloads the range; off a terminal it is logs and the summary only.
            let plain = try await pipeline.zoomETL(Reliability.backfill, overrides: Reliability.fastClient)
            #expect(plain.exitCode == 0, "\(plain)")
            #expect(!plain.stderr.contains("\u{1B}[") && !plain.stderr.contains("rate-limit wait"), "\(plain)")
            #expect(plain.stdout.contains("meeting_qos"), "the summary table")

            let quiet = try await ZoomETLBinary.runOnTerminal(Reliability.backfill + ["--quiet"], environment: environment, in: pipeline.directory)
            #expect(quiet.exitCode == 0, "\(quiet)")
            #expect(!quiet.stdout.contains("rate-limit wait") && !quiet.stdout.contains("\u{1B}["), "\(quiet)")
        }
    }
}
