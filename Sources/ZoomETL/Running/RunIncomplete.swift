import Extractors
import Foundation

/// A run that loaded all it could but not all it was asked for: some instances failed. It ends
/// with exit 1 (DESIGN.md, exit codes), after every stream ran and every loadable row committed.
struct RunIncomplete: Error, CustomStringConvertible {
    /// Per stream with failed instances: how many, and the first few UUIDs.
    let streams: [(name: String, failed: Int, examples: [String])]
    /// What each stream did, for the summary table.
    let outcomes: [(name: String, outcome: StreamOutcome)]

    init?(_ outcomes: [(name: String, outcome: StreamOutcome)]) {
        let failing = outcomes.filter { $0.outcome.failedInstances > 0 }
        guard !failing.isEmpty else { return nil }
        streams = failing.map { ($0.name, $0.outcome.failedInstances, $0.outcome.failedExamples) }
        self.outcomes = outcomes
    }

    var description: String {
        let parts = streams.map { stream in
            let more = stream.failed > stream.examples.count ? ", …" : ""
            return "\(stream.name): \(stream.failed) instance\(stream.failed == 1 ? "" : "s") (\(stream.examples.joined(separator: ", "))\(more))"
        }
        return "the run is incomplete: Zoom did not serve \(parts.joined(separator: "; ")); they are recorded in etl.child_progress, `zoom-etl status` lists them, and the next run retries them"
    }

    /// A fan-out that stopped because instance after instance failed: Zoom is down for the stream.
    struct StreamStopped: Error, CustomStringConvertible {
        let stream: String
        let failures: Int
        let last: ZoomError

        var description: String {
            "\(stream): \(failures) instances in a row failed, so the stream stopped; last: \(last); what loaded is kept and the next run continues"
        }
    }
}
