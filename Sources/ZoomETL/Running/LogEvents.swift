import Logging
import Records

extension Logger.MetadataValue {
    /// A number, written as a JSON number by `--log-format json`.
    static func number(_ value: Int) -> Self {
        .stringConvertible(value)
    }
}

extension Page {
    /// Warns once per page that held records Zoom sent which could not be typed (`etl.rejects`).
    func logRejects(_ logger: Logger) {
        guard let first = rejects.first else { return }
        logger.warning("records could not be typed; kept in etl.rejects with their JSON", metadata: [
            "event": "rejects", "rejects": .number(rejects.count), "reason": "\(first.reason)",
        ])
    }
}
