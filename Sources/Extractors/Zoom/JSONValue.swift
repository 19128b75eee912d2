import Foundation
import Records


/// A decoded JSON document kept loose, so one bad record can be rejected with its raw text
/// while the rest of the page loads.
public enum JSONValue: Sendable, Hashable, Decodable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// An object built in code, with no source text.
    public static func object(_ fields: [String: JSONValue]) -> JSONValue { .object(JSONObject(fields)) }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        // Integers first: meeting ids exceed 2^53 in places and must stay exact (zoom-api.md §7).
        else if let value = try? container.decode(Int64.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(JSONObject(try container.decode([String: JSONValue].self))) }
    }

    /// Parses a response body, naming the endpoint when it is not JSON.
    public static func parse(_ data: Data, endpoint: String) throws -> JSONValue {
        do {
            return try JSONParser.parseKeepingRecords(data)
        } catch {
            let start = String(decoding: data.prefix(80), as: UTF8.self)
            throw ZoomError(.brokenBody(detail: "the body is not JSON (it starts with \(String(reflecting: start)))"), endpoint: endpoint)
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var int: Int64? {
        switch self {
        case .int(let value): value
        case .double(let value) where value.rounded() == value && abs(value) < 9e15: Int64(value)
        default: nil
        }
    }

    public var array: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The text Zoom sent for this value when the parser kept it (every object that is an element
    /// of an array: a record), else `jsonText`. What a reject stores: re-serializing would turn
    /// `1e400` into `null` and `12345678901234567890` into a double, and hide what arrived.
    public var sourceText: String {
        if case .object(let object) = self, let source = object.source { return source.text }
        return jsonText
    }

    /// Compact JSON text with sorted keys.
    public var jsonText: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .double(let value): value.isFinite ? "\(value)" : "null"
        case .string(let value): Self.quote(value)
        case .array(let values): "[" + values.map(\.jsonText).joined(separator: ",") + "]"
        case .object(let fields):
            "{" + fields.keys.sorted().map { Self.quote($0) + ":" + fields[$0]!.jsonText }.joined(separator: ",") + "}"
        }
    }

    private static func quote(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// A JSON object's fields, and for a record (an object in an array) the bytes it was parsed from.
///
/// Equality and hashing look at the fields alone: two objects with the same fields are the same
/// value however they were spelled.
public struct JSONObject: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    public var fields: [String: JSONValue]
    /// Where the object came from; nil for objects built in code and for objects not in an array.
    let source: JSONSource?

    public init(_ fields: [String: JSONValue]) {
        self.fields = fields
        self.source = nil
    }

    init(_ fields: [String: JSONValue], source: JSONSource?) {
        self.fields = fields
        self.source = source
    }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { $1 }))
    }

    public subscript(key: String) -> JSONValue? { fields[key] }
    public var keys: Dictionary<String, JSONValue>.Keys { fields.keys }
    public var isEmpty: Bool { fields.isEmpty }

    public static func == (left: JSONObject, right: JSONObject) -> Bool { left.fields == right.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(fields) }
}

/// A record's bytes within the body they arrived in: the body is shared, not copied, and the
/// text is made only when it is asked for (a reject).
final class JSONSource: Sendable {
    let body: Data
    let range: Range<Int>

    init(body: Data, range: Range<Int>) {
        self.body = body
        self.range = range
    }

    var text: String {
        let start = body.startIndex + range.lowerBound
        return String(decoding: body[start..<(start + range.count)], as: UTF8.self)
    }
}

/// Reads typed fields of one record; the first missing or mistyped field becomes the reject reason.
public struct RecordReader {
    public let record: JSONValue
    public let endpoint: String

    public init(_ record: JSONValue, endpoint: String) {
        self.record = record
        self.endpoint = endpoint
    }

    public struct Problem: Error {
        public let reason: String
    }

    public func int(_ key: String) throws(Problem) -> Int64 {
        guard let value = record[key] else { throw Problem(reason: "\(key) is missing") }
        guard let int = value.int else { throw Problem(reason: "\(key) is not an integer: \(value.jsonText)") }
        return int
    }

    /// An integer that fits a PostgreSQL `integer` column.
    public func int32(_ key: String) throws(Problem) -> Int64 {
        let value = try int(key)
        guard Int64(Int32.min)...Int64(Int32.max) ~= value else { throw Problem(reason: "\(key) is out of range: \(value)") }
        return value
    }

