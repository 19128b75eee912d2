import Records

/// The fast path of a replace-by-parent page whose parent has no rows yet: COPY straight into
/// the target, skipping the staging table and the merge.
///
/// A backfill loads every meeting instance for the first time, and the merge (a temporary
/// table, DISTINCT ON, ON CONFLICT) cost PostgreSQL four times what plain COPY does: most of a
/// QoS load's time. With no existing rows there is nothing to merge or delete, so the result is
/// the same. A page holding one key twice (the merge keeps the last) makes the COPY fail on the
/// primary key; a savepoint takes it back and the page goes the merge way, as does any other
/// failure, so errors read the same whichever way a page went.
extension Warehouse {
    /// True when the page was written here; false leaves it, untouched, to the merge.
    func insertFreshParent(_ rows: [Row], parent: (parentKey: [String], values: [Cell]), into stream: StreamDescriptor,
                           account: String, runId: Int64, _ connection: PGConnection, _ stats: inout LoadStats) throws -> Bool {
        let sql = FreshParentSQL(stream: stream, parentKey: parent.parentKey)
        let existing = try connection.execute(sql.parentHasRows, [account] + parent.values.map(\.postgresText))
        guard existing.rowCount == 1, existing.value(row: 0, column: 0) == "f",
              let loadedAt = existing.value(row: 0, column: 1) else { return false }
        guard !rows.isEmpty else { return true }
        try connection.execute(FreshParentSQL.savepoint)
        do {
            try copy(rows, with: sql.copyIntoTarget, prefix: .fixed([account, String(runId), loadedAt]), connection)
        } catch is WarehouseError {
            try connection.execute(FreshParentSQL.rollbackToSavepoint)
            return false
        }
        try connection.execute(FreshParentSQL.releaseSavepoint)
        stats.inserted = rows.count
        return true
    }
}

/// The statements of the fast path, rendered from the descriptor like `MergeSQL`'s.
struct FreshParentSQL {
    let stream: StreamDescriptor
    let parentKey: [String]

    static let savepoint = SQLQuery("load.fresh.savepoint", "SAVEPOINT zoom_etl_fresh")
    static let releaseSavepoint = SQLQuery("load.fresh.release", "RELEASE SAVEPOINT zoom_etl_fresh")
    static let rollbackToSavepoint = SQLQuery("load.fresh.rollback", "ROLLBACK TO SAVEPOINT zoom_etl_fresh")

    /// Whether the parent has rows, and the transaction's `now()` for `loaded_at`, as the merge
    /// sets it. `$1` is the account, `$2…` the parent key values in `parentKey` order.
    var parentHasRows: SQLQuery {
        let types = Dictionary(uniqueKeysWithValues: stream.columns.map { ($0.name, $0.type.rawValue) })
        let match = parentKey.enumerated().map { "t.\(MergeSQL.quote($1)) = $\($0 + 2)::\(types[$1]!)" }
        return SQLQuery("load.fresh.exists", """
            SELECT EXISTS (SELECT 1 FROM \(MergeSQL.quote(stream.table)) AS t WHERE t."account_id" = $1 AND \(match.joined(separator: " AND "))), now()
            """)
    }

    /// The lines hold the account, the run id, `loaded_at`, then the row's cells.
    var copyIntoTarget: SQLQuery {
        let columns = (["account_id", "run_id", "loaded_at"] + stream.columns.map(\.name)).map(MergeSQL.quote).joined(separator: ", ")
        return SQLQuery("load.fresh.copy", writes: stream.table, "COPY \(MergeSQL.quote(stream.table)) (\(columns)) FROM STDIN")
    }
}
