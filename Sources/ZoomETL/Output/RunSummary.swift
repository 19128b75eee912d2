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
                let status = outcome.skippedReason.map { "skipped: \(Self.firstLine($0))" } ?? (outcome.range == nil ? "up to date" : "ok")
                rows.append([result.account, name, outcome.range?.description ?? "-", "\(stats.inserted)", "\(stats.updated)",
                             "\(stats.deleted)", "\(stats.rejects)", "\(stats.requests)", status])
            }
            if let error = result.error {
                rows.append([result.account, "-", "-", "-", "-", "-", "-", "-", "failed: \(Self.firstLine(error))"])
            }
        }
        return TextTable(columns: ["account", "stream", "days", "inserted", "updated", "deleted", "rejects", "requests", "status"], rows: rows)
    }

    func print(with options: GlobalOptions) {
        options.say(table.render())
    }

    private static func firstLine(_ value: Any) -> String {
        String("\(value)".prefix { $0 != "\n" })
    }
}
