import Foundation
import Records

/// One parent's set (a meeting instance's QoS, say) streamed into its table page by page inside
/// one transaction: the set never sits in memory whole, and still commits at once with its
/// rejects and progress row, or not at all (DESIGN.md, guarantees 1 and 4).
///
/// A parent with no rows yet takes the fast path, COPY straight into the target, each page under
/// a savepoint: a page that holds a key already written (a Zoom duplicate) is taken back and goes
/// to a staging table instead, merged at commit so the last row wins, as the page-wise merge does.
/// A parent with rows stages its whole new set and merges it at commit, so the counts of
/// inserted, updated and vanished rows are exact. An expired page token restarts the listing:
/// everything goes back to the savepoint taken after BEGIN.
///
/// A session holds at most one replacement at a time; a fan-out gives each large instance a
/// session of its own.
public struct ParentReplacement: Sendable {
    let stream: StreamDescriptor
    let parentKey: [String]
    let parent: [Cell]
    let account: String
    let runId: Int64
    /// The parent had no rows when the replacement began.
    let fresh: Bool
    /// `now()` of the transaction, for `loaded_at` of rows copied straight in.
    let loadedAt: String
    fileprivate var staged = false
    fileprivate var ordinal = 0
    public fileprivate(set) var stats = LoadStats()

    /// The parent key values whose rows this replacement replaces.
    public var parentValues: [Cell] { parent }
}

extension Warehouse {
    private static let instanceSavepoint = SQLQuery("replace.savepoint", "SAVEPOINT zoom_etl_instance")
    private static let instanceRestart = SQLQuery("replace.restart", "ROLLBACK TO SAVEPOINT zoom_etl_instance")

    /// BEGINs the parent's replacement; the caller writes its pages, then commits or abandons it.
    public func beginReplacement(of parent: [Cell], in stream: StreamDescriptor, account: String, runId: Int64) async throws -> ParentReplacement {
        guard case .replaceByParent(let parentKey) = stream.disposition, parentKey.count == parent.count else {
            throw WarehouseError(.protocolViolation, "\(stream.name) does not replace rows by parent", query: "replace.begin")
        }
        let connection = try session()
        return try Self.namingTheTarget(stream) {
            try connection.execute(.begin)
            do {
                let sql = FreshParentSQL(stream: stream, parentKey: parentKey)
                let existing = try connection.execute(sql.parentHasRows, [account] + parent.map(\.postgresText))
                guard existing.rowCount == 1, let hasRows = existing.value(row: 0, column: 0), let loadedAt = existing.value(row: 0, column: 1) else {
                    throw WarehouseError(.protocolViolation, "unreadable parent check", query: sql.parentHasRows.name)
                }
                try connection.execute(Self.instanceSavepoint)
                return ParentReplacement(stream: stream, parentKey: parentKey, parent: parent, account: account, runId: runId,
                                         fresh: hasRows == "f", loadedAt: loadedAt)
            } catch {
                connection.rollbackQuietly()
                throw error
            }
        }
    }

    /// Writes one page of the parent's set; a failure leaves the transaction for `abandon`.
    public func write(_ rows: [Row], to replacement: inout ParentReplacement) async throws {
        try Task.checkCancellation()
        let page = Page(rows: rows, parent: replacement.parent)
        _ = try Self.validate(page, replacement.stream)
        let connection = try session()
        let stream = replacement.stream
        try Self.namingTheTarget(stream) {
            try ensurePartitions(for: rows, of: stream, connection)
            replacement.stats.rows += rows.count
            if replacement.fresh && !replacement.staged {
                let sql = FreshParentSQL(stream: stream, parentKey: replacement.parentKey)
                try connection.execute(FreshParentSQL.savepoint)
                do {
                    try copy(rows, with: sql.copyIntoTarget, prefix: .fixed([replacement.account, String(replacement.runId), replacement.loadedAt]), connection)
                    try connection.execute(FreshParentSQL.releaseSavepoint)
                    replacement.stats.inserted += rows.count
                    return
                } catch let error as WarehouseError where error.sqlstate == "23505" {
                    // A key the set already holds: this page and the rest go the merge way.
                    try connection.execute(FreshParentSQL.rollbackToSavepoint)
                }
            }
            let sql = MergeSQL(stream: stream)
            if !replacement.staged {
                try connection.execute(sql.createStage)
                replacement.staged = true
            }
            replacement.ordinal += try copy(rows, with: sql.copyIntoStage, prefix: .ordinal(from: replacement.ordinal, then: [replacement.account]), connection)
        }
    }

    /// Drops what the replacement wrote, as an expired page token's restarted listing needs.
    public func restart(_ replacement: inout ParentReplacement) async throws {
        try session().execute(Self.instanceRestart)
        replacement.staged = false
        replacement.ordinal = 0
        replacement.stats = LoadStats()
    }

    /// Merges what was staged, writes the rejects, the progress row and the checkpoint, and COMMITs.
    public func commit(_ replacement: ParentReplacement, rejects: [Reject], nullified: Int, unparsable: Int,
                       progress: ChildProgress?, checkpoint: Checkpoint? = nil) async throws -> LoadStats {
        let connection = try session()
        var stats = replacement.stats
        stats.rejects = rejects.count
        stats.nullified = nullified
        stats.unparsable = unparsable
        let stream = replacement.stream
        try Self.namingTheTarget(stream) {
            do {
                if replacement.staged || !replacement.fresh {
                    let sql = MergeSQL(stream: stream)
                    if !replacement.staged { try connection.execute(sql.createStage) }
                    if !replacement.fresh {
                        let query = sql.deleteVanished(parentKey: replacement.parentKey)
                        stats.deleted = try connection.execute(query, [replacement.account] + replacement.parent.map(\.postgresText)).affectedRows
                    }
                    let merged = try connection.execute(sql.upsert, [String(replacement.runId)])
                    let (distinct, inserted, updated) = try merged.decode(row: 0, as: (Int, Int, Int).self, query: sql.upsert)
                    stats.inserted += inserted
                    stats.updated = updated
                    stats.unchanged = distinct - inserted - updated
                }
                let bookkeeping = Page(rows: [], rejects: rejects, checkpoint: checkpoint, childProgress: progress)
                var ignored = LoadStats()
                try write(bookkeeping, parent: nil, into: stream, account: replacement.account, runId: replacement.runId, connection, &ignored)
                stats.newRejects = ignored.newRejects
                try connection.execute(.commit)
            } catch {
                connection.rollbackQuietly()
                throw error
            }
        }
        return stats
    }

    /// ROLLBACKs an unfinished replacement; the parent's rows stay as they were.
    public func abandon(_ replacement: ParentReplacement) async {
        guard let connection = try? session() else { return }
        connection.rollbackQuietly()
    }
}
