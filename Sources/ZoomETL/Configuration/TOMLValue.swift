/// A TOML 1.0 value as `TOMLParser` reads it.
enum TOMLValue: Sendable, Equatable {
    case string(String)
    case integer(Int64)
    case float(Double)
    case boolean(Bool)
    case dateTime(TOMLDateTime)
    case array([TOMLValue])
    case table(TOMLTable)

    var string: String? { if case .string(let value) = self { value } else { nil } }
    var int: Int? { if case .integer(let value) = self { Int(exactly: value) } else { nil } }
    var array: [TOMLValue]? { if case .array(let value) = self { value } else { nil } }
    var table: TOMLTable? { if case .table(let value) = self { value } else { nil } }

    /// A local date (`2026-06-01`), and nothing with a time in it.
    var date: TOMLDate? {
        if case .dateTime(let value) = self, value.time == nil { value.date } else { nil }
    }

    /// The kind of value, as a configuration error names it ("found a string").
    var kind: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a floating-point number"
        case .boolean: "a boolean"
        case .dateTime(let value) where value.time == nil: "a date"
        case .dateTime(let value) where value.date == nil: "a time"
        case .dateTime: "a date-time"
        case .array: "an array"
        case .table: "a table"
        }
    }
}

struct TOMLDate: Sendable, Hashable {
    let year: Int
    let month: Int
    let day: Int
}

struct TOMLTime: Sendable, Hashable {
    let hour: Int
    let minute: Int
    let second: Int
    /// Fractional seconds; digits past the ninth are dropped (TOML asks for milliseconds at least).
    let nanosecond: Int
}

/// An offset date-time, a local date-time, a local date or a local time, by which parts are set.
struct TOMLDateTime: Sendable, Hashable {
    let date: TOMLDate?
    let time: TOMLTime?
    /// Minutes east of UTC; nil for local values. `Z` is 0.
    let offsetMinutes: Int?
}

/// A table: its keys in file order, each with its value and the line that defined it.
struct TOMLTable: Sendable, Equatable {
    private(set) var keys: [String] = []
    private var values: [String: TOMLValue] = [:]
    private var lines: [String: Int] = [:]

    init() {}

    subscript(key: String) -> TOMLValue? { values[key] }

    /// Adds or replaces `key`, remembering where it was defined.
    subscript(key: String, line line: Int) -> TOMLValue? {
        get { values[key] }
        set {
            if values[key] == nil, newValue != nil { keys.append(key) }
            if newValue == nil { keys.removeAll { $0 == key } }
            values[key] = newValue
            lines[key] = newValue == nil ? nil : line
        }
    }

    /// The line that defined `key` (for a table: its `[header]`, or where it was first named).
    func line(of key: String) -> Int? { lines[key] }

    /// Tables are equal when their keys hold equal values; order and lines do not count.
    static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool { lhs.values == rhs.values }
}

/// For tables written out in code, as tests do: no lines.
extension TOMLTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, TOMLValue)...) {
        for (key, value) in elements { self[key, line: 0] = value }
    }
}
