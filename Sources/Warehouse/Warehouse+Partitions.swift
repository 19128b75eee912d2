import Foundation
import Records

extension Warehouse {
    static let ensureMonthlyPartitions = SQLQuery("ensure monthly partitions", """
        SELECT etl.ensure_monthly_partitions($1::regclass, $2::timestamptz, $3::timestamptz)
        """)

    /// Creates the monthly partitions the rows fall into, inside the page's transaction, so a
    /// page never fails for want of its month and a rolled-back page leaves no stray partition.
    func ensurePartitions(for rows: [Row], of stream: StreamDescriptor, _ connection: PGConnection) throws {
        guard let column = stream.monthlyPartitionColumn, let index = stream.columnIndex(column) else { return }
        let instants = rows.compactMap { row -> Date? in
            if case .timestamp(let instant) = row[index] { return instant }
            return nil
        }
        guard let first = instants.min(), let last = instants.max() else { return }
        try connection.execute(Self.ensureMonthlyPartitions, [
            MergeSQL.quote(stream.table), Cell.timestamp(first).postgresText, Cell.timestamp(last).postgresText,
        ])
    }
}
