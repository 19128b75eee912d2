import Foundation

/// One typed value of a row, as it will be stored.
public enum Cell: Sendable, Hashable {
    case null
    case text(String)
    case int(Int64)
    case double(Double)
    case bool(Bool)
    case date(CivilDate)
    /// An instant; always stored as UTC `timestamptz`.
    case timestamp(Date)
    /// A JSON document, already serialized.
    case json(String)
}

/// The cells of one record, in the order of its stream's `columns`.
public typealias Row = [Cell]

extension Cell {
    /// Empty strings from Zoom are NULL in the warehouse (DESIGN.md).
    public static func nonEmpty(_ string: String?) -> Cell {
        guard let string, !string.isEmpty else { return .null }
        return .text(string)
    }

    public static func optional(_ value: Int?) -> Cell {
        value.map { .int(Int64($0)) } ?? .null
    }
}
