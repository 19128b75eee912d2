import Foundation
import Records
import Testing
import TestSupport
@testable import Warehouse

/// Test-local tables: the warehouse tests never depend on the lead's `sql/` files.
enum Fixtures {
    static let usageTable = TableName(schema: "zoom_test", name: "usage")
    static let participantsTable = TableName(schema: "zoom_test", name: "participants")
    static let meetingsTable = TableName(schema: "zoom_test", name: "meetings")

    static let ddl = """
        CREATE SCHEMA zoom_test;
        CREATE TABLE zoom_test.usage (
            account_id text NOT NULL,
            date date NOT NULL,
            meetings integer CHECK (meetings >= 0),
            note text,
            loaded_at timestamptz NOT NULL DEFAULT now(),
            run_id bigint NOT NULL,
            PRIMARY KEY (account_id, date)
        );
        CREATE TABLE zoom_test.participants (
            account_id text NOT NULL,
            meeting_uuid text NOT NULL,
            row_no integer NOT NULL,
            name text,
            loaded_at timestamptz NOT NULL,
            run_id bigint NOT NULL,
            PRIMARY KEY (account_id, meeting_uuid, row_no)
        );
        CREATE TABLE zoom_test.meetings (
            account_id text NOT NULL,
            meeting_uuid text NOT NULL,
            kind text,
            participants_count integer,
            end_time timestamptz,
            PRIMARY KEY (account_id, meeting_uuid)
        );
        """

    static let usage = StreamDescriptor(
        name: "usage", table: usageTable,
        columns: [Column("date", .date), Column("meetings", .integer), Column("note", .text)],
        primaryKey: ["date"], disposition: .mergeByKey
    )

    static let participants = StreamDescriptor(
        name: "participants", table: participantsTable,
        columns: [Column("meeting_uuid", .text), Column("row_no", .integer), Column("name", .text)],
        primaryKey: ["meeting_uuid", "row_no"], disposition: .replaceByParent(parentKey: ["meeting_uuid"])
    )

    static func day(_ day: Int) -> Cell { .date(CivilDate(year: 2026, month: 3, day: day)!) }

    static func usageRow(_ dayOfMonth: Int, meetings: Int64?, note: String? = nil) -> Row {
        [day(dayOfMonth), meetings.map(Cell.int) ?? .null, note.map(Cell.text) ?? .null]
    }

    static func participant(_ meeting: String, _ row: Int64, _ name: String) -> Row {
        [.text(meeting), .int(row), .text(name)]
    }

    /// A child page that finishes `meeting`'s participants with `rows` (replacing its set).
    static func participantsDone(_ meeting: String, _ rows: [Row] = []) -> Page {
        Page(rows: rows, parent: [.text(meeting)], childProgress: ChildProgress(stream: "participants", parent: meeting, outcome: .done))
    }

    /// A child page recording that fetching `meeting`'s participants failed: no rows, no parent.
    static func participantsFailed(_ meeting: String, _ reason: String = "HTTP 500") -> Page {
        Page(rows: [], childProgress: ChildProgress(stream: "participants", parent: meeting, outcome: .failed(reason: reason)))
    }

    /// An instant `hours` after 2026-03-01 00:00 UTC.
    static func instant(hours: Double) -> Date {
        Date(timeIntervalSince1970: 1_772_323_200 + hours * 3600)
    }

    /// A migrated fresh database with the test tables, and a run to attribute writes to.
    static func warehouse() async throws -> (Warehouse, runId: Int64) {
        let warehouse = try await freshWarehouse()
        try await warehouse.executeScript(ddl)
        let runId = try await warehouse.beginRun(job: "test", accountId: "acct", command: "test", arguments: [:])
        return (warehouse, runId)
    }
}

extension Warehouse {
    /// The first value of the first row, for short assertions.
    func scalar(_ sql: String, _ parameters: [String?] = []) async throws -> String? {
        try await queryRows(sql, parameters).first?.first ?? nil
    }

    /// Adds a row to `zoom_test.meetings`, the parent table of the fan-out tests.
    func addMeeting(_ uuid: String, endedAt end: Date?, account: String = "acct", kind: String? = "meeting", participants: Int? = nil) async throws {
        _ = try await queryRows(
            "INSERT INTO zoom_test.meetings VALUES ($1, $2, $3, $4::integer, $5::timestamptz)",
            [account, uuid, kind, participants.map(String.init), end.map { Cell.postgresText($0) }])
    }

    func count(_ table: String) async throws -> Int {
        Int(try await scalar("SELECT count(*) FROM \(table)") ?? "") ?? -1
    }
}

/// Runs `body`, expecting a `WarehouseError` of `kind`, and returns it for further checks.
func expectWarehouseError(
    _ kind: WarehouseError.Kind, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void
) async -> WarehouseError? {
    do {
        try await body()
        Issue.record("expected a \(kind) error, got none", sourceLocation: sourceLocation)
    } catch let error as WarehouseError {
        #expect(error.kind == kind, "\(error.debugDescription)", sourceLocation: sourceLocation)
        return error
    } catch {
        Issue.record("expected a WarehouseError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}
