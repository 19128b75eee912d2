import Foundation
import Logging
import TestSupport
import Testing
@testable import ZoomETL

/// Finding 10 of issue 11: names from `jobs.conf` and values from Zoom reach text log lines with
/// their control characters escaped, so none can forge a line or drive the terminal.
@Suite struct TextLogInjectionTests {
    static let forged = "2026-12-03T00:00:00.000Z error zoom-etl: event=run_failed forged"

    @Test func anAccountNameWithANewlineAndEscapesForgesNoLogLine() async throws {
        let jobsConf = Pipeline.jobsConf.replacingOccurrences(of: "[accounts.main]", with: "[accounts.\"main\\n\(Self.forged)\\u001B[2J\\r\"]")
        try await withPipeline(jobsConf: jobsConf) { pipeline in
            let result = try await pipeline.zoomETL("run", "--log-format", "text")
            #expect(result.exitCode == 0, "\(result)")
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(!lines.contains { $0.hasPrefix(Self.forged) }, "\(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\r"), "\(result.stderr.debugDescription)")
            #expect(result.stderr.contains("account=main\\n\(Self.forged)\\u{1B}[2J\\r"), "\(result.stderr)")
        }
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("two\nlines", "two\\nlines"),
        ("cr\rtab\t", "cr\\rtab\\t"),
        ("\u{1B}[31mred", "\\u{1B}[31mred"),
        ("nul\u{0}del\u{7F}c1\u{85}", "nul\\u{0}del\\u{7F}c1\\u{85}"),
        ("ls\u{2028}ps\u{2029}rlo\u{202E}", "ls\\u{2028}ps\\u{2029}rlo\\u{202E}"),
        ("emoji 🎉 and é stay", "emoji 🎉 and é stay"),
    ])
    func controlCharactersAreEscaped(raw: String, shown: String) {
        #expect(TextLogHandler.escaped(raw) == shown)
    }

    /// A rejected value Zoom sent, in a warning's metadata and its message: one line, escaped.
    @Test func aRejectedValueIsPrintedEscaped() {
        let event = LogEvent(level: .warning, message: "Zoom sent values zoom-etl cannot read: \"a\u{1B}]0;pwned\u{7}\"",
                             metadata: ["event": "unparsable_values", "examples": .array(["\"x\n\(Self.forged)\""])],
                             source: "ZoomETL", file: #fileID, function: #function, line: #line)
        let line = TextLogHandler.line(event, label: "zoom-etl", metadata: ["account": "main"], timestamp: "T")
        #expect(!line.contains("\n") && !line.contains("\u{1B}") && !line.contains("\u{7}"), "\(line.debugDescription)")
        #expect(line.hasPrefix("T warning zoom-etl: account=main event=unparsable_values examples=["), "\(line)")
        #expect(line.hasSuffix("] Zoom sent values zoom-etl cannot read: \"a\\u{1B}]0;pwned\\u{7}\""), "\(line)")
    }
}
