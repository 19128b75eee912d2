import Foundation
import Testing
import TestSupport
@testable import Warehouse

@Suite struct RunsTests {
    @Test func aSecondSessionCannotLockAnAccountUntilTheFirstCloses() async throws {
        let url = try await freshDatabase()
        let first = try await Warehouse.connect(url, logger: TestDatabase.logger)
        _ = try await first.migrate()
        let second = try await Warehouse.connect(url, logger: TestDatabase.logger)

        try await first.lockAccount("acct-1")
        try await first.lockAccount("acct-1")  // idempotent within a session
        let error = await expectWarehouseError(.lockHeld) { try await second.lockAccount("acct-1") }
        #expect(error?.account == "acct-1")
        #expect(error?.description.hasPrefix("the lock for account acct-1 is held by pid ") == true, "\(error?.description ?? "")")
        try await second.lockAccount("acct-2")  // other accounts are independent

        await first.close()
        try await second.lockAccount("acct-1")
    }

    @Test func unlockingLetsAnotherSessionIn() async throws {
        let url = try await freshDatabase()
        let first = try await Warehouse.connect(url, logger: TestDatabase.logger)
        _ = try await first.migrate()
        let second = try await Warehouse.connect(url, logger: TestDatabase.logger)
        try await first.lockAccount("acct")
        try await first.unlockAccount("acct")
        try await second.lockAccount("acct")
        _ = await expectWarehouseError(.lockHeld) { try await first.lockAccount("acct") }
    }

    @Test func takingTheLockMarksDeadRunsAbandoned() async throws {
        let url = try await freshDatabase()
        let crashed = try await Warehouse.connect(url, logger: TestDatabase.logger)
        _ = try await crashed.migrate()
        try await crashed.lockAccount("acct")
        let deadRun = try await crashed.beginRun(job: "nightly", accountId: "acct", command: "run", arguments: [:])
        let otherAccountRun = try await crashed.beginRun(job: "nightly", accountId: "other", command: "run", arguments: [:])
        let next = try await Warehouse.connect(url, logger: TestDatabase.logger)
        _ = await expectWarehouseError(.lockHeld) { try await next.lockAccount("acct") }
        // As if the process died: the server ends the session (waiting up to 5 s for it), the lock goes.
        let pid = try #require(try await crashed.scalar("SELECT pg_backend_pid()"))
        #expect(try await next.scalar("SELECT pg_terminate_backend($1::integer, 5000)", [pid]) == "t")

        try await next.lockAccount("acct")
        let ownRun = try await next.beginRun(job: "nightly", accountId: "acct", command: "run", arguments: [:])
        try await next.unlockAccount("acct")
        try await next.lockAccount("acct")  // must not abandon the run this session is doing
        let rows = try await next.queryRows("SELECT run_id, status, finished_at IS NOT NULL, error IS NOT NULL FROM etl.runs ORDER BY run_id")
        #expect(rows == [
            [String(deadRun), "abandoned", "t", "t"],
            [String(otherAccountRun), "running", "f", "f"],
            [String(ownRun), "running", "f", "f"],
        ])
    }

    @Test func beginAndFinishRecordTheRun() async throws {
        let warehouse = try await freshWarehouse()
        let runId = try await warehouse.beginRun(job: "nightly", accountId: "acct", command: "backfill",
                                                 arguments: ["from": "2026-01-01", "to": "2026-01-31"])
        let started = try await warehouse.queryRows(
            "SELECT job, account_id, command, arguments->>'from', status, finished_at IS NULL FROM etl.runs WHERE run_id = $1", [String(runId)])
        #expect(started == [["nightly", "acct", "backfill", "2026-01-01", "running", "t"]])

        let stats = StreamRunStats(rows: 10, inserted: 7, updated: 2, deleted: 1, rejects: 3, requests: 4, nullified: 5)
        try await warehouse.finishRun(runId, status: .quotaExhausted, streams: ["daily_usage": stats], error: "quota spent")
        let finished = try await warehouse.queryRows(
            "SELECT status, finished_at >= started_at, error, streams->'daily_usage' = $2::jsonb FROM etl.runs WHERE run_id = $1",
            [String(runId), #"{"rows":10,"inserted":7,"updated":2,"deleted":1,"rejects":3,"requests":4,"nullified":5,"failed_instances":0,"gone_instances":0,"empty_values":5,"unparsable_values":0}"#])
        #expect(finished == [["quota_exhausted", "t", "quota spent", "t"]])

        let stored = try #require(try await warehouse.scalar("SELECT streams::text FROM etl.runs WHERE run_id = $1", [String(runId)]))
        let decoded = try JSONDecoder().decode([String: StreamRunStats].self, from: Data(stored.utf8))
        #expect(decoded == ["daily_usage": stats])

        _ = await expectWarehouseError(.protocolViolation) {
            try await warehouse.finishRun(424_242, status: .failed, streams: [:], error: nil)
        }
    }

    @Test func streamStatsAddUpPages() {
        var stats = StreamRunStats()
        var load = LoadStats()
        load.rows = 5; load.inserted = 3; load.updated = 1; load.unchanged = 1; load.rejects = 2; load.nullified = 4
        stats.add(load, requests: 2)
        stats.add(load, requests: 1)
        #expect(stats == StreamRunStats(rows: 10, inserted: 6, updated: 2, deleted: 0, rejects: 4, requests: 3, nullified: 8))
    }

    @Test func statsRecordedBeforeNullifiedExistedReadAsZero() throws {
        let old = #"{"rows":1,"inserted":1,"updated":0,"deleted":0,"rejects":0,"requests":2}"#
        let decoded = try JSONDecoder().decode(StreamRunStats.self, from: Data(old.utf8))
        #expect(decoded == StreamRunStats(rows: 1, inserted: 1, requests: 2))
    }
}
