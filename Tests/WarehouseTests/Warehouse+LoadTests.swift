import Records
import Testing
import TestSupport
@testable import Warehouse

@Suite struct LoadTests {
    typealias F = Fixtures

    private func usageRows(_ warehouse: Warehouse) async throws -> [[String?]] {
        try await warehouse.queryRows("SELECT account_id, date::text, meetings::text, note, run_id::text, loaded_at::text FROM zoom_test.usage ORDER BY date")
    }

    @Test func mergeInsertsThenLeavesIdenticalRowsAloneThenUpdatesChangedOnes() async throws {
        let (warehouse, run1) = try await F.warehouse()
        let page = Page(rows: [F.usageRow(1, meetings: 3), F.usageRow(2, meetings: 0, note: "quiet"), F.usageRow(3, meetings: nil)])
        let first = try await warehouse.load(page, into: F.usage, account: "acct", runId: run1)
        #expect((first.rows, first.inserted, first.updated, first.unchanged, first.deleted) == (3, 3, 0, 0, 0))
        let before = try await usageRows(warehouse)
        #expect(before.map { $0[4] } == [String(run1), String(run1), String(run1)])

        let run2 = try await warehouse.beginRun(job: "test", accountId: "acct", command: "test", arguments: [:])
        let again = try await warehouse.load(page, into: F.usage, account: "acct", runId: run2)
        #expect((again.inserted, again.updated, again.unchanged) == (0, 0, 3))
        #expect(try await usageRows(warehouse) == before)  // loaded_at and run_id untouched

        var changed = page
        changed.rows[1] = F.usageRow(2, meetings: 5, note: "quiet")
        let run3 = try await warehouse.beginRun(job: "test", accountId: "acct", command: "test", arguments: [:])
        let third = try await warehouse.load(changed, into: F.usage, account: "acct", runId: run3)
        #expect((third.inserted, third.updated, third.unchanged) == (0, 1, 2))
        let after = try await usageRows(warehouse)
        #expect(after.map { $0[2] } == ["3", "5", nil])
        #expect(after.map { $0[4] } == [String(run1), String(run3), String(run1)])
        #expect(after[0] == before[0] && after[2] == before[2])
    }

    @Test func accountsDoNotCollide() async throws {
        let (warehouse, run) = try await F.warehouse()
        let page = Page(rows: [F.usageRow(1, meetings: 1)])
        _ = try await warehouse.load(page, into: F.usage, account: "a", runId: run)
        let other = try await warehouse.load(page, into: F.usage, account: "b", runId: run)
        #expect(other.inserted == 1)
        #expect(try await warehouse.count("zoom_test.usage") == 2)
    }

    @Test func theLastRowWinsWhenAPageRepeatsAKey() async throws {
        let (warehouse, run) = try await F.warehouse()
        let page = Page(rows: [F.usageRow(1, meetings: 1), F.usageRow(2, meetings: 2), F.usageRow(1, meetings: 9)])
        let stats = try await warehouse.load(page, into: F.usage, account: "acct", runId: run)
        #expect((stats.rows, stats.inserted, stats.updated, stats.unchanged) == (3, 2, 0, 0))
        #expect(try await usageRows(warehouse).map { $0[2] } == ["9", "2"])
    }

    @Test func replaceByParentDropsVanishedRowsAndKeepsOtherParents() async throws {
        let (warehouse, run) = try await F.warehouse()
        let meetingA = Page(rows: [F.participant("A", 0, "ann"), F.participant("A", 1, "bob"), F.participant("A", 2, "cy")], parent: [.text("A")])
        let meetingB = Page(rows: [F.participant("B", 0, "dee")], parent: [.text("B")])
        _ = try await warehouse.load(meetingA, into: F.participants, account: "acct", runId: run)
        _ = try await warehouse.load(meetingB, into: F.participants, account: "acct", runId: run)

        let shrunk = Page(rows: [F.participant("A", 0, "ann"), F.participant("A", 1, "bobby")], parent: [.text("A")])
        let stats = try await warehouse.load(shrunk, into: F.participants, account: "acct", runId: run)
        #expect((stats.deleted, stats.inserted, stats.updated, stats.unchanged) == (1, 0, 1, 1))
        let rows = try await warehouse.queryRows("SELECT meeting_uuid, row_no::text, name FROM zoom_test.participants ORDER BY 1, 2")
        #expect(rows == [["A", "0", "ann"], ["A", "1", "bobby"], ["B", "0", "dee"]])

        let emptied = try await warehouse.load(Page(rows: [], parent: [.text("A")]), into: F.participants, account: "acct", runId: run)
        #expect(emptied.deleted == 2)
        #expect(try await warehouse.queryRows("SELECT meeting_uuid FROM zoom_test.participants") == [["B"]])
    }

