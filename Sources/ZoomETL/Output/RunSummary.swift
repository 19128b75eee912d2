import Extractors
import Foundation

/// The closing table of `run` and `backfill` on stdout: per account and stream, what was read and loaded.
struct RunSummary {
    let results: [AccountResult]

    init(_ results: [AccountResult]) {
        self.results = results
    }

    var table: TextTable {
        var rows: [[String]] = []
        for result in results {
            if let error = result.error, result.streams.isEmpty {
                rows.append([result.account, "-", "-", "-", "-", "-", "-", "-", "failed: \(Self.firstLine(error))"])
                continue
            }
            for (name, outcome) in result.streams {
                let stats = outcome.stats
                rows.append([result.account, name.rawValue, Self.scope(outcome), "\(stats.inserted)", "\(stats.updated)",
                             "\(stats.deleted)", "\(stats.rejects)", "\(stats.requests)", Self.status(outcome)])
            }
            if let error = result.error, !(error is RunIncomplete) {
                rows.append([result.account, "-", "-", "-", "-", "-", "-", "-", "failed: \(Self.firstLine(error))"])
            }
        }
        return TextTable(columns: ["account", "stream", "read", "inserted", "updated", "deleted", "rejects", "requests", "status"], rows: rows)
    }

    func print(with options: GlobalOptions) {
        options.say(table.render())
    }

    /// What the stream read: its days, or for a fan-out stream the instances it committed.
    private static func scope(_ outcome: StreamOutcome) -> String {
        if let range = outcome.range { return range.description }
        return outcome.instances > 0 ? "\(outcome.instances) instances" : "-"
    }

    private static func status(_ outcome: StreamOutcome) -> String {
        if let reason = outcome.skippedReason {
            let short = reason.count > 70 ? reason.prefix(67) + "..." : Substring(reason)
            return "skipped: \(firstLine(short))"
        }
        var notes: [String] = []
        if outcome.goneInstances > 0 { notes.append("\(outcome.goneInstances) gone from Zoom") }
        if let reason = outcome.webinarsSkippedReason { notes.append("\(outcome.skippedInstances) webinars skipped: \(firstLine(reason.prefix(50)))") }
        if outcome.givenUpInstances > 0 { notes.append("\(outcome.givenUpInstances) given up") }
        if outcome.failedInstances > 0 {
            return (["incomplete: \(outcome.failedInstances) instance\(outcome.failedInstances == 1 ? "" : "s") failed (retried next run)"] + notes)
                .joined(separator: ", ")
        }
        if outcome.givenUpInstances > 0 { return (["incomplete"] + notes).joined(separator: ", ") }
        return (["ok"] + notes).joined(separator: ", ")
    }

    private static func firstLine(_ value: Any) -> String {
        String("\(value)".prefix { $0 != "\n" })
    }
}
