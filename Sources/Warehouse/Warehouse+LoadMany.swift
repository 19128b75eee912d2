import Foundation
import Records

/// Several pages of one stream in one transaction: what a fan-out commits when instances finish
/// faster than one transaction each can keep up with.
///
/// Each page still commits with its own rejects, checkpoint and progress row, only together with
/// its neighbours, so a crash loses a few fetched instances at most and never half of one. The
/// first sets of parents that have no rows yet go in with one COPY for the whole batch (see
/// `insertFreshParent`); the others are merged page by page as `load` does.
extension Warehouse {
    public func load(_ pages: [Page], into stream: StreamDescriptor, account: String, runId: Int64) async throws -> [LoadStats] {
        guard pages.count > 1 else {
            return try await pages.isEmpty ? [] : [load(pages[0], into: stream, account: account, runId: runId)]
        }
        try Task.checkCancellation()
        let parents = try pages.map { try Self.validate($0, stream) }
        let connection = try session()
        var stats = pages.map { page in
            var stats = LoadStats()
            stats.rows = page.rows.count
            stats.rejects = page.rejects.count
            stats.nullified = page.nullifiedValues
            stats.unparsable = page.unparsableValues
            return stats
        }
        try Self.namingTheTarget(stream) {
            try connection.transaction {
                let copied = try copyFreshParents(pages, parents: parents, into: stream, account: account, runId: runId, connection)
                // The batch's `done` progress rows go in with one statement at the end, unless a
                // parent comes twice (then each page records its own, in order).
                let progress = pages.compactMap(\.childProgress).map { [$0.stream.rawValue, $0.parent] }
                let batchProgress = Set(progress).count == progress.count
                var done: [StreamName: [String]] = [:]
                for (index, var page) in pages.enumerated() {
                    if batchProgress, let progress = page.childProgress, progress.outcome == .done {
                        done[progress.stream, default: []].append(progress.parent)
                        page.childProgress = nil
                    }
                    if copied.contains(index) {
                        stats[index].inserted = page.rows.count
                        page.rows = []
                        try write(page, parent: nil, into: stream, account: account, runId: runId, connection, &stats[index])
                    } else {
                        try write(page, parent: parents[index], into: stream, account: account, runId: runId, connection, &stats[index])
                        // The staging table drops at commit; the next page of the batch needs its own.
                        if !page.rows.isEmpty || parents[index] != nil { try connection.execute(FreshParentSQL.dropStage) }
                    }
                }
                for (childStream, parents) in done.sorted(by: { $0.key < $1.key }) {
                    try connection.execute(FreshParentSQL.markManyDone, [account, childStream.rawValue, Self.arrayLiteral(parents), String(runId)])
                }
            }
        }
        logger.debug("loaded pages", metadata: [
            "stream": "\(stream.name)", "account": "\(account)", "run_id": "\(runId)", "pages": "\(pages.count)",
            "rows": "\(stats.reduce(0) { $0 + $1.rows })", "copied": "\(stats.reduce(0) { $0 + $1.inserted })",
        ])
        return stats
    }

    /// COPYs the rows of every page whose parent has no rows yet, in one statement; returns those
    /// pages' indices. Nothing when the stream does not replace by a one-column parent, or when
    /// the COPY fails (a key twice, say): the pages then go the merge way one by one.
    private func copyFreshParents(_ pages: [Page], parents: [(parentKey: [String], values: [Cell])?], into stream: StreamDescriptor,
                                  account: String, runId: Int64, _ connection: PGConnection) throws -> Set<Int> {
        guard case .replaceByParent(let parentKey) = stream.disposition, parentKey.count == 1,
              let type = stream.columns.first(where: { $0.name == parentKey[0] })?.type else { return [] }
        var candidates: [String: Int] = [:]
        var repeated: Set<String> = []
        for (index, page) in pages.enumerated() where !page.rows.isEmpty {
            guard let value = parents[index]?.values.first?.postgresText else { continue }
            if candidates.updateValue(index, forKey: value) != nil { repeated.insert(value) }
        }
        repeated.forEach { candidates[$0] = nil }
        guard !candidates.isEmpty else { return [] }

        let sql = FreshParentSQL(stream: stream, parentKey: parentKey)
        let existing = try connection.execute(sql.existingParents(type: type.rawValue), [account, Self.arrayLiteral(candidates.keys.sorted())])
        for row in existing.rows { if let value = row[0] { candidates[value] = nil } }
        guard !candidates.isEmpty, let loadedAt = try connection.execute(FreshParentSQL.now).rows.first?.first ?? nil else { return [] }

        let fresh = candidates.values.sorted()
        try ensurePartitions(for: fresh.flatMap { pages[$0].rows }, of: stream, connection)
        try connection.execute(FreshParentSQL.savepoint)
        do {
            try copy(fresh.lazy.flatMap { pages[$0].rows }, with: sql.copyIntoTarget, prefix: .fixed([account, String(runId), loadedAt]), connection)
        } catch is WarehouseError {
            try connection.execute(FreshParentSQL.rollbackToSavepoint)
            return []
        }
        try connection.execute(FreshParentSQL.releaseSavepoint)
        return Set(fresh)
    }

    /// A PostgreSQL array literal of texts: `{"a","b\"c"}`; sent as a parameter, never spliced.
    static func arrayLiteral(_ values: [String]) -> String {
        "{" + values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
    }
}

extension FreshParentSQL {
    static let now = SQLQuery("load.fresh.now", "SELECT now()")
    static let dropStage = SQLQuery("load.stage.drop", "DROP TABLE IF EXISTS \(MergeSQL.stage)")
    /// A parent's children loaded, for many parents (`$3`, an array) at once or one: the one done-upsert.
    static let markManyDone = SQLQuery("progress.done-many", writes: .childProgress, """
        INSERT INTO etl.child_progress (account_id, stream, parent, status, attempts, last_error, fetched_at, run_id)
        SELECT $1, $2, parent, \(ChildStatus.done.sql), 0, NULL, now(), $4::bigint FROM unnest($3::text[]) AS parent
        ON CONFLICT (account_id, stream, parent) DO UPDATE
        SET status = \(ChildStatus.done.sql), attempts = 0, last_error = NULL, fetched_at = EXCLUDED.fetched_at, run_id = EXCLUDED.run_id
        """)

    /// Which of the parents `$2` (an array) already have rows for account `$1`, as text.
    func existingParents(type: String) -> SQLQuery {
        let column = MergeSQL.quote(parentKey[0])
        return SQLQuery("load.fresh.existing", """
            SELECT DISTINCT t.\(column)::text FROM \(MergeSQL.quote(stream.table)) AS t
            WHERE t."account_id" = $1 AND t.\(column) = ANY ($2::\(type)[])
            """)
    }
}