    @Test func replaceByParentRefusesRowsOfAnotherParent() async throws {
        let (warehouse, run) = try await F.warehouse()
        let wrong = Page(rows: [F.participant("B", 0, "x")], parent: [.text("A")])
        _ = await expectWarehouseError(.protocolViolation) {
            _ = try await warehouse.load(wrong, into: F.participants, account: "acct", runId: run)
        }
        _ = await expectWarehouseError(.protocolViolation) {
            _ = try await warehouse.load(Page(rows: []), into: F.participants, account: "acct", runId: run)
        }
    }

    @Test func theCheckpointCommitsWithTheRows() async throws {
        let (warehouse, run) = try await F.warehouse()
        #expect(try await warehouse.checkpoint(account: "acct", stream: "usage", scope: .incremental) == nil)
        let first = Checkpoint(stream: "usage", scope: .incremental, cursor: ReportCursor(through: CivilDate(year: 2026, month: 3, day: 1)))
        _ = try await warehouse.load(Page(rows: [F.usageRow(1, meetings: 1)], checkpoint: first), into: F.usage, account: "acct", runId: run)
        #expect(try await warehouse.checkpoint(account: "acct", stream: "usage", scope: .incremental) == first)
        #expect(try await warehouse.checkpoint(account: "acct", stream: "usage", scope: .backfill(DateRange(from: CivilDate(year: 2026, month: 1, day: 1)!, to: CivilDate(year: 2026, month: 1, day: 31)!)!)) == nil)
        #expect(try await warehouse.checkpoint(account: "other", stream: "usage", scope: .incremental) == nil)

        let second = Checkpoint(stream: "usage", scope: .incremental, cursor: ReportCursor(through: CivilDate(year: 2026, month: 3, day: 2), complete: true))
        _ = try await warehouse.load(Page(rows: [], checkpoint: second), into: F.usage, account: "acct", runId: run)
        #expect(try await warehouse.checkpoint(account: "acct", stream: "usage", scope: .incremental) == second)
        #expect(try await warehouse.scalar("SELECT run_id FROM etl.checkpoints") == String(run))
    }

