import Foundation
import Records

extension Warehouse {
    static let ensureMonthlyPartitions = SQLQuery("ensure monthly partitions", """
        SELECT etl.ensure_monthly_partitions($1::regclass, $2::timestamptz, $3::timestamptz)
        """)

    /// Creates the monthly partitions the rows fall into, inside the page's transaction, so a
    /// page never fails for want of its month and a rolled-back page leaves no stray partition.
    /// Rarely needed (the fan-out prepares its windows' months ahead). It too waits for a lock no
    /// longer than `partitionLockTimeout`; the rest of the page's transaction keeps the session's.
    func ensurePartitions(for rows: [Row], of stream: StreamDescriptor, _ connection: PGConnection) throws {
        guard let column = stream.monthlyPartitionColumn, let index = stream.columnIndex(column) else { return }
        let instants = rows.compactMap { row -> Date? in
            if case .timestamp(let instant) = row[index] { return instant }
            return nil
        }
        guard let first = instants.min(), let last = instants.max() else { return }
        if preparedPartitions[stream.table]?.contains(where: { $0.contains(first) && $0.contains(last) }) == true { return }
        do {
            try connection.execute(Self.partitionLockTimeoutSetting)
            try connection.execute(Self.ensureMonthlyPartitions, [
                MergeSQL.quote(stream.table), Cell.timestamp(first).postgresText, Cell.timestamp(last).postgresText,
            ])
            try connection.execute(Self.resetLockTimeout)
        } catch let error as WarehouseError where error.sqlstate == "55P03" {
            // The page's transaction is aborted: pg_locks cannot be asked who was in the way.
            throw WarehouseError(lockTimeout: error, table: stream.table, after: Self.partitionLockTimeout, holder: nil)
        }
    }

    /// Creates the monthly partitions of a span ahead, in a short transaction of its own, so the
    /// pages written later (some in long per-instance transactions) need no DDL.
    ///
    /// Adding a month takes SHARE UPDATE EXCLUSIVE on the table (sql/010), which readers and
    /// writers neither wait for nor block: an analyst's open transaction delays nothing. VACUUM,
    /// CREATE INDEX or the owner's DDL can be in the way; then it gives up after
    /// `partitionLockTimeout` with `.lockHeld` naming that session (exit 75), having written nothing.
    public func preparePartitions(of stream: StreamDescriptor, from: Date, to: Date) async throws {
        guard stream.monthlyPartitionColumn != nil, from <= to else { return }
        let connection = try session()
        try Self.namingTheTarget(stream) {
            try Self.givingUpOnLock(on: stream.table, after: Self.partitionLockTimeout, connection) {
                try connection.transaction {
                    try connection.execute(Self.partitionLockTimeoutSetting)
                    try connection.execute(Self.ensureMonthlyPartitions, [
                        MergeSQL.quote(stream.table), Cell.timestamp(from).postgresText, Cell.timestamp(to).postgresText,
                    ])
                }
            }
        }
        assumePartitions(of: stream, from: from, to: to)
    }

    /// Notes that the span's partitions exist, because another session prepared them.
    public func assumePartitions(of stream: StreamDescriptor, from: Date, to: Date) {
        guard stream.monthlyPartitionColumn != nil, from <= to else { return }
        var spans = preparedPartitions[stream.table] ?? []
        var merged = from...to
        // Overlapping spans merge, so a long fan-out keeps a handful, not one per instance.
        spans.removeAll { span in
            guard span.overlaps(merged) else { return false }
            merged = min(span.lowerBound, merged.lowerBound)...max(span.upperBound, merged.upperBound)
            return true
        }
        preparedPartitions[stream.table] = spans + [merged]
    }
}
