import Foundation
import Records

/// What a warehouse table should hold, row by row and column by column, read from the sandbox's
/// ground truth the way an analyst reads the table (keys, instants, numbers in the column's unit,
/// text byte for byte, NULL for what Zoom sent empty or not at all). Built in
/// `WarehouseTruth+Streams.swift` from the generator alone, never from our client's mapping.
struct TruthTable {
    /// How a column is read back from PostgreSQL and compared.
    enum Kind {
        case text, integer, double, boolean, instant, date

        /// The SQL that renders the column as text this kind parses back.
        func select(_ column: String) -> String {
            let quoted = "\"\(column)\""
            switch self {
            case .text: return quoted
            case .integer, .double, .boolean: return "\(quoted)::text"
            case .instant: return "(extract(epoch FROM \(quoted)) * 1000)::bigint::text"
            case .date: return "to_char(\(quoted), 'YYYY-MM-DD')"
            }
        }

        func parse(_ text: String?) -> TruthValue {
            guard let text else { return .null }
            let value: TruthValue? = switch self {
            case .text: .text(text)
            case .integer: Int64(text).map(TruthValue.integer)
            case .double: Double(text).map(TruthValue.double)
            case .boolean: text == "true" ? .boolean(true) : text == "false" ? .boolean(false) : nil
            case .instant: Int64(text).map(TruthValue.instant)
            case .date: CivilDate(iso: text).map(TruthValue.date)
            }
            return value ?? .text("unreadable \(self): \(text)")
        }
    }

    struct Row {
        var cells: [TruthValue]
        /// A label counted separately among missing rows ("webinar"), so a failure says which
        /// part of Zoom's data a stream skips.
        var tag: String? = nil
        /// What may excuse the row's absence: a record it comes from that the run rejected
        /// (`meeting:<uuid>`, `date:<day>`, …; see `Pipeline.rejectedSources()`).
        var sources: [String] = []
    }

    /// `zoom.<table>`.
    let table: String
    /// The key first (account_id aside: every query filters on it), then the other columns.
    let columns: [(name: String, kind: Kind)]
    let keyCount: Int
    var rows: [Row] = []

    init(_ table: String, key: [(String, Kind)], columns: [(String, Kind)]) {
        self.table = table
        self.columns = (key + columns).map { (name: $0.0, kind: $0.1) }
        keyCount = key.count
    }

    mutating func append(_ cells: [TruthValue], tag: String? = nil, sources: [String] = []) {
        precondition(cells.count == columns.count, "\(table): \(cells.count) cells for \(columns.count) columns")
        rows.append(Row(cells: cells, tag: tag, sources: sources))
    }
}

/// One cell of a truth table or of the warehouse, compared by meaning.
enum TruthValue: Hashable, CustomStringConvertible {
    case null
    case text(String)
    case integer(Int64)
    case double(Double)
    case boolean(Bool)
    /// Milliseconds since 1970, UTC.
    case instant(Int64)
    case date(CivilDate)

    static func text(_ value: String?) -> TruthValue { value.map(TruthValue.text) ?? .null }
    static func integer(_ value: Int?) -> TruthValue { value.map { .integer(Int64($0)) } ?? .null }
    static func double(_ value: Double?) -> TruthValue { value.map(TruthValue.double) ?? .null }
    /// Zoom's empty string is NULL in the warehouse (DESIGN.md).
    static func zoomText(_ value: String) -> TruthValue { value.isEmpty ? .null : .text(value) }

    /// Zoom's `2022-03-23T06:58:09Z`, or with a fraction (`…:12.66Z`, webinars), read by hand so
    /// nothing of the client's decoding is reused.
    static func instant(zoom text: String) -> TruthValue {
        guard text.hasSuffix("Z"), let t = text.firstIndex(of: "T"), let day = CivilDate(iso: text[..<t]) else {
            return .text("unreadable instant \(text)")
        }
        let clock = text[text.index(after: t)..<text.index(before: text.endIndex)].split(separator: ":")
        let seconds = clock.count == 3 ? clock[2].split(separator: ".", omittingEmptySubsequences: false) : []
        guard clock.count == 3, let hour = Int64(clock[0]), let minute = Int64(clock[1]), let second = Int64(seconds[0]) else {
            return .text("unreadable instant \(text)")
        }
        let fraction = seconds.count > 1 ? String(seconds[1].prefix(3)).padding(toLength: 3, withPad: "0", startingAt: 0) : "000"
        let whole = Int64(day.dayNumber) * 86_400 + hour * 3_600 + minute * 60 + second
        return .instant(whole * 1_000 + (Int64(fraction) ?? 0))
    }

    /// Equal, doubles within a relative 1e-9 (PostgreSQL's float8 text round-trips, but a sum
    /// or a unit conversion may not land on the same last bit).
    func matches(_ other: TruthValue) -> Bool {
        if case .double(let a) = self, case .double(let b) = other { return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }
        return self == other
    }

    var description: String {
        switch self {
        case .null: return "NULL"
        case .text(let text): return "\"\(text)\""
        case .integer(let value): return "\(value)"
        case .double(let value): return "\(value)"
        case .boolean(let value): return "\(value)"
        case .instant(let millis):
            let seconds = millis.floorDivided(by: 1_000), day = CivilDate(dayNumber: Int(seconds.floorDivided(by: 86_400)))
            let second = seconds - seconds.floorDivided(by: 86_400) * 86_400
            let digits = { (value: Int64, width: Int) in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
            return "\(day)T\(digits(second / 3_600, 2)):\(digits(second / 60 % 60, 2)):\(digits(second % 60, 2)).\(digits(millis - seconds * 1_000, 3))Z"
        case .date(let date): return date.description
        }
    }
}

extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}

