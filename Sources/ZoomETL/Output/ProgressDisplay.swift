import Extractors
import Foundation

/// The live progress of `run` and `backfill` on a terminal: a table per account, redrawn twice
/// a second at the bottom of stderr while log lines scroll above it. Nothing of it is drawn off a
/// terminal or with `--quiet`: logs and the closing summary say what a scheduler needs.
struct ProgressDisplay: Sendable {
    let output: TerminalOutput
    let command: String
    static let interval = Duration.milliseconds(500)

    /// The display for this process, or nil when nothing may be drawn.
    static func forTerminal(command: String, quiet: Bool) -> ProgressDisplay? {
        let output = TerminalOutput.standardError
        guard output.isInteractive, !quiet else { return nil }
        return ProgressDisplay(output: output, command: command)
    }

    /// Runs `body`, showing `progress` meanwhile when there is a display.
    static func show<T: Sendable>(_ progress: RunProgress, on display: ProgressDisplay?, during body: () async throws -> T) async rethrows -> T {
        guard let display else { return try await body() }
        return try await display.showing(progress, during: body)
    }

    /// Redraws `progress` until `body` returns, then draws its final state and leaves it on screen.
    func showing<T: Sendable>(_ progress: RunProgress, during body: () async throws -> T) async rethrows -> T {
        let refresher = Task {
            while !Task.isCancelled {
                output.draw(Self.render(progress.snapshot(), command: command))
                try? await Task.sleep(for: Self.interval)
            }
        }
        defer {
            refresher.cancel()
            output.draw(Self.render(progress.snapshot(), command: command))
            output.release()
        }
        return try await body()
    }

    /// The block's lines: a heading, then one row per stream.
    static func render(_ snapshot: RunProgress.Snapshot, command: String, now: ContinuousClock.Instant = .now) -> [String] {
        let run = snapshot.runId.map { " · run #\($0)" } ?? ""
        let heading = "zoom-etl \(command) · account \(snapshot.account)\(run) · \(format(now - snapshot.started)) elapsed"
        let rows = snapshot.streams.map { stream -> [String] in
            guard stream.phase != .waiting else { return [stream.name.rawValue, "waiting", "", "", "", "", ""] }
            let rowRate = stream.rowsPerSecond.map { "\(Int($0.rounded()))/s" }
            return [stream.name.rawValue, progressCell(stream), "\(stream.requests)", "\(stream.rows)", rowRate ?? "-",
                    format(stream.rateLimitWait), stream.remaining.map(format) ?? "-"]
        }
        let table = TextTable(columns: ["stream", "progress", "requests", "rows", "rows/s", "rate-limit wait", "ETA"], rows: rows)
        return [heading] + table.render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static func progressCell(_ stream: RunProgress.Stream) -> String {
        let count: String
        if let total = stream.total {
            let percent = total == 0 ? 100 : stream.done * 100 / total
            count = "\(stream.done)/\(total) \(stream.unit.rawValue) \(percent)%"
        } else {
            count = "\(stream.done) \(stream.unit.rawValue)"
        }
        switch stream.phase {
        case .waiting: return "waiting"
        case .running: return count
        case .done: return "done: \(count)"
        case .skipped: return "skipped: not entitled"
        case .failed: return "stopped: \(count)"
        }
    }

    /// `850ms`, `42s`, `3m07s`, `1h02m`.
    static func format(_ duration: Duration) -> String {
        let milliseconds = max(0, duration.milliseconds)
        if milliseconds < 1000 { return milliseconds == 0 ? "0s" : "\(milliseconds)ms" }
        let seconds = milliseconds / 1000
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m\(pad(seconds % 60))s" }
        return "\(seconds / 3600)h\(pad(seconds / 60 % 60))m"
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
