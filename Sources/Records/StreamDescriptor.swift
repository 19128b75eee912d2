/// What the loader needs to know about a stream: where its rows go and how they merge.
///
/// Every warehouse table also has `account_id` (first in the key), `loaded_at` and `run_id`;
/// the loader supplies those three, so `columns` and `primaryKey` leave them out.
public struct StreamDescriptor: Sendable, Hashable {
    public let name: StreamName
    public let table: TableName
    /// The typed columns a record fills, in the order of `Row` cells.
    public let columns: [Column]
    /// Key columns after `account_id`, each one of `columns`.
    public let primaryKey: [String]
    public let disposition: WriteDisposition
    /// A `timestamptz` column the table is range-partitioned on, one partition per UTC month; the
    /// loader creates the months a page needs before writing it.
    public let monthlyPartitionColumn: String?

    public init(name: StreamName, table: TableName, columns: [Column], primaryKey: [String], disposition: WriteDisposition,
                monthlyPartitionColumn: String? = nil) {
        precondition(primaryKey.allSatisfy { key in columns.contains { $0.name == key } }, "\(name.rawValue): key column missing")
        if case .replaceByParent(let parentKey) = disposition {
            precondition(parentKey.allSatisfy { key in columns.contains { $0.name == key } }, "\(name): parent key column missing")
        }
        self.name = name
        self.table = table
        self.columns = columns
        self.primaryKey = primaryKey
        self.disposition = disposition
        precondition(monthlyPartitionColumn.map { column in columns.contains { $0.name == column && $0.type == .timestamptz } } ?? true,
                     "\(name): the partition column must be a timestamptz column")
        self.monthlyPartitionColumn = monthlyPartitionColumn
    }

    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex { $0.name == name }
    }
}

public struct TableName: Sendable, Hashable, CustomStringConvertible {
    public let schema: String
    public let name: String

    public init(schema: String, name: String) {
        self.schema = schema
        self.name = name
    }

    public var description: String { "\(schema).\(name)" }
}

public struct Column: Sendable, Hashable {
    public let name: String
    public let type: ColumnType

    public init(_ name: String, _ type: ColumnType) {
        self.name = name
        self.type = type
    }
}

/// PostgreSQL types a column may have; the raw value is the SQL spelling.
public enum ColumnType: String, Sendable, Hashable {
    case text
    case integer
    case bigint
    case double = "double precision"
    case boolean
    case date
    case timestamptz
    case jsonb
}

/// How a page's rows reach the target table.
public enum WriteDisposition: Sendable, Hashable {
    /// Insert new keys, update changed rows, leave identical rows untouched.
    case mergeByKey
    /// Delete every row of the parent (for example one meeting instance), then insert the page's
    /// rows: the set Zoom returns now is the truth, so rows it dropped disappear too.
    case replaceByParent(parentKey: [String])
}
