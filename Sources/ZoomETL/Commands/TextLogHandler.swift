import Foundation
import Logging

/// Text log lines on stderr: `ts level label: key=value ... message`, one event per line.
///
/// Every control character is escaped, in the message, the label and each field: names from
/// `jobs.conf` and values Zoom sent (rejects, unparsable values, error messages) may hold a
/// newline that would start a forged line (`error … run_failed`) or an ANSI sequence that would
/// rewrite the terminal. JSON lines get the same from JSON's own escaping. On a terminal the
/// lines go above the live progress block instead of through it (`TerminalOutput`).
struct TextLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    let output: TerminalOutput

    init(label: String, output: TerminalOutput) {
        self.label = label
        self.output = output
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        output.writeLine(Self.line(event, label: label, metadata: metadata))
    }

    static func line(_ event: LogEvent, label: String, metadata: Logger.Metadata, timestamp: String = JSONLogHandler.timestamp()) -> String {
        let all = metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 })
        let fields = all.sorted { $0.key < $1.key }.map { " \(escaped($0.key))=\(escaped("\($0.value)"))" }.joined()
        return "\(timestamp) \(event.level) \(escaped(label)):\(fields) \(escaped("\(event.message)"))"
    }

    /// `text` with control characters (C0, DEL, C1), line and paragraph separators and the
    /// bidirectional overrides written as escapes: `\n`, `\r`, `\t`, else `\u{1B}`.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscape(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