    @Test func aFailingPageWritesNothingAndNamesTheTable() async throws {
        let (warehouse, run) = try await F.warehouse()
        let good = Checkpoint(stream: "usage", scope: .incremental, cursor: ReportCursor(through: CivilDate(year: 2026, month: 3, day: 1)))
        _ = try await warehouse.load(Page(rows: [F.usageRow(1, meetings: 1)], checkpoint: good), into: F.usage, account: "acct", runId: run)

        let bad = Page(
            rows: [F.usageRow(2, meetings: 2), F.usageRow(3, meetings: -1)],
            rejects: [Reject(rawJSON: #"{"date":"x"}"#, reason: "bad date")],
            checkpoint: Checkpoint(stream: "usage", scope: .incremental, cursor: ReportCursor(through: CivilDate(year: 2026, month: 3, day: 3)))
        )
        let error = await expectWarehouseError(.server) {
            _ = try await warehouse.load(bad, into: F.usage, account: "acct", runId: run)
        }
        #expect(error?.relation == "zoom_test.usage")
        #expect(error?.sqlstate == "23514")
        #expect(error?.description.hasPrefix("PostgreSQL refused to write zoom_test.usage: ") == true)
        #expect(error?.description.contains("Failing row") == false)  // row values stay in debugDescription
        #expect(error?.debugDescription.contains("detail:") == true)

        #expect(try await warehouse.queryRows("SELECT date::text FROM zoom_test.usage") == [["2026-03-01"]])
        #expect(try await warehouse.count("etl.rejects") == 0)
        #expect(try await warehouse.checkpoint(account: "acct", stream: "usage", scope: .incremental) == good)

        // A NULL key fails the same way, and the session is still usable afterwards.
        let nullKey = Page(rows: [[.null, .int(1), .null]])
        let keyError = await expectWarehouseError(.server) {
            _ = try await warehouse.load(nullKey, into: F.usage, account: "acct", runId: run)
        }
        #expect(keyError?.relation == "zoom_test.usage")
        #expect(keyError?.sqlstate == "23502")
        let after = try await warehouse.load(Page(rows: [F.usageRow(4, meetings: 4)]), into: F.usage, account: "acct", runId: run)
        #expect(after.inserted == 1)
    }

    @Test func aValueCOPYCannotReadNamesTheTargetTable() async throws {
        let (warehouse, run) = try await F.warehouse()
        let page = Page(rows: [[F.day(1), .text("many"), .null]])
        let error = await expectWarehouseError(.copy) {
            _ = try await warehouse.load(page, into: F.usage, account: "acct", runId: run)
        }
        #expect(error?.relation == "zoom_test.usage")
        #expect(error?.sqlstate == "22P02")
        #expect(try await warehouse.count("zoom_test.usage") == 0)
    }

    @Test func aRejectIsStoredOnceHoweverOftenItIsRead() async throws {
        let (warehouse, run) = try await F.warehouse()
        let r1 = Reject(rawJSON: #"{"id":1,"date":"not a date"}"#, reason: "bad date")
        let r2 = Reject(rawJSON: #"{"id":2}"#, reason: "no date")
        let page = Page(rows: [], rejects: [r1, r2, r1])
        let first = try await warehouse.load(page, into: F.usage, account: "acct", runId: run)
        #expect((first.rejects, first.newRejects) == (3, 2))
        let again = try await warehouse.load(page, into: F.usage, account: "acct", runId: run)
        #expect((again.rejects, again.newRejects) == (3, 0))
        let otherAccount = try await warehouse.load(page, into: F.usage, account: "other", runId: run)
        #expect(otherAccount.newRejects == 2)
        let rows = try await warehouse.queryRows("SELECT account_id, stream, raw_json, reason, run_id::text FROM etl.rejects WHERE account_id = 'acct' ORDER BY reject_id")
        #expect(rows == [["acct", "usage", r1.rawJSON, "bad date", String(run)], ["acct", "usage", r2.rawJSON, "no date", String(run)]])
    }

    @Test func nullifiedValuesAreCounted() async throws {
        let (warehouse, run) = try await F.warehouse()
        let stats = try await warehouse.load(Page(rows: [F.usageRow(1, meetings: nil)], nullifiedValues: 2), into: F.usage, account: "acct", runId: run)
        #expect((stats.rows, stats.inserted, stats.nullified) == (1, 1, 2))
        let empty = try await warehouse.load(Page(rows: [], nullifiedValues: 3), into: F.usage, account: "acct", runId: run)
        #expect(empty.nullified == 3)
    }

    @Test func aCanceledLoadWritesNothing() async throws {
        let (warehouse, run) = try await F.warehouse()
        let page = Page(rows: [F.usageRow(1, meetings: 1)])
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await warehouse.load(page, into: F.usage, account: "acct", runId: run)
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(try await warehouse.count("zoom_test.usage") == 0)
    }

    @Test func rowsOfTheWrongWidthAreRefusedBeforeAnythingIsSent() async throws {
        let (warehouse, run) = try await F.warehouse()
        let error = await expectWarehouseError(.protocolViolation) {
            _ = try await warehouse.load(Page(rows: [[F.day(1)]]), into: F.usage, account: "acct", runId: run)
        }
        #expect(error?.relation == "zoom_test.usage")
    }
}
