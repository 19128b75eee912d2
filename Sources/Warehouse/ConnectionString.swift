import Foundation
import CLibPQ

/// libpq connection strings (URI or key=value), parsed by libpq itself so every syntax it accepts works.
public enum ConnectionString {
    /// Throws `.connect` if libpq cannot parse `conninfo`, without quoting it: it may hold a password.
    public static func validate(_ conninfo: String) throws {
        _ = try parse(conninfo)
    }

    /// The keywords and values `conninfo` sets, in libpq's keyword order.
    public static func parse(_ conninfo: String) throws -> [(keyword: String, value: String)] {
        var message: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(conninfo, &message) else {
            if let message { PQfreemem(message) }
            throw WarehouseError(.connect, "the connection string is malformed (libpq cannot parse it)")
        }
        defer { PQconninfoFree(options) }
        var pairs: [(keyword: String, value: String)] = []
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val {
                pairs.append((String(cString: keyword), String(cString: value)))
            }
            option += 1
        }
        return pairs
    }

    /// `conninfo` pointing at database `name` instead, as a key=value string.
    public static func replacingDatabase(in conninfo: String, with name: String) throws -> String {
        var pairs = try parse(conninfo).filter { $0.keyword != "dbname" }
        pairs.append(("dbname", name))
        return make(pairs)
    }

    /// A key=value connection string, each value quoted as libpq requires.
    public static func make(_ pairs: [(keyword: String, value: String)]) -> String {
        pairs.map { "\($0.keyword)=\(quote($0.value))" }.joined(separator: " ")
    }

    private static func quote(_ value: String) -> String {
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        return "'\(escaped)'"
    }
}
