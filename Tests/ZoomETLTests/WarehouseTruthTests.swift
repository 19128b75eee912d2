import Foundation
import Records
import Testing
import ZoomSandbox

/// The comparison itself: a warehouse off by one value, one row or one extra row in any table
/// must be named, or the ground-truth tests could pass on a warehouse they never really read.
@Suite struct WarehouseTruthTests {
    @Test func aWrongValueAMissingRowAndAnExtraRowAreNamedInEveryTable() async throws {
        let window = GroundTruthTests.window(days: 3)
        try await Reliability.withPipeline { pipeline in
            #expect(try await pipeline.zoomETL(GroundTruthTests.backfill(window)).exitCode == 0)
            let tables = ExpectedWarehouse(truth: pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId),
                                           from: window.from, to: window.to, now: pipeline.sandbox.now).tables
            let before = try await pipeline.compare(tables)
            for truth in tables {
                try await pipeline.spoil(truth)
            }
            let after = try await pipeline.compare(tables)
            for (old, new) in zip(before, after) {
                #expect(new.differing.count == old.differing.count + 1, "\(new)")
                #expect(new.missing.count == old.missing.count + 1, "\(new)")
                #expect(new.extra.count == old.extra.count + 1, "\(new)")
                let changed = new.truth.columns[new.truth.keyCount].name
                #expect(new.description.contains("\(changed) expected"), "the difference names the column: \(new)")
            }
        }
    }

    @Test func instantsReadAsZoomWritesThem() {
        #expect(TruthValue.instant(zoom: "1970-01-01T00:00:01Z") == .instant(1_000))
        #expect(TruthValue.instant(zoom: "2019-02-01T12:34:12.66Z") == .instant(1_549_024_452_660))
        #expect(TruthValue.instant(zoom: "2019-02-01T12:34:12.66Z").description == "2019-02-01T12:34:12.660Z")
        #expect(TruthValue.instant(zoom: "2019-02-01 12:34:12") == .text("unreadable instant 2019-02-01 12:34:12"))
        #expect(TruthValue.double(1200).matches(.double(1200.000_000_000_1)))
        #expect(!TruthValue.double(1.2).matches(.double(1200)))
        #expect(!TruthValue.null.matches(.text("")))
    }
}

extension Pipeline {
    /// In `zoom.<table>`: the last row by key deleted, the first non-key column of the first row
    /// made wrong, and a copy of that row added under another key.
    func spoil(_ truth: TruthTable) async throws {
        let key = truth.columns.prefix(truth.keyCount).map { "\"\($0.name)\"" }.joined(separator: ", ")
        let first = "(\(key)) = (SELECT \(key) FROM zoom.\(truth.table) ORDER BY \(key) LIMIT 1)"
        let column = truth.columns[truth.keyCount]
        let wrong = switch column.kind {
        case .text: "coalesce(\"\(column.name)\", '') || '-wrong'"
        case .integer: "coalesce(\"\(column.name)\", 0) + 1"
        case .double: "coalesce(\"\(column.name)\", 0) + 0.5"
        case .boolean: "NOT coalesce(\"\(column.name)\", false)"
        case .instant: "coalesce(\"\(column.name)\", now()) + interval '1 second'"
        case .date: "coalesce(\"\(column.name)\", current_date) + 1"
        }
        // The copy's new key: its first key column moved out of the truth's way.
        let keyColumn = truth.columns[0]
        let moved = keyColumn.kind == .date ? "to_jsonb(DATE '1999-01-01')" : "to_jsonb(\"\(keyColumn.name)\" || '-extra')"
        // The copy last, so neither the delete nor the update can take it.
        let last = "(\(key)) = (SELECT \(key) FROM zoom.\(truth.table) ORDER BY \(key.split(separator: ",").map { "\($0) DESC" }.joined(separator: ",")) LIMIT 1)"
        _ = try await query("DELETE FROM zoom.\(truth.table) WHERE \(last)")
        _ = try await query("UPDATE zoom.\(truth.table) SET \"\(column.name)\" = \(wrong) WHERE \(first)")
        _ = try await query("""
            INSERT INTO zoom.\(truth.table)
            SELECT (jsonb_populate_record(NULL::zoom.\(truth.table), to_jsonb(t) || jsonb_build_object('\(keyColumn.name)', \(moved)))).*
            FROM zoom.\(truth.table) t WHERE \(first)
            """)
    }
}
