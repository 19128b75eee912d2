import Foundation
import Records

/// What loading one page did to its target table.
public struct LoadStats: Sendable, Hashable {
    /// Rows in the page, duplicates included.
    public var rows: Int = 0
    public var inserted: Int = 0
    public var updated: Int = 0
    /// Distinct rows identical to what the table already held: left alone, `loaded_at` included.
    public var unchanged: Int = 0
    /// Rows of the page's parent that Zoom no longer returns (`.replaceByParent` only).
    public var deleted: Int = 0
    /// Rejects the page carried.
    public var rejects: Int = 0
    /// Of those, the ones `etl.rejects` had not seen before.
    public var newRejects: Int = 0
    /// Values stored as NULL because Zoom sent them empty or unreadable (`Page.nullifiedValues`).
    public var nullified: Int = 0
    /// Of those, the ones that were not empty but unreadable (`Page.unparsableValues`).
    public var unparsable: Int = 0

    public init() {}
}

extension Warehouse {
    private static let insertReject = SQLQuery("load.rejects", writes: .rejects, """
        INSERT INTO etl.rejects (account_id, stream, raw_json, reason, run_id)
        VALUES ($1, $2, $3, $4, $5::bigint)
        ON CONFLICT (account_id, stream, raw_md5) DO NOTHING
        """)
    private static let upsertCheckpoint = SQLQuery("load.checkpoint", writes: .checkpoints, """
        INSERT INTO etl.checkpoints (account_id, stream, scope, cursor, updated_at, run_id)
        VALUES ($1, $2, $3, $4::jsonb, now(), $5::bigint)
        ON CONFLICT (account_id, stream, scope)
        DO UPDATE SET cursor = EXCLUDED.cursor, updated_at = EXCLUDED.updated_at, run_id = EXCLUDED.run_id
        """)
    private static let readCheckpoint = SQLQuery("checkpoint.read", """
        SELECT cursor::text FROM etl.checkpoints WHERE account_id = $1 AND stream = $2 AND scope = $3
        """)

    /// Writes one page in one transaction: its rows, rejects, checkpoint and child progress, or nothing.
    ///
    /// Rows go through COPY into a staging table and are merged per `stream.disposition`. A
    /// failure rolls everything back and names the table; cancellation aborts the COPY. A page
    /// with no rows and no parent skips the target table: a failed child fetch of a
    /// replace-by-parent stream records only its progress, leaving the parent's rows as they were.
    public func load(_ page: Page, into stream: StreamDescriptor, account: String, runId: Int64) async throws -> LoadStats {
        try Task.checkCancellation()
        let parent = try Self.validate(page, stream)
        let connection = try session()
        var stats = LoadStats()
        stats.rows = page.rows.count
        stats.rejects = page.rejects.count
        stats.nullified = page.nullifiedValues
        stats.unparsable = page.unparsableValues
        try Self.namingTheTarget(stream) {
            try connection.transaction {
                try write(page, parent: parent, into: stream, account: account, runId: runId, connection, &stats)
            }
        }
        logger.debug("loaded page", metadata: [
            "stream": "\(stream.name)", "account": "\(account)", "run_id": "\(runId)",
            "rows": "\(stats.rows)", "inserted": "\(stats.inserted)", "updated": "\(stats.updated)",
            "deleted": "\(stats.deleted)", "rejects": "\(stats.rejects)", "nullified": "\(stats.nullified)",
        ])
        return stats
    }

    /// Writes the page inside the caller's transaction: rows, rejects, checkpoint, progress.
    func write(_ page: Page, parent: (parentKey: [String], values: [Cell])?, into stream: StreamDescriptor,
               account: String, runId: Int64, _ connection: PGConnection, _ stats: inout LoadStats) throws {
        if !page.rows.isEmpty || parent != nil {
            try mergeRows(page.rows, parent: parent, into: stream, account: account, runId: runId, connection, &stats)
        }
        for reject in page.rejects {
            stats.newRejects += try connection.execute(
                Self.insertReject, [account, stream.name.rawValue, reject.rawJSON, reject.reason, String(runId)]
            ).affectedRows
        }
        if let checkpoint = page.checkpoint {
            try connection.execute(Self.upsertCheckpoint, [
                account, checkpoint.stream.rawValue, checkpoint.scope.rawValue, try jsonText(checkpoint.cursor), String(runId),
            ])
        }
        if let progress = page.childProgress {
            try Self.record(progress, account: account, runId: runId, connection)
        }
    }

