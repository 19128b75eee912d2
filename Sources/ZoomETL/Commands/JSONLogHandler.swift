import Foundation
import Logging

/// A swift-log handler writing one JSON object per event to stderr: `ts`, `level`, `message`,
/// `label`, then the metadata keys (`event`, `account`, `run_id`, `stream`, ...; README lists
/// them). Counts given as numbers stay JSON numbers; lists stay arrays.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    let output: TerminalOutput

    init(label: String, output: TerminalOutput = .standardError) {
        self.label = label
        self.output = output
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var object: [String: Any] = ["ts": Self.timestamp(), "level": event.level.rawValue, "message": "\(event.message)", "label": label]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            object[key] = Self.json(value)
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        output.writeLine(String(decoding: data, as: UTF8.self))
    }

    /// RFC 3339 UTC with milliseconds: `2026-11-25T04:58:27.123Z`.
    static func timestamp(_ date: Date = Date()) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    private static func json(_ value: Logger.MetadataValue) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let number as Int): number
        case .stringConvertible(let number as Int64): number
        case .stringConvertible(let number as Double): number
        case .stringConvertible(let flag as Bool): flag
        case .stringConvertible(let other): other.description
        case .array(let values): values.map(json)
        case .dictionary(let values): values.mapValues(json)
        }
    }
}
