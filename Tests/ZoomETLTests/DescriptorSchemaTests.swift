import Foundation
import Records
import TestSupport
import Testing
@testable import ZoomETL

/// Each stream's descriptor says the same as its table after migration (issue 12): every column
/// with its type, the loader's three columns, and the primary key in order. A column added to a
/// mapping but not to a migration, or the other way round, fails here rather than at 2 a.m.
@Suite struct DescriptorSchemaTests {
    /// `information_schema`'s spelling of each descriptor type.
    static func informationSchemaType(_ type: ColumnType) -> String {
        switch type {
        case .timestamptz: "timestamp with time zone"
        default: type.rawValue
        }
    }

    @Test(arguments: StreamCatalog.all.map(\.descriptor))
    func theDescriptorMatchesItsTable(_ descriptor: StreamDescriptor) async throws {
        try await withFreshWarehouse { warehouse in
            let columns = try await warehouse.queryRows("""
                SELECT column_name::text, data_type::text FROM information_schema.columns
                WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position
                """, [descriptor.table.schema, descriptor.table.name])
            try #require(!columns.isEmpty, "\(descriptor.table) does not exist after migration")
            let actual = Dictionary(columns.map { ($0[0]!, $0[1]!) }, uniquingKeysWith: { $1 })
            var expected = Dictionary(descriptor.columns.map { ($0.name, Self.informationSchemaType($0.type)) }, uniquingKeysWith: { $1 })
            expected["account_id"] = "text"
            expected["loaded_at"] = "timestamp with time zone"
            expected["run_id"] = "bigint"
            for (name, type) in expected.sorted(by: { $0.key < $1.key }) {
                #expect(actual[name] == type, "\(descriptor.table).\(name): the descriptor says \(type), the table has \(actual[name] ?? "no such column")")
            }
            let extra = Set(actual.keys).subtracting(expected.keys)
            #expect(extra.isEmpty, "\(descriptor.table) has columns no descriptor writes: \(extra.sorted())")

            let key = try await warehouse.queryRows("""
                SELECT a.attname::text FROM pg_index i
                JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) ON true
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY k.position
                """, ["\(descriptor.table)"]).map { $0[0]! }
            #expect(key == ["account_id"] + descriptor.primaryKey, "\(descriptor.table)'s primary key")
            if let partition = descriptor.monthlyPartitionColumn {
                let strategy = try await warehouse.queryRows("""
                    SELECT pg_get_partkeydef($1::regclass)
                    """, ["\(descriptor.table)"])
                #expect(strategy == [["RANGE (\(partition))"]], "\(descriptor.table) is partitioned by month on \(partition)")
            }
        }
    }
}
