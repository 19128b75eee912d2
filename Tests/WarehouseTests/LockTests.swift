import Foundation
import Records
import Testing
import TestSupport
@testable import Warehouse

/// Issue 11, findings 2 and 3: no lock zoom-etl takes waits without a deadline, none makes
/// readers wait, and when one gives up it names the session in the way (pid and user).
@Suite struct LockTests {
    @Test func theMigrationLockIsWaitedForUntilADeadlineThenItsHolderIsNamed() async throws {
        try await withSessions(migrated: false) { admin, other, role, _ in
            let pid = try #require(try await other.scalar("SELECT pg_backend_pid()::text"))
            _ = try await other.queryRows("SELECT pg_advisory_lock($1::integer, 0)", [String(Migrator.lockClass)])

            let started = ContinuousClock.now
            let error = await expectWarehouseError(.lockHeld) { _ = try await admin.migrate(lockWait: .seconds(1)) }
            let waited = started.duration(to: .now)
            #expect(waited >= .seconds(1) && waited < .seconds(6), "waited \(waited)")
            // `since` follows when this role may see the holder's start (the test's admin may).
            #expect(error?.description.hasPrefix("the migration lock is held by pid \(pid), user \(role), application zoom-etl") == true)
            #expect(error?.description.hasSuffix(" and was not released within 1 s; another zoom-etl is migrating, or that session holds "
                    + "the lock: try again when it has ended") == true, "\(error?.description ?? "")")
            #expect(try await admin.scalar("SELECT to_regclass('etl.runs')::text") == nil, "nothing was applied")