    public func string(_ key: String) throws(Problem) -> String {
        guard let value = record[key] else { throw Problem(reason: "\(key) is missing") }
        guard let string = value.string else { throw Problem(reason: "\(key) is not a string: \(value.jsonText)") }
        try Self.refuseNUL(string, key)
        return string
    }

    /// A Zoom text value may hold U+0000 (zoom-api.md §9), which PostgreSQL `text` cannot: the
    /// COPY of the whole page would fail (SQLSTATE 22021), every night. The record becomes a
    /// reject instead, stored with the bytes Zoom sent, and the page's other rows load. Rejecting
    /// rather than stripping keeps a value that was altered out of the tables.
    static func refuseNUL(_ string: String, _ key: String) throws(Problem) {
        if string.utf8.contains(0) { throw Problem(reason: "\(key) contains U+0000 (NUL), which PostgreSQL text cannot hold") }
    }

    public func date(_ key: String) throws(Problem) -> CivilDate {
        let text = try string(key)
        guard let date = CivilDate(iso: text) else { throw Problem(reason: "\(key) is not a yyyy-MM-dd date: \(text)") }
        return date
    }
}

extension RecordReader {
    /// A string that may be absent, null or empty: Zoom's empty strings are NULL (DESIGN.md).
    public func text(_ key: String) throws(Problem) -> String? {
        guard let value = record[key] else { return nil }
        switch value {
        case .null: return nil
        case .string(let string):
            try Self.refuseNUL(string, key)
            return string.isEmpty ? nil : string
        case .int(let int): return String(int)
        default: throw Problem(reason: "\(key) is not a string: \(value.jsonText)")
        }
    }

    /// An optional integer that fits a PostgreSQL `integer` column: one beyond it would fail the
    /// whole page's COPY, so it rejects its record instead.
    public func optionalInt32(_ key: String) throws(Problem) -> Int64? {
        guard let value = try optionalInt(key) else { return nil }
        guard Int64(Int32.min)...Int64(Int32.max) ~= value else { throw Problem(reason: "\(key) is out of range: \(value)") }
        return value
    }

    /// A key column's string: Zoom's "" is NULL (DESIGN.md), which no key may be, so it rejects.
    public func key(_ key: String) throws(Problem) -> String {
        let value = try string(key)
        guard !value.isEmpty else { throw Problem(reason: "\(key) is empty") }
        return value
    }

    /// An optional integer; absent or null is nil, anything else must be an integer.
    public func optionalInt(_ key: String) throws(Problem) -> Int64? {
        guard let value = record[key], value != .null else { return nil }
        guard let int = value.int else { throw Problem(reason: "\(key) is not an integer: \(value.jsonText)") }
        return int
    }

    public func optionalBool(_ key: String) throws(Problem) -> Bool? {
        guard let value = record[key], value != .null else { return nil }
        guard case .bool(let bool) = value else { throw Problem(reason: "\(key) is not a boolean: \(value.jsonText)") }
        return bool
    }

    /// `MM/dd/yyyy HH:mm` in the account's time zone (the per-user meeting report); absent or empty is nil.
    public func localMinute(_ key: String, in timeZone: TimeZone) throws(Problem) -> Date? {
        guard let text = try text(key) else { return nil }
        guard let date = ZoomValues.localMinute(text, in: timeZone) else { throw Problem(reason: "\(key) is not a MM/dd/yyyy HH:mm time: \(text)") }
        return date
    }

    /// A required ISO-8601 instant.
    public func instant(_ key: String) throws(Problem) -> Date {
        guard let date = try optionalInstant(key) else { throw Problem(reason: "\(key) is missing") }
        return date
    }

    /// An ISO-8601 instant, with or without fractional seconds; absent or empty is nil.
    public func optionalInstant(_ key: String) throws(Problem) -> Date? {
        guard let text = try text(key) else { return nil }
        guard let date = ZoomValues.instant(text) else { throw Problem(reason: "\(key) is not an ISO-8601 time: \(text)") }
        return date
    }
}

extension Cell {
    public static func text(_ string: String?) -> Cell { string.map(Cell.text) ?? .null }
    public static func int(_ value: Int64?) -> Cell { value.map(Cell.int) ?? .null }
    public static func bool(_ value: Bool?) -> Cell { value.map(Cell.bool) ?? .null }
    public static func timestamp(_ value: Date?) -> Cell { value.map(Cell.timestamp) ?? .null }
    public static func double(_ value: Double?) -> Cell { value.map(Cell.double) ?? .null }
}
