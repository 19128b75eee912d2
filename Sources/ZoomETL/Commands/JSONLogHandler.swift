import Foundation
import Logging
import Synchronization

/// A swift-log handler writing one JSON object per event to stderr: `ts`, `level`, `message`,
/// `label`, then the metadata keys (`account`, `run_id`, `stream`, ...).
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    private static let output = Mutex(())

    init(label: String) {
        self.label = label
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var object: [String: String] = ["ts": Date().ISO8601Format(.iso8601.time(includingFractionalSeconds: true).year().month().day().dateSeparator(.dash).timeSeparator(.colon).timeZone(separator: .omitted)),
                                         "level": event.level.rawValue, "message": "\(event.message)", "label": label]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            object[key] = "\(value)"
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        Self.output.withLock { _ in
            FileHandle.standardError.write(data + Data("\n".utf8))
        }
    }
}
