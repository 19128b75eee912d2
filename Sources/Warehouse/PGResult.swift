import CLibPQ

/// One libpq result (`PGresult`), freed when the last reference goes.
///
/// Values are text (we never ask for binary results), so a cell is a `String?` with nil for NULL.
final class PGResult {
    let handle: OpaquePointer

    /// Takes ownership of a result libpq returned; nil stays nil.
    init?(taking handle: OpaquePointer?) {
        guard let handle else { return nil }
        self.handle = handle
    }

    deinit { PQclear(handle) }

    var status: ExecStatusType { PQresultStatus(handle) }

    var isSuccess: Bool {
        switch status {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_COPY_IN, PGRES_EMPTY_QUERY: return true
        default: return false
        }
    }

    var rowCount: Int { Int(PQntuples(handle)) }
    var columnCount: Int { Int(PQnfields(handle)) }

    var columnNames: [String] {
        (0..<columnCount).map { String(cString: PQfname(handle, Int32($0))) }
    }

    func value(row: Int, column: Int) -> String? {
        guard PQgetisnull(handle, Int32(row), Int32(column)) == 0 else { return nil }
        return String(cString: PQgetvalue(handle, Int32(row), Int32(column)))
    }

    var rows: [[String?]] {
        (0..<rowCount).map { row in (0..<columnCount).map { value(row: row, column: $0) } }
    }

    /// The one value of a one-row, one-column result, such as `RETURNING id`.
    func scalar(_ query: SQLQuery) throws -> String? {
        guard rowCount == 1, columnCount == 1 else {
            throw WarehouseError(.protocolViolation, "expected one value, got \(rowCount) rows of \(columnCount) columns", query: query.name)
        }
        return value(row: 0, column: 0)
    }

    /// Rows the command affected (`PQcmdTuples`), 0 when it does not say.
    var affectedRows: Int { Int(String(cString: PQcmdTuples(handle))) ?? 0 }

    func field(_ code: Int32) -> String? {
        guard let value = PQresultErrorField(handle, code) else { return nil }
        return String(cString: value)
    }

    /// The server's error as our error struct; `fallback` stands in when libpq has no fields
    /// (for example when the connection broke before the server answered).
    func error(kind: WarehouseError.Kind, query: SQLQuery, fallback: String) -> WarehouseError {
        let primary = field(Int32(UInt8(ascii: "M")))
        var error = WarehouseError(kind, primary ?? fallback, sqlstate: field(Int32(UInt8(ascii: "C"))), query: query.name)
        error.detail = field(Int32(UInt8(ascii: "D")))
        error.hint = field(Int32(UInt8(ascii: "H")))
        error.context = field(Int32(UInt8(ascii: "W")))
        error.schema = field(Int32(UInt8(ascii: "s")))
        error.table = field(Int32(UInt8(ascii: "t")))
        error.column = field(Int32(UInt8(ascii: "c")))
        error.constraint = field(Int32(UInt8(ascii: "n")))
        if error.table == nil, let target = query.writes {
            error.schema = target.schema
            error.table = target.name
        }
        error.writing = query.writes != nil && error.relation == query.writes?.description
        return error
    }
}
