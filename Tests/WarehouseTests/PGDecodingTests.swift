import Foundation
import TestSupport
import Testing
@testable import Warehouse

/// A row decodes in one call, and a value that does not read names its column (issue 12).
@Suite struct PGDecodingTests {
    @Test func aRowDecodesIntoATupleOfTypesWithNullAsNil() async throws {
        let warehouse = try await freshWarehouse(migrated: false)
        let row = try await warehouse.decodedRow("SELECT 42, 'x', NULL::text, 9007199254740993::bigint, 1.5::float8, true, NULL::int",
                                                 as: (Int, String, String?, Int64, Double, Bool, Int?).self)
        #expect(row == #"(42, "x", nil, 9007199254740993, 1.5, true, nil)"#)
        await warehouse.close()
    }

    @Test(arguments: [
        ("SELECT NULL::int AS attempts", "column attempts is NULL, not Int"),
        ("SELECT 'many' AS attempts", "column attempts is \"many\", not Int"),
        ("SELECT 1.5::float8 AS attempts", "column attempts is \"1.5\", not Int"),
    ])
    func aValueThatDoesNotReadNamesItsColumn(sql: String, message: String) async throws {
        let warehouse = try await freshWarehouse(migrated: false)
        let error = await #expect(throws: WarehouseError.self) { try await warehouse.decodedRow(sql, as: Int.self) }
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        await warehouse.close()
    }

    @Test func aMissingRowOrColumnIsAnErrorNotACrash() async throws {
        let warehouse = try await freshWarehouse(migrated: false)
        await #expect(throws: WarehouseError.self) { try await warehouse.decodedRow("SELECT 1 WHERE false", as: Int.self) }
        await #expect(throws: WarehouseError.self) { try await warehouse.decodedRow("SELECT 1", as: (Int, Int).self) }
        await warehouse.close()
    }
}

extension Warehouse {
    /// The first row of `sql` decoded as `type`, described (a tuple of packs does not cross the actor).
    func decodedRow<each Value: PGDecodable>(_ sql: String, as type: (repeat each Value).Type) throws -> String {
        let query = SQLQuery("test.decode", sql)
        return String(describing: try session().execute(query).decode(row: 0, as: type, query: query))
    }
}
