import Records
import Testing
import TestSupport
@testable import Warehouse

/// Several pages in one transaction must leave what loading them one by one leaves.
@Suite struct LoadManyTests {
    typealias F = Fixtures

    @Test func freshAndKnownParentsAndFailuresCommitTogether() async throws {
        let (warehouse, run) = try await F.warehouse()
        _ = try await warehouse.load(F.participantsDone("B", [F.participant("B", 0, "old"), F.participant("B", 1, "gone")]),
                                     into: F.participants, account: "acct", runId: run)
        let pages = [
            F.participantsDone("A", [F.participant("A", 0, "ann"), F.participant("A", 1, "al")]),  // fresh: copied
            F.participantsDone("B", [F.participant("B", 0, "new")]),  // known: merged, row 1 deleted
            F.participantsFailed("C"),  // a failed fetch: progress only
            F.participantsDone("D", [F.participant("D", 0, "x"), F.participant("D", 0, "y")]),  // fresh, a key twice: merged
            F.participantsDone("E"),  // fresh and empty
        ]
        let stats = try await warehouse.load(pages, into: F.participants, account: "acct", runId: run)
        #expect(stats.map(\.rows) == [2, 1, 0, 2, 0])
        #expect(stats.map(\.inserted) == [2, 0, 0, 1, 0])
        #expect(stats.map(\.updated) == [0, 1, 0, 0, 0])
        #expect(stats.map(\.deleted) == [0, 1, 0, 0, 0])
        let rows = try await warehouse.queryRows("SELECT meeting_uuid, row_no::text, name FROM zoom_test.participants ORDER BY 1, 2")
        #expect(rows == [["A", "0", "ann"], ["A", "1", "al"], ["B", "0", "new"], ["D", "0", "y"]])
        let progress = try await warehouse.queryRows("SELECT parent, status FROM etl.child_progress ORDER BY parent")
        #expect(progress == [["A", "done"], ["B", "done"], ["C", "failed"], ["D", "done"], ["E", "done"]])
    }

    @Test func oneParentTwiceInABatchLoadsInOrder() async throws {
        let (warehouse, run) = try await F.warehouse()
        let pages = [F.participantsDone("A", [F.participant("A", 0, "first")]), F.participantsDone("A", [F.participant("A", 0, "second")])]
        _ = try await warehouse.load(pages, into: F.participants, account: "acct", runId: run)
        #expect(try await warehouse.queryRows("SELECT name FROM zoom_test.participants") == [["second"]])
    }

    @Test func aFailingPageRollsBackTheWholeBatch() async throws {
        let (warehouse, run) = try await F.warehouse()
        let bad = Page(rows: [F.usageRow(1, meetings: -1)])  // violates the CHECK
        let good = Page(rows: [F.usageRow(2, meetings: 3)])
        _ = await expectWarehouseError(.server) {
            _ = try await warehouse.load([good, bad], into: F.usage, account: "acct", runId: run)
        }
        #expect(try await warehouse.count("zoom_test.usage") == 0)
    }

    @Test func parentValuesThatNeedQuotingInTheArray() {
        #expect(Warehouse.arrayLiteral(["a", "b\"c", "d\\e", "/x=="]) == #"{"a","b\"c","d\\e","/x=="}"#)
    }
}
