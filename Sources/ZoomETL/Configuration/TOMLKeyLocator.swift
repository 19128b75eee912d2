/// Finds the line that defines a key in TOML text, so configuration errors can name it.
///
/// TOMLKit reports positions only for syntax errors; for unknown keys and wrong types we find
/// the line ourselves. Handles `[table]` headers, `[[array]]` headers and `key = value` lines,
/// which is all `jobs.conf` uses.
struct TOMLKeyLocator {
    private var lines: [(path: [String], line: Int)] = []

    init(_ text: String) {
        var table: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                let inner = line.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                    .split(separator: "#").first.map(String.init) ?? ""
                table = Self.splitKey(inner.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t")))
                lines.append((table, index + 1))
            } else if let equals = line.firstIndex(of: "=") {
                lines.append((table + Self.splitKey(String(line[..<equals])), index + 1))
            }
        }
    }

    /// The line of `path`, or of its nearest enclosing table when the key itself is not on a line of its own.
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let match = lines.first(where: { $0.path == path }) { return match.line }
            path.removeLast()
        }
        return nil
    }

    private static func splitKey(_ key: String) -> [String] {
        key.split(separator: ".").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
    }
}

import Foundation
