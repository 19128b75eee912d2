import Foundation
import Warehouse

/// `zoom-etl status` for people: per account a few lines, a table of streams, and what needs a look.
extension StatusReport {
    func renderText() -> String {
        var lines = ["job \(job) at \(generatedAt.ISO8601Format())"
                     + (maxLagHours.map { ", stale after \(Self.number($0)) h without a successful load" } ?? "")]
        if !pendingMigrations.isEmpty {
            lines.append("note: \(pendingMigrations.count) migration\(pendingMigrations.count == 1 ? "" : "s") pending "
                         + "(\(pendingMigrations.joined(separator: ", "))): run `zoom-etl migrate`")
        }
        for account in accounts {
            lines.append("")
            lines += header(account)
            lines.append("")
            lines.append(table(account).render())
            lines += notes(account)
        }
        return lines.joined(separator: "\n")
    }

    private func header(_ account: Account) -> [String] {
        var lines = ["account \(account.settings.name) (Zoom account \(account.accountId), plan \(account.settings.plan.rawValue))"]
        if let run = account.lastRun {
            let ended = run.finishedAt.map { " to \($0)" } ?? " (still running)"
            lines.append("last run: #\(run.runId) \(run.command) \(run.status.rawValue), \(run.startedAt)\(ended)"
                         + (run.error.map { ": \(Self.firstLine($0, limit: 160))" } ?? ""))
        } else {
            lines.append("last run: none yet for job \(job)")
        }
        let caps = account.quotaToday.map { "\($0.categories) \($0.used) of \($0.cap.limit)" }
        lines.append("daily quota today (UTC): \(caps.isEmpty ? "no daily cap" : caps.joined(separator: ", ")) (requests zoom-etl's runs "
                     + "sent, retries and runs in progress included, from etl.quota_usage; other apps on the account not counted)")
        return lines
    }

    private func table(_ account: Account) -> TextTable {
        let rows = account.streams.map { stream in
            [stream.name.rawValue, Self.position(stream), stream.state.lastSuccessAt ?? "never",
             stream.lagHours.map { Self.age(hours: $0) } ?? "-", stream.state.lastRunRows.map(String.init) ?? "-",
             "\(stream.rowsTotal)", state(stream)]
        }
        return TextTable(columns: ["stream", "checkpoint", "last success", "lag", "rows last run", "rows total", "state"], rows: rows)
    }

    /// Where the stream stands: a report stream's last complete day, a fan-out stream's instances done.
    private static func position(_ stream: Stream) -> String {
        if let instances = stream.instances { return "\(instances.done) instances done" }
        guard let cursor = stream.state.checkpoint else { return "-" }
        return cursor.through.map { "through \($0)" } ?? "-"
    }

    private func state(_ stream: Stream) -> String {
        var parts: [String] = []
        if stream.isUnavailable { parts.append("unavailable (see below)") }
        if stream.state.lastError != nil { parts.append("a later run failed (see below)") }
        if let instances = stream.instances {
            if instances.failing > 0 { parts.append("\(instances.failing) instance\(instances.failing == 1 ? "" : "s") failing") }
            if instances.givenUp > 0 { parts.append("\(instances.givenUp) given up") }
        }
        if let maxLagHours, stream.isStale(maxLagHours: maxLagHours) {
            parts.append(stream.lagHours == nil ? "STALE: never loaded" : "STALE")
        } else if stream.lagHours == nil {
            parts.append("never loaded")
        }
        return parts.isEmpty ? "ok" : parts.joined(separator: "; ")
    }

    private func notes(_ account: Account) -> [String] {
        var lines: [String] = []
        let unavailable = account.streams.filter(\.isUnavailable)
        if !unavailable.isEmpty {
            lines += ["", "unavailable to this account (runs skip them; the plan or an add-on lacks them):"]
            lines += unavailable.map { stream in
                "  \(stream.name): \(stream.availability?.reason ?? "no reason recorded") (found \(stream.availability?.checkedAt ?? "?"))"
            }
        }
        let failed = account.streams.filter { $0.state.lastError != nil }
        if !failed.isEmpty {
            lines += ["", "failed since the last success (the next run continues from the checkpoint):"]
            lines += failed.map { "  \($0.name): \($0.state.lastErrorAt ?? "?"): \(Self.firstLine($0.state.lastError ?? "", limit: 200))" }
        }
        let fanOut = account.streams.filter { ($0.instances?.failing ?? 0) + ($0.instances?.givenUp ?? 0) > 0 }
        if !fanOut.isEmpty {
            lines += ["", "failing instances (retried by later runs; given up after \(Self.fanOutMaxAttempts) failed attempts):"]
            var rows: [[String]] = []
            for stream in fanOut {
                let instances = stream.instances!
                for failure in instances.failures {
                    rows.append([stream.name.rawValue, failure.parent, "\(failure.attempts)", failure.attempts >= Self.fanOutMaxAttempts ? "given up" : "retrying",
                                 Self.firstLine(failure.lastError ?? "", limit: 120)])
                }
                let more = instances.failing + instances.givenUp - instances.failures.count
                if more > 0 { rows.append([stream.name.rawValue, "(\(more) more)", "", "", ""]) }
            }
            lines.append(TextTable(columns: ["stream", "meeting_uuid", "attempts", "state", "last error"], rows: rows).render())
        }
        return lines
    }

    static func firstLine(_ text: String, limit: Int) -> String {
        let line = text.prefix { $0 != "\n" }
        return line.count > limit ? line.prefix(limit - 3) + "..." : String(line)
    }
}
