import Records
import CLibPQ

/// A Swift type a column's text (we ask libpq for text, never binary) reads into: the model is
/// postgres-nio's `row.decode((Int, String).self)`, so a row is decoded in one call and a value
/// that does not read names its column.
protocol PGDecodable {
    /// nil when `text` is not this type's spelling; `text` nil is SQL NULL.
    static func decode(postgresText text: String?) -> Self?
}

extension String: PGDecodable {
    static func decode(postgresText text: String?) -> String? { text }
}

extension Int: PGDecodable {
    static func decode(postgresText text: String?) -> Int? { text.flatMap { Int($0) } }
}

extension Int64: PGDecodable {
    static func decode(postgresText text: String?) -> Int64? { text.flatMap { Int64($0) } }
}

extension Double: PGDecodable {
    static func decode(postgresText text: String?) -> Double? { text.flatMap { Double($0) } }
}

extension Bool: PGDecodable {
    static func decode(postgresText text: String?) -> Bool? { text == "t" ? true : text == "f" ? false : nil }
}

/// A nullable column: NULL reads as nil; any other text must read as `Wrapped`.
extension Optional: PGDecodable where Wrapped: PGDecodable {
    static func decode(postgresText text: String?) -> Wrapped?? {
        guard let text else { return .some(nil) }
        return Wrapped.decode(postgresText: text).map { .some($0) }
    }
}

extension PGResult {
    /// Row `row` as the tuple `type`, column by column from the first; throws naming the first
    /// column that is missing, NULL where the type is not optional, or not of its type.
    func decode<each Value: PGDecodable>(row: Int, as type: (repeat each Value).Type, query: SQLQuery) throws -> (repeat each Value) {
        guard row < rowCount else {
            throw WarehouseError(.protocolViolation, "expected a row \(row + 1), got \(rowCount) rows", query: query.name)
        }
        var column = 0
        func next<V: PGDecodable>(_: V.Type) throws -> V {
            defer { column += 1 }
            guard column < columnCount else {
                throw WarehouseError(.protocolViolation, "expected a column \(column + 1) of type \(V.self), got \(columnCount) columns", query: query.name)
            }
            let text = value(row: row, column: column)
            guard let decoded = V.decode(postgresText: text) else {
                let name = String(cString: PQfname(handle, Int32(column)))
                throw WarehouseError(.protocolViolation, "column \(name) is \(text.map { "\"\($0.prefix(40))\"" } ?? "NULL"), not \(V.self)", query: query.name)
            }
            return decoded
        }
        return (repeat try next((each Value).self))
    }

    /// Every row as the tuple `type` (`decode(row:as:query:)`).
    func decodeAll<each Value: PGDecodable>(as type: (repeat each Value).Type, query: SQLQuery) throws -> [(repeat each Value)] {
        try (0..<rowCount).map { try decode(row: $0, as: type, query: query) }
    }
}

/// A column holding one of the enum's raw values (a run's status, say): any other text does not read.
extension RawRepresentable where RawValue == String {
    static func decode(postgresText text: String?) -> Self? { text.flatMap(Self.init(rawValue:)) }
}

extension RunStatus: PGDecodable {}
extension StreamName: PGDecodable {}