            _ = try await other.queryRows("SELECT pg_advisory_unlock($1::integer, 0)", [String(Migrator.lockClass)])
            #expect(try await admin.migrate().applied.count == Warehouse.migrationNames.count)
            // With nothing pending no lock is taken, so its holder delays no run.
            _ = try await other.queryRows("SELECT pg_advisory_lock($1::integer, 0)", [String(Migrator.lockClass)])
            let current = ContinuousClock.now
            #expect(try await admin.migrate(lockWait: .seconds(5)).applied.isEmpty)
            #expect(current.duration(to: .now) < .seconds(2))
        }
    }

    @Test func anAccountLockTakenByAnyRoleIsRefusedAtOnceNamingItsHolder() async throws {
        try await withSessions { admin, other, role, _ in
            let pid = try #require(try await other.scalar("SELECT pg_backend_pid()::text"))
            _ = try await other.queryRows("SELECT pg_advisory_lock($1::integer, hashtext('acct-1'))", [String(Warehouse.accountLockClass)])
            let started = ContinuousClock.now
            let error = await expectWarehouseError(.lockHeld) { try await admin.lockAccount("acct-1") }
            #expect(started.duration(to: .now) < .seconds(2))
            #expect(error?.description.hasPrefix("the lock for account acct-1 is held by pid \(pid), user \(role), application zoom-etl") == true)
            #expect(error?.description.hasSuffix(": another zoom-etl run of this account, or a session holding its advisory lock; "
                    + "try again when it has ended") == true, "\(error?.description ?? "")")
            let probe = try await admin.probeAccountLock("acct-1")
            #expect(!probe.free && probe.holder?.pid == Int(pid) && probe.holder?.user == role)
        }
    }

    @Test func addingAMonthNeitherWaitsForAnOpenReaderNorBlocksReaders() async throws {
        try await withSessions(otherRole: "zoom_analyst") { admin, analyst, _, _ in
            // The analyst's transaction read the table and stays open, as a BI tool's might all night.
            try await analyst.executeScript("BEGIN; SELECT count(*) FROM zoom.participant_qos")
            let started = ContinuousClock.now
            try await admin.preparePartitions(of: PrivilegeTests.qos, from: PrivilegeTests.instant("2026-11-28T00:00:00Z"),
                                              to: PrivilegeTests.instant("2026-12-01T10:00:00Z"))
            #expect(started.duration(to: .now) < .seconds(3))
            #expect(try await analyst.scalar("SELECT count(*)::text FROM zoom.participant_qos") == "0")
            try await analyst.executeScript("COMMIT")
            #expect(try await admin.scalar("SELECT count(*)::text FROM pg_inherits WHERE inhparent = 'zoom.participant_qos'::regclass") == "2")
        }
    }

    @Test func aConflictingLockMakesAddingAMonthGiveUpAfterTheTimeoutNamingItsHolder() async throws {
        try await withSessions(otherRole: "zoom_analyst") { admin, analyst, _, url in
            // Maintenance in the way: CREATE INDEX holds SHARE on the table for as long as it builds.
            let maintenance = try await Warehouse.connect(url, logger: TestDatabase.logger)
            let pid = try #require(try await maintenance.scalar("SELECT pg_backend_pid()::text"))
            let user = try #require(try await maintenance.scalar("SELECT current_user::text"))
            try await maintenance.executeScript("BEGIN; LOCK TABLE zoom.participant_qos IN SHARE MODE")

            let started = ContinuousClock.now
            let waiting = Task {
                await expectWarehouseError(.lockHeld) {
                    try await admin.preparePartitions(of: PrivilegeTests.qos, from: PrivilegeTests.instant("2026-12-02T00:00:00Z"),
                                                      to: PrivilegeTests.instant("2026-12-03T00:00:00Z"))
                }
            }
            // While it waits, readers go ahead at once.
            let monitor = try await Warehouse.connect(url, logger: TestDatabase.logger)
            var sawWait = false
            for _ in 0..<100 where !sawWait {
                sawWait = try await monitor.scalar("""
                    SELECT EXISTS (SELECT FROM pg_locks WHERE relation = 'zoom.participant_qos'::regclass AND NOT granted)::text
                    """) == "true"
                if !sawWait { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(sawWait, "adding the month never waited for the lock")
            try await analyst.executeScript("SET statement_timeout = '2s'")
            let read = ContinuousClock.now
            #expect(try await analyst.scalar("SELECT count(*)::text FROM zoom.participant_qos") == "0")
            #expect(read.duration(to: .now) < .seconds(1))

            let error = await waiting.value
            let waited = started.duration(to: .now)
            #expect(waited >= Warehouse.partitionLockTimeout && waited < Warehouse.partitionLockTimeout + .seconds(5), "waited \(waited)")
            #expect(error?.description.hasPrefix("gave up after 10 s waiting for a lock on zoom.participant_qos to add its monthly "
                    + "partitions, held by pid \(pid), user \(user), application zoom-etl") == true, "\(error?.description ?? "")")
            #expect(error?.description.hasSuffix("; nothing was written: try again when it has ended") == true)
            #expect(error?.sqlstate == "55P03")
            #expect(try await monitor.scalar("SELECT count(*)::text FROM pg_inherits WHERE inhparent = 'zoom.participant_qos'::regclass") == "0")
            await maintenance.close()
            await monitor.close()
        }
    }

    // MARK: - Helpers

    /// The admin's warehouse on a fresh database, and a session of a new login role in
    /// `otherRole` (nil: no grants at all, only the CONNECT every role has); dropped afterwards.
    func withSessions(migrated: Bool = true, otherRole: String? = nil,
                      _ body: (_ admin: Warehouse, _ other: Warehouse, _ role: String, _ url: String) async throws -> Void) async throws {
        let url = try await freshDatabase()
        let admin = try await Warehouse.connect(url, logger: TestDatabase.logger)
        if migrated { _ = try await admin.migrate() }
        let role = "zoom_lock_test_\(UInt32.random(in: 0...UInt32.max))"  // roles are cluster-wide
        try await admin.executeScript("CREATE ROLE \(role) LOGIN" + (otherRole.map { " IN ROLE \($0)" } ?? ""))
        let otherURL = try ConnectionString.make(ConnectionString.parse(url).filter { $0.keyword != "user" } + [("user", role)])
        let other = try await Warehouse.connect(otherURL, logger: TestDatabase.logger)
        do {
            try await body(admin, other, role, url)
        } catch {
            Issue.record(error)
        }
        await other.close()
        _ = try? await admin.executeScript("DROP ROLE \(role)")
        await admin.close()
    }
}
