import Records
import Testing
import TestSupport
@testable import Warehouse

@Suite struct ChildProgressTests {
    typealias F = Fixtures

    /// status, attempts, last_error, fetched_at set?, run_id of one parent's participants progress.
    private func progress(_ warehouse: Warehouse, _ parent: String, account: String = "acct") async throws -> [String?]? {
        try await warehouse.queryRows("""
            SELECT status, attempts::text, last_error, (fetched_at IS NOT NULL)::text, run_id::text
            FROM etl.child_progress WHERE account_id = $1 AND stream = 'participants' AND parent = $2
            """, [account, parent]).first
    }

    @Test func doneCommitsWithTheRows() async throws {
        let (warehouse, run) = try await F.warehouse()
        let stats = try await warehouse.load(F.participantsDone("A", [F.participant("A", 0, "ann")]), into: F.participants, account: "acct", runId: run)
        #expect(stats.inserted == 1)
        #expect(try await progress(warehouse, "A") == ["done", "0", nil, "true", String(run)])
        #expect(try await progress(warehouse, "A", account: "other") == nil)
    }

    @Test func aFailingPageLeavesNeitherRowsNorProgress() async throws {
        let (warehouse, run) = try await F.warehouse()
        _ = try await warehouse.load(F.participantsFailed("A", "first"), into: F.participants, account: "acct", runId: run)
        let bad = F.participantsDone("A", [F.participant("A", 0, "ann"), [.text("A"), .null, .text("no row_no")]])
        let error = await expectWarehouseError(.server) {
            _ = try await warehouse.load(bad, into: F.participants, account: "acct", runId: run)
        }
        #expect(error?.relation == "zoom_test.participants")
        #expect(try await warehouse.count("zoom_test.participants") == 0)
        #expect(try await progress(warehouse, "A") == ["failed", "1", "first", "false", String(run)])

        let never = F.participantsDone("B", [[.text("B"), .null, .null]])
        _ = await expectWarehouseError(.server) {
            _ = try await warehouse.load(never, into: F.participants, account: "acct", runId: run)
        }
        #expect(try await progress(warehouse, "B") == nil)
    }

    @Test func failuresCountUpKeepTheRowsAndDoneResetsThem() async throws {
        let (warehouse, run1) = try await F.warehouse()
        _ = try await warehouse.load(F.participantsDone("A", [F.participant("A", 0, "ann")]), into: F.participants, account: "acct", runId: run1)
        let fetchedAt = try await warehouse.scalar("SELECT fetched_at::text FROM etl.child_progress")

        let run2 = try await warehouse.beginRun(job: "test", accountId: "acct", command: "test", arguments: [:])
        let failed = try await warehouse.load(F.participantsFailed("A", "HTTP 500"), into: F.participants, account: "acct", runId: run2)
        #expect((failed.rows, failed.inserted, failed.deleted) == (0, 0, 0))
        _ = try await warehouse.load(F.participantsFailed("A", "HTTP 502"), into: F.participants, account: "acct", runId: run2)
        #expect(try await progress(warehouse, "A") == ["failed", "2", "HTTP 502", "true", String(run2)])
        #expect(try await warehouse.scalar("SELECT fetched_at::text FROM etl.child_progress") == fetchedAt)
        #expect(try await warehouse.queryRows("SELECT name FROM zoom_test.participants") == [["ann"]])  // a failure replaces nothing

        _ = try await warehouse.load(F.participantsDone("A", []), into: F.participants, account: "acct", runId: run2)
        #expect(try await progress(warehouse, "A") == ["done", "0", nil, "true", String(run2)])
        #expect(try await warehouse.count("zoom_test.participants") == 0)  // Zoom now returns none: the set is empty
        _ = try await warehouse.load(F.participantsFailed("A", "again"), into: F.participants, account: "acct", runId: run2)
        #expect(try await progress(warehouse, "A") == ["failed", "1", "again", "true", String(run2)])
    }

    @Test func onlyAFailedOutcomeMayComeWithoutAParent() async throws {
        let (warehouse, run) = try await F.warehouse()
        let doneWithoutParent = Page(rows: [], childProgress: ChildProgress(stream: "participants", parent: "A", outcome: .done))
        _ = await expectWarehouseError(.protocolViolation) {
            _ = try await warehouse.load(doneWithoutParent, into: F.participants, account: "acct", runId: run)
        }
        var failedWithRows = F.participantsFailed("A")
        failedWithRows.rows = [F.participant("A", 0, "ann")]
        _ = await expectWarehouseError(.protocolViolation) {
            _ = try await warehouse.load(failedWithRows, into: F.participants, account: "acct", runId: run)
        }
        #expect(try await warehouse.count("etl.child_progress") == 0)

        // A merge-by-key child stream (QoS, say) records progress the same way.
        let qos = Page(rows: [F.usageRow(1, meetings: 1)], childProgress: ChildProgress(stream: "qos", parent: "A", outcome: .done))
        _ = try await warehouse.load(qos, into: F.usage, account: "acct", runId: run)
        #expect(try await warehouse.queryRows("SELECT stream, parent, status FROM etl.child_progress") == [["qos", "A", "done"]])
    }

    @Test func summaryAndFailedChildrenSeparateRetriedFromGivenUp() async throws {
        let (warehouse, run) = try await F.warehouse()
        for meeting in ["A", "B"] {
            _ = try await warehouse.load(F.participantsDone(meeting), into: F.participants, account: "acct", runId: run)
        }
        for (meeting, failures) in [("C", 1), ("D", 3), ("E", 4)] {
            for attempt in 1...failures {
                _ = try await warehouse.load(F.participantsFailed(meeting, "try \(attempt)"), into: F.participants, account: "acct", runId: run)
            }
        }
        _ = try await warehouse.load(F.participantsFailed("X"), into: F.participants, account: "other", runId: run)

        let summary = try await warehouse.childProgressSummary(account: "acct", stream: "participants", maxAttempts: 3)
        #expect(summary == (done: 2, failed: 1, givenUp: 2))
        let lenient = try await warehouse.childProgressSummary(account: "acct", stream: "participants", maxAttempts: 5)
        #expect(lenient == (done: 2, failed: 3, givenUp: 0))
        let none = try await warehouse.childProgressSummary(account: "acct", stream: "qos", maxAttempts: 3)
        #expect(none == (done: 0, failed: 0, givenUp: 0))

        let failed = try await warehouse.failedChildren(account: "acct", stream: "participants")
        #expect(failed.map(\.parent) == ["E", "D", "C"])
        #expect(failed.map(\.attempts) == [4, 3, 1])
        #expect(failed.map(\.lastError) == ["try 4", "try 3", "try 1"])
        #expect(try await warehouse.failedChildren(account: "acct", stream: "qos").isEmpty)
    }
}