    /// Runs `body`, reporting a failure in our staging table as one in the stream's table, and
    /// a connection lost on any statement of the page (BEGIN, say) as lost while loading it.
    static func namingTheTarget<T>(_ stream: StreamDescriptor, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var error as WarehouseError {
            if error.schema?.hasPrefix("pg_temp") ?? false || (error.kind == .connect && error.table == nil) {
                error.schema = stream.table.schema
                error.table = stream.table.name
            }
            throw error
        }
    }

    /// COPYs the rows into the staging table, deletes the parent's vanished rows, and merges.
    private func mergeRows(_ rows: [Row], parent: (parentKey: [String], values: [Cell])?, into stream: StreamDescriptor,
                           account: String, runId: Int64, _ connection: PGConnection, _ stats: inout LoadStats) throws {
        let sql = MergeSQL(stream: stream)
        try ensurePartitions(for: rows, of: stream, connection)
        if let parent, try insertFreshParent(rows, parent: parent, into: stream, account: account, runId: runId, connection, &stats) {
            return
        }
        try connection.execute(sql.createStage)
        try copy(rows, with: sql.copyIntoStage, prefix: .ordinal(from: 0, then: [account]), connection)
        if let (parentKey, values) = parent {
            let query = sql.deleteVanished(parentKey: parentKey)
            stats.deleted = try connection.execute(query, [account] + values.map(\.postgresText)).affectedRows
        }
        let merged = try connection.execute(sql.upsert, [String(runId)])
        let (distinct, inserted, updated) = try merged.decode(row: 0, as: (Int, Int, Int).self, query: sql.upsert)
        stats.inserted = inserted
        stats.updated = updated
        stats.unchanged = distinct - inserted - updated
    }

    /// The stored checkpoint of a stream in a scope, or nil before its first page commits.
    public func checkpoint(account: String, stream: StreamName, scope: CheckpointScope) async throws -> Checkpoint? {
        let result = try session().execute(Self.readCheckpoint, [account, stream.rawValue, scope.rawValue])
        guard result.rowCount > 0 else { return nil }
        guard let text = result.value(row: 0, column: 0),
              let cursor = try? JSONDecoder().decode(ReportCursor.self, from: Data(text.utf8)) else {
            var error = WarehouseError(.protocolViolation, "the cursor of \(stream) is not a report cursor ({\"through\": a yyyy-MM-dd day})", query: Self.readCheckpoint.name)
            error.schema = "etl"
            error.table = "checkpoints"
            throw error
        }
        return Checkpoint(stream: stream, scope: scope, cursor: cursor)
    }

    /// Checks the page against its descriptor before anything is sent; returns the parent to
    /// replace, if the stream replaces by parent.
    static func validate(_ page: Page, _ stream: StreamDescriptor) throws -> (parentKey: [String], values: [Cell])? {
        func violation(_ message: String) -> WarehouseError {
            var error = WarehouseError(.protocolViolation, "\(stream.name): \(message)", query: "load")
            error.schema = stream.table.schema
            error.table = stream.table.name
            return error
        }
        precondition(!stream.columns.contains { ["account_id", "loaded_at", "run_id", "zoom_etl_ordinal"].contains($0.name) },
                     "\(stream.name): the loader supplies account_id, loaded_at and run_id")
        if let bad = page.rows.firstIndex(where: { $0.count != stream.columns.count }) {
            throw violation("row \(bad) has \(page.rows[bad].count) cells for \(stream.columns.count) columns")
        }
        guard case .replaceByParent(let parentKey) = stream.disposition else { return nil }
        if page.parent == nil, page.rows.isEmpty, let outcome = page.childProgress?.outcome, outcome != .done {
            return nil  // nothing was fetched (failed, or gone), so nothing is replaced
        }
        guard let parent = page.parent, parent.count == parentKey.count else {
            throw violation("a replace-by-parent page needs parent values for \(parentKey.joined(separator: ", "))")
        }
        let indices = parentKey.map { stream.columnIndex($0)! }
        if let bad = page.rows.firstIndex(where: { row in zip(indices, parent).contains { row[$0] != $1 } }) {
            throw violation("row \(bad) does not belong to the page's parent")
        }
        return (parentKey, parent)
    }
}
