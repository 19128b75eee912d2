import Records

/// What leads each COPY line before a row's cells: the loader's own columns.
enum CopyPrefix {
    /// The same fields on every line (account, run, loaded_at of rows copied straight in).
    case fixed([String])
    /// The row's ordinal, counted on from `from`, then `fields`: a staging table's order, so the last row of a key wins.
    case ordinal(from: Int, then: [String])
}

extension Warehouse {
    /// COPY data goes out in chunks of about this many bytes, so memory stays flat (as pgx does).
    static let copyChunkBytes = 64 * 1024

    /// COPYs `rows` with `query` in chunks of `copyChunkBytes`, checking for cancellation between
    /// chunks; returns how many rows went out. The one COPY loop of the loader.
    @discardableResult
    func copy<Rows: Sequence<Row>>(_ rows: Rows, with query: SQLQuery, prefix: CopyPrefix, _ connection: PGConnection) throws -> Int {
        var count = 0
        try connection.copyIn(query) { send in
            var encoder = CopyTextEncoder(capacity: Self.copyChunkBytes + 4096)
            for row in rows {
                switch prefix {
                case .fixed(let fields): encoder.appendRow(prefix: fields, cells: row)
                case .ordinal(let from, let fields): encoder.appendRow(prefix: [String(from + count)] + fields, cells: row)
                }
                count += 1
                if encoder.buffer.count >= Self.copyChunkBytes {
                    try Task.checkCancellation()
                    try send(encoder.take())
                }
            }
            if !encoder.buffer.isEmpty { try send(encoder.take()) }
        }
        return count
    }
}
