import Foundation
import TestSupport
import Testing
import Warehouse

/// Issue 11, finding 3: a role that may only connect can take zoom-etl's advisory locks (their
/// keys are documented in README, "Locks"). Holding the account's makes runs exit 75 at once,
/// naming that session; holding the migration lock delays no run of a current schema, and makes
/// `migrate` give up after `Warehouse.migrationLockWait` naming it, instead of hanging silently.
@Suite struct RunLockTests {
    /// README: `pg_advisory_lock(2053469292, hashtext(account_id))` and `(2053469293, 0)`.
    static let accountLockClass = "2053469292", migrationLockClass = "2053469293"

    @Test func anyRoleHoldingTheAccountLockMakesARunExit75AtOnceNamingIt() async throws {
        try await withPipeline { pipeline in
            #expect(try await pipeline.zoomETL("migrate").exitCode == 0)
            try await withStranger(pipeline) { stranger, role in
                let pid = try #require(try await stranger.queryRows("SELECT pg_backend_pid()::text").first?.first ?? nil)
                _ = try await stranger.queryRows("SELECT pg_advisory_lock($1::integer, hashtext($2))", [Self.accountLockClass, pipeline.account.accountId])
                let started = ContinuousClock.now
                let run = try await pipeline.zoomETL("run")
                #expect(run.exitCode == 75, "\(run)")
                #expect(started.duration(to: .now) < .seconds(20))
                #expect(run.stderr.contains("the lock for account \(pipeline.account.accountId) is held by pid \(pid), user \(role), "
                                            + "application zoom-etl"), "\(run.stderr)")
                #expect(run.stderr.contains(": another zoom-etl run of this account, or a session holding its advisory lock; try again"), "\(run.stderr)")
                #expect(try await pipeline.query("SELECT count(*)::text FROM etl.runs") == [["0"]])
            }
            #expect(try await pipeline.zoomETL("run").exitCode == 0)
        }
    }

    @Test func aSessionHoldingTheMigrationLockDelaysNoRunAndMakesAPendingMigrateExit75NamingIt() async throws {
        try await withPipeline { pipeline in
            try await withStranger(pipeline) { stranger, role in
                let pid = try #require(try await stranger.queryRows("SELECT pg_backend_pid()::text").first?.first ?? nil)
                _ = try await stranger.queryRows("SELECT pg_advisory_lock($1::integer, 0)", [Self.migrationLockClass])
                let started = ContinuousClock.now
                let migrate = try await pipeline.zoomETL("migrate")
                let waited = started.duration(to: .now)
                #expect(migrate.exitCode == 75, "\(migrate)")
                #expect(waited >= Warehouse.migrationLockWait && waited < Warehouse.migrationLockWait + .seconds(15), "waited \(waited)")
                #expect(migrate.stderr.contains("the migration lock is held by pid \(pid), user \(role), application zoom-etl"), "\(migrate.stderr)")
                #expect(migrate.stderr.contains(" and was not released within 30 s; "), "\(migrate.stderr)")
                #expect(try await pipeline.query("SELECT to_regclass('etl.runs')::text") == [[nil]], "nothing was applied")

                _ = try await stranger.queryRows("SELECT pg_advisory_unlock($1::integer, 0)", [Self.migrationLockClass])
                #expect(try await pipeline.zoomETL("migrate").exitCode == 0)
                // The schema is current now: a run takes no migration lock, so the holder delays nothing.
                _ = try await stranger.queryRows("SELECT pg_advisory_lock($1::integer, 0)", [Self.migrationLockClass])
                let running = ContinuousClock.now
                let run = try await pipeline.zoomETL("run")
                #expect(run.exitCode == 0, "\(run)")
                #expect(running.duration(to: .now) < Warehouse.migrationLockWait)
            }
        }
    }

    /// A session of a new login role with no grant at all: what any role that may connect can do.
    func withStranger(_ pipeline: Pipeline, _ body: (_ stranger: Warehouse, _ role: String) async throws -> Void) async throws {
        let role = "zoom_stranger_\(UInt32.random(in: 0...UInt32.max))"  // roles are cluster-wide
        _ = try await pipeline.query("CREATE ROLE \(role) LOGIN")
        let url = try ConnectionString.make(ConnectionString.parse(pipeline.databaseURL).filter { $0.keyword != "user" } + [("user", role)])
        let stranger = try await Warehouse.connect(url, logger: TestDatabase.logger)
        do {
            try await body(stranger, role)
        } catch {
            Issue.record(error)
        }
        await stranger.close()
        _ = try? await pipeline.query("DROP ROLE \(role)")
    }
}
