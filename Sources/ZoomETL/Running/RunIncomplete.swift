import Extractors
import Foundation
import Records

/// A run that loaded all it could but not all it was asked for: some instances failed. It ends
/// with exit 1 (DESIGN.md, exit codes), after every stream ran and every loadable row committed.
struct RunIncomplete: Recoverable, CustomStringConvertible {
    /// Per stream with failed instances: how many, and the first few UUIDs; and those given up.
    let streams: [(name: StreamName, failed: Int, examples: [String], givenUp: Int, givenUpExamples: [String])]
    /// What each stream did, for the summary table.
    let outcomes: [(name: StreamName, outcome: StreamOutcome)]

    init?(_ outcomes: [(name: StreamName, outcome: StreamOutcome)]) {
        let failing = outcomes.filter { $0.outcome.failedInstances > 0 || $0.outcome.givenUpInstances > 0 }
        guard !failing.isEmpty else { return nil }
        streams = failing.map { ($0.name, $0.outcome.failedInstances, $0.outcome.failedExamples, $0.outcome.givenUpInstances, $0.outcome.givenUpExamples) }
        self.outcomes = outcomes
    }

    var description: String {
        func list(_ count: Int, _ examples: [String]) -> String {
            "\(count) instance\(count == 1 ? "" : "s") (\(examples.joined(separator: ", "))\(count > examples.count ? ", …" : ""))"
        }
        let failed = streams.filter { $0.failed > 0 }.map { "\($0.name): \(list($0.failed, $0.examples))" }
        let givenUp = streams.filter { $0.givenUp > 0 }.map { "\($0.name): \(list($0.givenUp, $0.givenUpExamples))" }
        var sentences: [String] = []
        if !failed.isEmpty {
            sentences.append("Zoom did not serve \(failed.joined(separator: "; ")); they are recorded in etl.child_progress, `zoom-etl status` lists them, and the next run retries them")
        }
        if !givenUp.isEmpty {
            sentences.append("given up after failing \(FanOutLoader.defaultMaxAttempts) runs in a row: \(givenUp.joined(separator: "; ")); nightly runs no longer ask for them, a `zoom-etl backfill` of their days does")
        }
        return "the run is incomplete: " + sentences.joined(separator: "; ")
    }

    /// Instances failed; every other row loaded (exit 1).
    var recovery: Recovery { .failInstance }

    /// A fan-out that stopped because instance after instance failed: Zoom is down for the stream.
    struct StreamStopped: Recoverable, CustomStringConvertible {
        let stream: StreamName
        let failures: Int
        let last: ZoomError

        var description: String {
            "\(stream): \(failures) instances in a row failed, so the stream stopped; last: \(last); what loaded is kept and the next run continues"
        }

        var recovery: Recovery { .fatal(.failure) }
    }
}
