import Records
import Testing
import TestSupport
@testable import Warehouse

/// A parent's first set goes straight into the table by COPY; the result must be what the merge gives.
@Suite struct FreshParentTests {
    typealias F = Fixtures

    @Test func aFirstSetIsCopiedStraightInWithItsRunAndLoadTime() async throws {
        let (warehouse, run) = try await F.warehouse()
        let page = F.participantsDone("A", [F.participant("A", 0, "ann"), F.participant("A", 1, "tab\there")])
        let stats = try await warehouse.load(page, into: F.participants, account: "acct", runId: run)
        #expect((stats.rows, stats.inserted, stats.updated, stats.deleted) == (2, 2, 0, 0))
        let rows = try await warehouse.queryRows("""
            SELECT meeting_uuid, row_no::text, name, run_id::text, loaded_at <= now() FROM zoom_test.participants ORDER BY participants.row_no
            """)
        #expect(rows == [["A", "0", "ann", String(run), "t"], ["A", "1", "tab\there", String(run), "t"]])
        #expect(try await warehouse.queryRows("SELECT status FROM etl.child_progress WHERE parent = 'A'") == [["done"]])
    }

    @Test func aFirstSetRepeatingAKeyFallsBackToTheMergeAndTheLastRowWins() async throws {
        let (warehouse, run) = try await F.warehouse()
        let page = F.participantsDone("A", [F.participant("A", 0, "first"), F.participant("A", 1, "bob"), F.participant("A", 0, "last")])
        let stats = try await warehouse.load(page, into: F.participants, account: "acct", runId: run)
        #expect((stats.rows, stats.inserted) == (3, 2))
        let rows = try await warehouse.queryRows("SELECT row_no::text, name FROM zoom_test.participants ORDER BY participants.row_no")
        #expect(rows == [["0", "last"], ["1", "bob"]])
    }

    @Test func anEmptyFirstSetStillRecordsItsProgress() async throws {
        let (warehouse, run) = try await F.warehouse()
        let stats = try await warehouse.load(F.participantsDone("A"), into: F.participants, account: "acct", runId: run)
        #expect(stats.inserted == 0)
        #expect(try await warehouse.queryRows("SELECT status FROM etl.child_progress WHERE parent = 'A'") == [["done"]])
    }

    @Test func aRowAnotherAccountHoldsDoesNotMakeTheParentOld() async throws {
        let (warehouse, run) = try await F.warehouse()
        _ = try await warehouse.load(F.participantsDone("A", [F.participant("A", 0, "x")]), into: F.participants, account: "other", runId: run)
        let stats = try await warehouse.load(F.participantsDone("A", [F.participant("A", 0, "y")]), into: F.participants, account: "acct", runId: run)
        #expect(stats.inserted == 1)
        #expect(try await warehouse.count("zoom_test.participants") == 2)
    }
}
