import Records

/// A problem with `jobs.conf`, the environment or the command line: exit 2, naming where.
struct ConfigurationError: Recoverable, CustomStringConvertible {
    let file: String?
    let line: Int?
    /// The dotted key, e.g. `jobs.nightly.lookback_days`.
    let key: String?
    let message: String

    init(file: String? = nil, line: Int? = nil, key: String? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    var description: String {
        var place = ""
        if let file { place += file + (line.map { ":\($0)" } ?? "") + ": " }
        if let key { place += "\(key): " }
        return place + message
    }

    var recovery: Recovery { .fatal(.configuration) }
}
