import Foundation
import Records
import Testing
import TestSupport
@testable import Warehouse

@Suite struct CopyEncodingTests {
    @Test(arguments: [
        (Cell.null, nil),
        (.text(""), ""),
        (.text("a\tb\nc\rd\\e"), "a\tb\nc\rd\\e"),
        (.int(-42), "-42"),
        (.int(Int64.max), "9223372036854775807"),
        (.double(0.1), "0.1"),
        (.double(1e-300), "1e-300"),
        (.double(-0.0), "-0.0"),
        (.double(.infinity), "Infinity"),
        (.double(-.infinity), "-Infinity"),
        (.double(.nan), "NaN"),
        (.bool(true), "t"),
        (.bool(false), "f"),
        (.date(CivilDate(year: 2024, month: 2, day: 29)!), "2024-02-29"),
        (.timestamp(Date(timeIntervalSince1970: 1_767_225_600.123456)), "2026-01-01 00:00:00.123456+00"),
        (.timestamp(Date(timeIntervalSince1970: -0.5)), "1969-12-31 23:59:59.500000+00"),
        (.timestamp(Date(timeIntervalSince1970: 0)), "1970-01-01 00:00:00.000000+00"),
        (.json(#"{"a":1}"#), #"{"a":1}"#),
    ] as [(Cell, String?)])
    func cellsSpellPostgresInput(cell: Cell, expected: String?) {
        #expect(cell.postgresText == expected)
    }

    /// The encoder writes numbers, dates and times as bytes of its own; they must read as
    /// `postgresText` does (which `$n` parameters use).
    @Test func rowsSpellEveryCellAsItsPostgresText() {
        let cells: [Cell] = [
            .int(0), .int(7), .int(-42), .int(Int64.min), .int(Int64.max), .double(-0.0), .double(1e-300), .bool(true), .bool(false),
            .date(CivilDate(year: 2024, month: 2, day: 29)!), .date(CivilDate(year: 12, month: 1, day: 5)!),
            .timestamp(Date(timeIntervalSince1970: 1_767_225_600.123456)), .timestamp(Date(timeIntervalSince1970: -0.5)),
            .timestamp(Date(timeIntervalSince1970: -62_000_000_000)), .timestamp(Date(timeIntervalSince1970: 253_402_300_799.999999)),
            .timestamp(Date(timeIntervalSince1970: .infinity)), .text("plain"), .null,
        ]
        var encoder = CopyTextEncoder(capacity: 64)
        encoder.appendRow(prefix: [], cells: cells)
        let expected = cells.map { $0.postgresText ?? "\\N" }.joined(separator: "\t") + "\n"
        #expect(String(decoding: encoder.take(), as: UTF8.self) == expected)
    }

    @Test func escapesTheCharactersCOPYReserves() {
        var encoder = CopyTextEncoder(capacity: 64)
        encoder.appendRow(prefix: ["0", "acct"], cells: [.text("a\tb\nc\rd\\e"), .null, .text(""), .text("\\N")])
        #expect(String(decoding: encoder.take(), as: UTF8.self) == "0\tacct\ta\\tb\\nc\\rd\\\\e\t\\N\t\t\\\\N\n")
        #expect(encoder.buffer.isEmpty)
    }

    static let everything = StreamDescriptor(
        name: "everything", table: TableName(schema: "zoom_test", name: "everything"),
        columns: [
            Column("id", .bigint), Column("label", .text), Column("small", .integer), Column("big", .bigint),
            Column("ratio", .double), Column("flag", .boolean), Column("day", .date), Column("at", .timestamptz),
            Column("doc", .jsonb),
        ],
        primaryKey: ["id"], disposition: .mergeByKey
    )

    @Test func everyTypeRoundTripsThroughCOPY() async throws {
        let warehouse = try await freshWarehouse(migrated: false)
        try await warehouse.executeScript("""
            CREATE SCHEMA zoom_test;
            CREATE TABLE zoom_test.everything (
                account_id text, id bigint, label text, small integer, big bigint, ratio double precision,
                flag boolean, day date, at timestamptz, doc jsonb, loaded_at timestamptz, run_id bigint,
                PRIMARY KEY (account_id, id));
            """)
        let labels: [String?] = ["tab\there", "line\nbreak", "cr\rhere", #"back\slash \N"#, "ünïcødé 🎉 日本語", "", nil, "'quote\" ; --"]
        let ratios: [Double] = [0.1, 1e-300, .greatestFiniteMagnitude, -.pi, -0.0, .infinity, .leastNonzeroMagnitude, .nan]
        let instants = [1_767_225_600.123456, -86_400.000001, 0, 1_700_000_000.999999, 946_684_799.5, 1, 2, 3].map(Date.init(timeIntervalSince1970:))
        let json = #"{"a": "tab\there", "b": [1, 2.5, null], "c": "\\", "d": "ü"}"#
        let rows: [Row] = labels.indices.map { i in
            [.int(Int64(i)), labels[i].map(Cell.text) ?? .null, .int(Int64(i) - 4), .int(i == 0 ? .max : .min + Int64(i)),
             .double(ratios[i]), i == 6 ? .null : .bool(i % 2 == 0), .date(CivilDate(year: 1999 + i, month: 12, day: 31)!),
             .timestamp(instants[i]), i == 7 ? .null : .json(json)]
        }
        _ = try await warehouse.load(Page(rows: rows), into: Self.everything, account: "acct", runId: 1)

        let stored = try await warehouse.queryRows("""
            SELECT label, small::text, big::text, ratio::text, flag::text, day::text, at::text, doc = $1::jsonb
            FROM zoom_test.everything ORDER BY id
            """, [json])
        #expect(stored.count == rows.count)
        for (i, row) in stored.enumerated() {
            #expect(row[0] == labels[i], "label \(i)")
            #expect(row[1] == String(i - 4))
            #expect(row[2] == String(i == 0 ? .max : Int64.min + Int64(i)))
            let ratio = try #require(row[3].flatMap(Double.init))
            #expect(ratio.bitPattern == ratios[i].bitPattern || (ratio.isNaN && ratios[i].isNaN), "ratio \(i): \(row[3] ?? "nil")")
            #expect(row[4] == (i == 6 ? nil : (i % 2 == 0 ? "true" : "false")))
            #expect(row[5] == String(format: "%04d-12-31", 1999 + i))
            #expect(row[6] == Cell.timestamp(instants[i]).postgresText.map(Self.trimZeros), "instant \(i)")
            #expect(row[7] == (i == 7 ? nil : "t"))
        }
        #expect(try await warehouse.scalar("SELECT at::text FROM zoom_test.everything WHERE id = 0") == "2026-01-01 00:00:00.123456+00")
    }

    /// PostgreSQL prints `…:05.5+00` for `…:05.500000+00`.
    static func trimZeros(_ text: String) -> String {
        guard let dot = text.firstIndex(of: "."), let plus = text.lastIndex(of: "+") else { return text }
        var fraction = text[text.index(after: dot)..<plus]
        while fraction.last == "0" { fraction = fraction.dropLast() }
        return String(text[..<dot]) + (fraction.isEmpty ? "" : "." + fraction) + text[plus...]
    }

    @Test func largePagesStreamInChunks() async throws {
        let warehouse = try await freshWarehouse(migrated: false)
        try await warehouse.executeScript("""
            CREATE SCHEMA zoom_test;
            CREATE TABLE zoom_test.usage (account_id text, date date, meetings integer, note text,
                loaded_at timestamptz, run_id bigint, PRIMARY KEY (account_id, date));
            """)
        let note = String(repeating: "x\t\\y", count: 200)  // ~1 KiB escaped per row
        let rows = (0..<3000).map { i in [Cell.date(CivilDate(dayNumber: i)), .int(Int64(i)), .text(note)] }
        let stats = try await warehouse.load(Page(rows: rows), into: Fixtures.usage, account: "acct", runId: 1)
        #expect(stats.inserted == 3000)
        #expect(try await warehouse.queryRows("SELECT count(*), sum(meetings), bool_and(note = $1) FROM zoom_test.usage", [note])
                == [["3000", String((0..<3000).reduce(0, +)), "t"]])
    }
}
