import Foundation
import TestSupport
import Testing
import Warehouse

/// Issue 11, finding 1, as README deploys zoom-etl: the owner runs `zoom-etl migrate`, and the
/// nightly `run` logs in as a role in zoom_etl, which may create nothing in zoom or etl. Such a run
/// works while the schema is current, and a pending migration it may not apply is a clear
/// configuration error (exit 2), not a crash, until the owner migrates.
@Suite struct PrivilegeRunTests {
    @Test func aLoginInZoomETLRunsACurrentSchemaAndIsToldToHaveTheOwnerMigrate() async throws {
        try await withPipeline { pipeline in
            #expect(try await pipeline.zoomETL("migrate").exitCode == 0)
            let role = "zoom_etl_login_\(UInt32.random(in: 0...UInt32.max))"  // roles are cluster-wide
            _ = try await pipeline.query("CREATE ROLE \(role) LOGIN IN ROLE zoom_etl")
            let login = ["DATABASE_URL": try ConnectionString.make(
                ConnectionString.parse(pipeline.databaseURL).filter { $0.keyword != "user" } + [("user", role)])]

            let current = try await pipeline.zoomETL("run", overrides: login)
            #expect(current.exitCode == 0, "\(current)")

            // As after installing a newer zoom-etl: its migration is not applied yet.
            _ = try await pipeline.query("DELETE FROM etl.schema_migrations WHERE name = '010_least_privilege.sql'")
            let pending = try await pipeline.zoomETL("run", overrides: login)
            #expect(pending.exitCode == 2, "\(pending)")
            #expect(pending.stderr.contains("migration 010_least_privilege.sql is not applied, and role \(role) may not apply it: "), "\(pending.stderr)")
            #expect(pending.stderr.contains("(SQLSTATE 42501); have the owner of schemas zoom and etl run `zoom-etl migrate`, then rerun"),
                    "\(pending.stderr)")
            #expect(!pending.stderr.contains("Fatal error"), "\(pending.stderr)")
            #expect(try await pipeline.query("SELECT count(*)::text FROM etl.runs") == [["1"]], "the refused run recorded nothing")

            #expect(try await pipeline.zoomETL("migrate").exitCode == 0)
            let migrated = try await pipeline.zoomETL("run", overrides: login)
            #expect(migrated.exitCode == 0, "\(migrated)")
            _ = try? await pipeline.query("DROP OWNED BY \(role)")
            _ = try? await pipeline.query("DROP ROLE \(role)")
        }
    }
}
