import Records
import Testing
import TestSupport
@testable import Warehouse

@Suite struct MergeSQLTests {
    @Test func quotingDoublesEmbeddedQuotes() {
        #expect(MergeSQL.quote("plain") == #""plain""#)
        #expect(MergeSQL.quote(#"we"ird"#) == #""we""ird""#)
        #expect(MergeSQL.quote(TableName(schema: "zoom", name: "Daily Usage")) == #""zoom"."Daily Usage""#)
    }

    @Test func theMergeComparesOnlyValueColumns() {
        let sql = MergeSQL(stream: Fixtures.usage).upsert.text
        #expect(sql.contains(#"ON CONFLICT ("account_id", "date") DO UPDATE SET "meetings" = EXCLUDED."meetings", "note" = EXCLUDED."note", "loaded_at" = EXCLUDED."loaded_at", "run_id" = EXCLUDED."run_id""#))
        #expect(sql.contains(#"WHERE ("zoom_etl_target"."meetings", "zoom_etl_target"."note") IS DISTINCT FROM (EXCLUDED."meetings", EXCLUDED."note")"#))
    }

    @Test func keyOnlyStreamsDoNothingOnConflict() async throws {
        let stream = StreamDescriptor(name: "keys", table: TableName(schema: "zoom_test", name: "keys"),
                                      columns: [Column("k", .text)], primaryKey: ["k"], disposition: .mergeByKey)
        #expect(MergeSQL(stream: stream).upsert.text.contains("DO NOTHING"))
        let warehouse = try await freshWarehouse(migrated: false)
        try await warehouse.executeScript("""
            CREATE SCHEMA zoom_test;
            CREATE TABLE zoom_test.keys (account_id text, k text, loaded_at timestamptz, run_id bigint, PRIMARY KEY (account_id, k));
            """)
        let page = Page(rows: [[.text("a")], [.text("b")]])
        #expect(try await warehouse.load(page, into: stream, account: "acct", runId: 1).inserted == 2)
        let again = try await warehouse.load(page, into: stream, account: "acct", runId: 2)
        #expect((again.inserted, again.updated, again.unchanged) == (0, 0, 2))
    }

    @Test func awkwardIdentifiersAreQuotedEverywhere() async throws {
        let stream = StreamDescriptor(
            name: "odd", table: TableName(schema: "Zoom Test", name: #"odd "table""#),
            columns: [Column("Key Col", .text), Column(#"va"lue"#, .integer), Column("select", .text)],
            primaryKey: ["Key Col"], disposition: .replaceByParent(parentKey: ["Key Col"])
        )
        let warehouse = try await freshWarehouse(migrated: false)
        try await warehouse.executeScript(#"""
            CREATE SCHEMA "Zoom Test";
            CREATE TABLE "Zoom Test"."odd ""table""" (account_id text, "Key Col" text, "va""lue" integer, "select" text,
                loaded_at timestamptz, run_id bigint, PRIMARY KEY (account_id, "Key Col"));
            """#)
        let page = Page(rows: [[.text("k"), .int(1), .text("x")]], parent: [.text("k")])
        #expect(try await warehouse.load(page, into: stream, account: "acct", runId: 1).inserted == 1)
        var changed = page
        changed.rows[0][1] = .int(2)
        #expect(try await warehouse.load(changed, into: stream, account: "acct", runId: 2).updated == 1)
        let stored = try await warehouse.queryRows(#"""
            SELECT "va""lue"::text, "select" FROM "Zoom Test"."odd ""table"""
            """#)
        #expect(stored == [["2", "x"]])
    }
}