/// A truth table against the warehouse's rows: what is missing, extra or different, by key.
struct TableComparison: CustomStringConvertible {
    let truth: TruthTable
    let loaded: Int
    var missing: [TruthTable.Row] = []
    /// Missing rows a rejected record accounts for (etl.rejects holds it instead).
    var excused = 0
    var extra: [[TruthValue]] = []
    /// Per differing row: its key and each column that differs (name, expected, loaded).
    var differing: [(key: String, columns: [(String, TruthValue, TruthValue)])] = []
    /// Expected rows sharing a key: a fault of the truth tables, not of the warehouse.
    var duplicateKeys: [String] = []

    /// Columns of the table the truth has no expectation for (but account_id, loaded_at, run_id):
    /// a column added to a stream must be added to `ExpectedWarehouse` too.
    var uncompared: [String] = []

    var isEqual: Bool { missing.isEmpty && extra.isEmpty && differing.isEmpty && duplicateKeys.isEmpty && uncompared.isEmpty }

    /// Missing rows with `tag`.
    func missingCount(tagged tag: String) -> Int { missing.count { $0.tag == tag } }

    init(_ truth: TruthTable, loaded rows: [[TruthValue]], rejected: Set<String> = []) {
        self.truth = truth
        loaded = rows.count
        // Keyed by the key cells themselves: rendering 150,000 keys as text costs seconds.
        var expected: [[TruthValue]: [TruthValue]] = [:]
        for row in truth.rows where expected.updateValue(row.cells, forKey: Array(row.cells.prefix(truth.keyCount))) != nil {
            duplicateKeys.append(Self.key(row.cells, truth))
        }
        var seen = Set<[TruthValue]>()
        for row in rows {
            let key = Array(row.prefix(truth.keyCount))
            seen.insert(key)
            guard let wanted = expected[key] else { extra.append(row); continue }
            let columns = truth.columns.indices.filter { !wanted[$0].matches(row[$0]) }.map { (truth.columns[$0].name, wanted[$0], row[$0]) }
            if !columns.isEmpty { differing.append((Self.key(row, truth), columns)) }
        }
        for row in truth.rows where !seen.contains(Array(row.cells.prefix(truth.keyCount))) {
            if row.sources.contains(where: rejected.contains) { excused += 1 } else { missing.append(row) }
        }
    }

    /// The key columns as `name=value, …`.
    static func key(_ cells: [TruthValue], _ truth: TruthTable) -> String {
        (0..<truth.keyCount).map { "\(truth.columns[$0].name)=\(cells[$0])" }.joined(separator: ", ")
    }

    /// A summary and the first few differences of each kind.
    var description: String {
        let limit = 3
        var tags: [String: Int] = [:]
        for row in missing { if let tag = row.tag { tags[tag, default: 0] += 1 } }
        let tagged = tags.sorted { $0.key < $1.key }.map { "\($0.value) of them of \($0.key) instances" }
        var lines = ["zoom.\(truth.table): \(truth.rows.count) rows expected, \(loaded) loaded; \(missing.count) missing"
                     + (tagged.isEmpty ? "" : " (\(tagged.joined(separator: ", ")))")
                     + ", \(extra.count) extra, \(differing.count) differ" + (excused > 0 ? ", \(excused) absent for rejected records" : "")]
        if !uncompared.isEmpty { lines.append("  columns without an expectation: \(uncompared.joined(separator: ", "))") }
        if !duplicateKeys.isEmpty { lines.append("  the truth repeats keys: \(duplicateKeys.prefix(limit).joined(separator: "; "))") }
        for (key, columns) in differing.prefix(limit) {
            lines.append("  differs (\(key)): " + columns.map { "\($0.0) expected \($0.1), loaded \($0.2)" }.joined(separator: "; "))
        }
        for row in missing.prefix(limit) { lines.append("  missing (\(Self.key(row.cells, truth)))\(row.tag.map { " [\($0)]" } ?? "")") }
        for row in extra.prefix(limit) { lines.append("  extra (\(Self.key(row, truth)))") }
        return lines.joined(separator: "\n")
    }
}

extension Pipeline {
    /// Every truth table against the warehouse rows of the pipeline's account.
    func compare(_ tables: [TruthTable], rejected: Set<String> = []) async throws -> [TableComparison] {
        var comparisons: [TableComparison] = []
        for truth in tables {
            let select = truth.columns.map { $0.kind.select($0.name) }.joined(separator: ", ")
            let order = truth.columns.prefix(truth.keyCount).map { "\"\($0.name)\"" }.joined(separator: ", ")
            let rows = try await query("SELECT \(select) FROM zoom.\(truth.table) WHERE account_id = $1 ORDER BY \(order)", [account.accountId])
            let loaded = rows.map { row in zip(truth.columns, row).map { $0.kind.parse($1) } }
            var comparison = TableComparison(truth, loaded: loaded, rejected: rejected)
            let columns = try await query("""
                SELECT column_name FROM information_schema.columns WHERE table_schema = 'zoom' AND table_name = $1
                  AND column_name NOT IN ('account_id', 'loaded_at', 'run_id') ORDER BY ordinal_position
                """, [truth.table]).compactMap { $0[0] }
            comparison.uncompared = columns.filter { name in !truth.columns.contains { $0.name == name } }
            comparisons.append(comparison)
        }
        return comparisons
    }
}
