import Foundation
import Records
import TestSupport
import Testing
@testable import Warehouse
import ZoomSandbox

/// A warehouse that the first released schema (migrations 001–008) holds, populated by a load,
/// upgraded by today's migrations without a row changing (issue 12). The fixture is a `pg_dump`
/// kept in `Fixtures/`; `ZOOM_ETL_WRITE_UPGRADE_FIXTURE=1` makes it anew (see `writeTheFixture`).
@Suite struct MigrationUpgradeTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/warehouse-008.sql")
    static let firstRelease = 8

    /// Per table of `zoom` and `etl` (a partitioned table as a whole): its row count and an md5 of its rows as text.
    static func fingerprint(_ warehouse: Warehouse) async throws -> [String: String] {
        let tables = try await warehouse.queryRows("""
            SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('zoom', 'etl') AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1
            """).compactMap { $0[0] }
        var prints: [String: String] = [:]
        for table in tables {
            let row = try await warehouse.queryRows("SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM \(table) t")
            prints[table] = row.first?.first ?? nil
        }
        return prints
    }

    @Test func todaysMigrationsUpgradeTheFirstReleasedSchemaWithoutChangingARow() async throws {
        _ = try await freshWarehouse()  // the cluster-wide roles the dump grants to
        let dump = try String(contentsOf: Self.fixture, encoding: .utf8)
        let warehouse = try await Warehouse.connect(try await freshDatabase(), logger: TestDatabase.logger)
        try await warehouse.executeScript(dump)
        let applied = try await warehouse.queryRows("SELECT max(version)::text FROM etl.schema_migrations")
        #expect(applied == [["\(Self.firstRelease)"]], "the fixture must hold the first released schema")
        let before = try await Self.fingerprint(warehouse)
        #expect((before["zoom.participant_qos"].flatMap { Int($0.prefix { $0 != " " }) } ?? 0) > 0, "the fixture must hold a load: \(before)")

        let report = try await warehouse.migrate()
        let later = try Migrator.embedded().migrations.filter { $0.version > Self.firstRelease }.map(\.name)
        #expect(report.applied == later)
        var after = try await Self.fingerprint(warehouse)
        #expect(after.removeValue(forKey: "etl.schema_migrations") != before["etl.schema_migrations"], "later migrations are recorded")
        var unchanged = before
        unchanged["etl.schema_migrations"] = nil
        for (table, print) in unchanged.sorted(by: { $0.key < $1.key }) {
            #expect(after[table] == print, "\(table) changed in the upgrade")
        }
        #expect(Set(unchanged.keys).isSubset(of: after.keys), "tables lost: \(Set(unchanged.keys).subtracting(after.keys))")
        // A later stream's table (migration 011's cloud_recording_usage, say) starts empty.
        for table in Set(after.keys).subtracting(unchanged.keys).sorted() {
            #expect(after[table]?.hasPrefix("0 ") == true, "\(table), added by a later migration, must start empty: \(after[table] ?? "-")")
        }
        await warehouse.close()
    }

    /// Makes `Fixtures/warehouse-008.sql`: a backfill of one day of every stream into a current
    /// warehouse, its rows copied into one that migrations 001–008 made, and that one dumped.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ZOOM_ETL_WRITE_UPGRADE_FIXTURE"] == "1"))
    func writeTheFixture() async throws {
        try await Reliability.withPipeline { pipeline in
            let day = ["--from", "\(Reliability.window.to)", "--to", "\(Reliability.window.to)"]
            let result = try await pipeline.zoomETL(["backfill"] + day, overrides: Reliability.fastClient)
            try #require(result.exitCode == 0, "\(result)")
            let source = try await Warehouse.connect(pipeline.databaseURL, logger: TestDatabase.logger)
            let targetURL = try await freshDatabase()
            let target = try await Warehouse.connect(targetURL, logger: TestDatabase.logger)
            let first = try Migrator(files: EmbeddedSQL.migrations.filter { Int($0.name.prefix(3))! <= Self.firstRelease })
            _ = try await target.migrate(using: first)
            let months = try await source.queryRows("SELECT DISTINCT date_trunc('month', sample_time)::text FROM zoom.participant_qos").compactMap { $0[0] }
            for month in months {
                _ = try await target.queryRows("SELECT etl.ensure_monthly_partitions('zoom.participant_qos', $1::timestamptz, $1::timestamptz)", [month])
            }
            let tables = try await source.queryRows("""
                SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname IN ('zoom', 'etl') AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                  AND c.relname <> 'schema_migrations' ORDER BY 1
                """).compactMap { $0[0] }
            let psqlCopy = tables.map { "\\copy \($0) FROM '/tmp/zoom-etl-fixture-\($0).tsv'" }
            try Self.psql(pipeline.databaseURL, tables.map { "\\copy (SELECT * FROM \($0)) TO '/tmp/zoom-etl-fixture-\($0).tsv'" })
            // Foreign keys are checked by the source; rows arrive in any table order.
            try Self.psql(targetURL, ["SET session_replication_role = replica"] + psqlCopy)
            // Three instances' QoS are enough to upgrade, and keep the file small.
            _ = try await target.queryRows("""
                DELETE FROM zoom.participant_qos WHERE meeting_uuid NOT IN
                    (SELECT meeting_uuid FROM zoom.participant_qos GROUP BY 1 ORDER BY 1 LIMIT 3)
                """)
            for sequence in try await source.queryRows("SELECT schemaname || '.' || sequencename, last_value::text FROM pg_sequences WHERE schemaname IN ('zoom', 'etl') AND last_value IS NOT NULL") {
                _ = try await target.queryRows("SELECT setval($1, $2::bigint)", [sequence[0], sequence[1]])
            }
            let dump = try Self.run("/usr/bin/pg_dump", ["--inserts", "--no-owner", "--schema=zoom", "--schema=etl", "--dbname=\(targetURL)"])
            // pg_dump's psql meta-commands (`\restrict`) are not SQL.
            let sql = dump.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("\\") }.joined(separator: "\n")
            try sql.write(to: Self.fixture, atomically: true, encoding: .utf8)
            await source.close()
            await target.close()
        }
    }

    /// Runs `commands` in one psql session, each its own `-c` (psql runs a backslash command alone).
    static func psql(_ url: String, _ commands: [String]) throws {
        _ = try run("/usr/bin/psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "--dbname=\(url)"] + commands.flatMap { ["-c", $0] })
    }

    static func run(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(path) failed: \(String(decoding: errors, as: UTF8.self))"])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
