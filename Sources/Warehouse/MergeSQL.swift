import Foundation
import Records

/// The loader's statements, rendered from a stream descriptor.
///
/// Identifiers come only from descriptors and pass through `quote`; values never appear here,
/// they travel as COPY data or `$n` parameters (STYLE §5).
struct MergeSQL {
    let stream: StreamDescriptor

    /// The per-page staging table; `ON COMMIT DROP` cleans it up with the transaction.
    static let stage = "pg_temp.\(quote("zoom_etl_stage"))"
    /// Row order within the page, so the last of several rows with one key wins.
    static let ordinal = quote("zoom_etl_ordinal")

    /// Doubles embedded quotes, as PostgreSQL requires; the only way a name enters SQL text.
    static func quote(_ identifier: String) -> String {
        precondition(!identifier.utf8.contains(0), "identifier with a NUL byte")
        return "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func quote(_ table: TableName) -> String {
        "\(quote(table.schema)).\(quote(table.name))"
    }

    private var target: String { Self.quote(stream.table) }
    private var keyColumns: [String] { ["account_id"] + stream.primaryKey }
    private var valueColumns: [String] { stream.columns.map(\.name).filter { !stream.primaryKey.contains($0) } }

    private static func list(_ names: [String], prefix: String = "") -> String {
        names.map { prefix + quote($0) }.joined(separator: ", ")
    }

    var createStage: SQLQuery {
        let columns = ["\(Self.ordinal) bigint NOT NULL", "\"account_id\" text"]
            + stream.columns.map { "\(Self.quote($0.name)) \($0.type.rawValue)" }
        return SQLQuery("load.stage", "CREATE TEMP TABLE \(Self.stage) (\(columns.joined(separator: ", "))) ON COMMIT DROP")
    }

    /// The COPY's lines hold the ordinal, the account, then the row's cells in descriptor order.
    var copyIntoStage: SQLQuery {
        let columns = ["zoom_etl_ordinal", "account_id"] + stream.columns.map(\.name)
        return SQLQuery("load.copy", writes: stream.table, "COPY \(Self.stage) (\(Self.list(columns))) FROM STDIN")
    }

    /// Upserts the staged rows (last duplicate wins), leaving identical rows untouched.
    ///
    /// `$1` is the run id. Returns one row: distinct staged rows, inserted, updated. New keys are
    /// counted against the target as it was before the insert (every part of one statement sees
    /// the same snapshot); `xmax = 0` would say the same but cannot be read from a partitioned table.
    var upsert: SQLQuery {
        let columns = ["account_id"] + stream.columns.map(\.name)
        let insertColumns = Self.list(columns + ["loaded_at", "run_id"])
        let onConflict: String
        if valueColumns.isEmpty {
            onConflict = "DO NOTHING"
        } else {
            let assignments = (valueColumns + ["loaded_at", "run_id"])
                .map { "\(Self.quote($0)) = EXCLUDED.\(Self.quote($0))" }.joined(separator: ", ")
            onConflict = """
                DO UPDATE SET \(assignments)
                    WHERE (\(Self.list(valueColumns, prefix: "\"zoom_etl_target\"."))) IS DISTINCT FROM (\(Self.list(valueColumns, prefix: "EXCLUDED.")))
                """
        }
        return SQLQuery("load.merge", writes: stream.table, """
            WITH source AS (
                SELECT DISTINCT ON (\(Self.list(keyColumns))) \(Self.list(columns))
                FROM \(Self.stage)
                ORDER BY \(Self.list(keyColumns)), \(Self.ordinal) DESC
            ), fresh AS (
                SELECT count(*) AS rows FROM source
                WHERE NOT EXISTS (SELECT 1 FROM \(target) AS "zoom_etl_target" WHERE \(keyMatch))
            ), merged AS (
                INSERT INTO \(target) AS "zoom_etl_target" (\(insertColumns))
                SELECT \(Self.list(columns)), now(), $1::bigint FROM source
                ON CONFLICT (\(Self.list(keyColumns))) \(onConflict)
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM source), (SELECT rows FROM fresh), (SELECT count(*) FROM merged) - (SELECT rows FROM fresh)
            """)
    }

    /// The target row with the same key as the `source` row.
    private var keyMatch: String {
        keyColumns.map { "\"zoom_etl_target\".\(Self.quote($0)) = source.\(Self.quote($0))" }.joined(separator: " AND ")
    }

    /// Deletes the parent's rows whose key is not in the page. `$1` is the account, `$2…` the
    /// parent key values in `parentKey` order.
    func deleteVanished(parentKey: [String]) -> SQLQuery {
        let types = Dictionary(uniqueKeysWithValues: stream.columns.map { ($0.name, $0.type.rawValue) })
        let parentMatch = parentKey.enumerated()
            .map { "t.\(Self.quote($1)) = $\($0 + 2)::\(types[$1]!)" }
        let keyMatch = keyColumns.map { "s.\(Self.quote($0)) = t.\(Self.quote($0))" }
        return SQLQuery("load.replace", writes: stream.table, """
            DELETE FROM \(target) AS t
            WHERE t."account_id" = $1 AND \(parentMatch.joined(separator: " AND "))
              AND NOT EXISTS (SELECT 1 FROM \(Self.stage) AS s WHERE \(keyMatch.joined(separator: " AND ")))
            """)
    }
}
