import Testing
import TestSupport
@testable import Warehouse

@Suite struct MigratorTests {
    @Test func appliesEachFileOnceAndSecondRunDoesNothing() async throws {
        let warehouse = try await freshWarehouse(migrated: false)
        #expect(try await warehouse.pendingMigrations() == Warehouse.migrationNames)
        let first = try await warehouse.migrate()
        #expect(first.applied == Warehouse.migrationNames)
        #expect(first.alreadyApplied == 0)
        let second = try await warehouse.migrate()
        #expect(second.applied.isEmpty)
        #expect(second.alreadyApplied == Warehouse.migrationNames.count)
        #expect(try await warehouse.pendingMigrations().isEmpty)
        let recorded = try await warehouse.queryRows("SELECT name FROM etl.schema_migrations ORDER BY version")
        #expect(recorded.map { $0[0] } == Warehouse.migrationNames)
    }

    @Test func everyBookkeepingTableAndColumnIsDocumented() async throws {
        let warehouse = try await freshWarehouse()
        let undocumented = try await warehouse.queryRows("""
            SELECT c.relname || coalesce('.' || a.attname, '')
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'etl'
            LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relkind = 'r'
              AND (obj_description(c.oid, 'pg_class') IS NULL OR (a.attname IS NOT NULL AND col_description(c.oid, a.attnum) IS NULL))
            """)
        #expect(undocumented.isEmpty, "\(undocumented)")
        let tables = try await warehouse.queryRows("SELECT tablename FROM pg_tables WHERE schemaname = 'etl' ORDER BY 1")
        #expect(tables.map { $0[0] } == ["checkpoints", "child_progress", "quota_usage", "rejects", "runs", "schema_migrations", "stream_availability"])
        let streamsComment = try await warehouse.scalar(
            "SELECT col_description(attrelid, attnum) FROM pg_attribute WHERE attrelid = 'etl.runs'::regclass AND attname = 'streams'")
        #expect(streamsComment?.contains("\"nullified\"") == true)
    }

    @Test func concurrentMigratorsSerializeAndApplyEachFileOnce() async throws {
        let url = try await freshDatabase()
        let one = try await Warehouse.connect(url, logger: TestDatabase.logger)
        let two = try await Warehouse.connect(url, logger: TestDatabase.logger)
        async let first = one.migrate()
        async let second = two.migrate()
        let reports = try await [first, second]
        #expect((reports[0].applied + reports[1].applied).sorted() == Warehouse.migrationNames)
        #expect(reports.contains { $0.applied.isEmpty })
        #expect(try await one.count("etl.schema_migrations") == Warehouse.migrationNames.count)
    }

    @Test func refusesADatabaseMigratedByANewerBinary() async throws {
        let warehouse = try await freshWarehouse()
        _ = try await warehouse.queryRows("INSERT INTO etl.schema_migrations (version, name, checksum) VALUES (9999, '9999_future.sql', 'x')")
        let error = await expectWarehouseError(.newerSchema) { _ = try await warehouse.migrate() }
        #expect(error?.version == 9999)
        #expect(error?.description == "the database was migrated by a newer zoom-etl (version 9999); upgrade zoom-etl")
    }

    @Test func refusesAFileChangedAfterItWasApplied() async throws {
        let warehouse = try await freshWarehouse()
        _ = try await warehouse.queryRows("UPDATE etl.schema_migrations SET checksum = 'edited' WHERE version = 1")
        let error = await expectWarehouseError(.migration) { _ = try await warehouse.migrate() }
        #expect(error?.migration == "001_etl_bookkeeping.sql")
        #expect(error?.description.contains("001_etl_bookkeeping.sql") == true)
        #expect(error?.description.contains("checksum") == true)
    }

    @Test func aFailingFileRollsBackAndNamesItself() async throws {
        let warehouse = try await freshWarehouse(migrated: false)
        let good: (name: String, sql: String) = ("001_a.sql", "CREATE TABLE public.a (x integer);")
        let bad: (name: String, sql: String) = ("002_b.sql", "CREATE TABLE public.b (x integer);\nSELECT 1 / 0;")
        let error = await expectWarehouseError(.migration) {
            _ = try await warehouse.migrate(using: Migrator(files: [good, bad]))
        }
        #expect(error?.migration == "002_b.sql")
        #expect(error?.sqlstate == "22012")
        #expect(error?.description.hasPrefix("migration 002_b.sql failed: division by zero (SQLSTATE 22012)") == true)
        #expect(try await warehouse.scalar("SELECT to_regclass('public.a') IS NOT NULL") == "t")
        #expect(try await warehouse.scalar("SELECT to_regclass('public.b') IS NULL") == "t")
        #expect(try await warehouse.queryRows("SELECT name FROM etl.schema_migrations").map { $0[0] } == ["001_a.sql"])

        let fixed: (name: String, sql: String) = ("002_b.sql", "CREATE TABLE public.b (x integer);")
        let report = try await warehouse.migrate(using: Migrator(files: [good, fixed]))
        #expect(report == MigrationReport(applied: ["002_b.sql"], alreadyApplied: 1))
    }

    @Test func versionsComeFromTheFileNamePrefix() throws {
        let migrator = try Migrator(files: [("010_z.sql", "SELECT 1"), ("002_a.sql", "SELECT 2")])
        #expect(migrator.migrations.map(\.version) == [2, 10])
        #expect(throws: WarehouseError.self) { try Migrator(files: [("a.sql", "SELECT 1")]) }
        #expect(throws: WarehouseError.self) { try Migrator(files: [("1_a.sql", ""), ("001_b.sql", "")]) }
    }
}
