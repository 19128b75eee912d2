import Foundation
import Records
import Testing
@testable import Extractors

// Shared pieces of the mapping tests: Zoom answers built from record texts, expected instants
// and days written out by hand (never through the parser under test), and row comparison.

/// What a mapping makes of one record Zoom sent.
enum Outcome: Sendable, Equatable, CustomStringConvertible {
    /// The record's row, every column in the descriptor's order.
    case row(Row)
    /// The record went to `etl.rejects` with this reason (and its raw JSON, checked apart).
    case rejected(String)
    /// The record is not the window's (daily usage days outside it): neither row nor reject.
    case leftOut

    var description: String {
        switch self {
        case .row(let row): "row \(row)"
        case .rejected(let reason): "rejected: \(reason)"
        case .leftOut: "left out"
        }
    }
}

/// One table-driven case: a record as Zoom sends it, and what it must become.
struct RecordCase: Sendable, CustomTestStringConvertible {
    let name: String
    let record: String
    let expected: Outcome

    init(_ name: String, _ record: String, _ expected: Outcome) {
        self.name = name
        self.record = record
        self.expected = expected
    }

    var testDescription: String { name }
}

enum ZoomAnswer {
    /// The records of an answer holding `records` under `itemsKey`, parsed as the client parses a
    /// body, so each record keeps the text Zoom sent (what a reject stores).
    static func records(_ records: [String], under itemsKey: String, endpoint: String = "/test") throws -> [JSONValue] {
        let body = #"{"next_page_token":"","page_size":300,"\#(itemsKey)":[\#(records.joined(separator: ","))]}"#
        let document = try JSONValue.parse(Data(body.utf8), endpoint: endpoint)
        return try #require(document[itemsKey]?.array)
    }

    /// The records of an answer of `stream`, taken from the body the way its declaration says.
    static func records<Stream: DeclaredStream>(of stream: Stream.Type, _ records: [String], body: ((String) -> String)? = nil) throws -> [JSONValue] {
        let items = "[" + records.joined(separator: ",") + "]"
        let text = body?(items) ?? #"{"next_page_token":"","\#(stream.declaration.paging.itemsKey)":\#(items)}"#
        return try stream.records(in: JSONValue.parse(Data(text.utf8), endpoint: stream.endpoint))
    }
}

/// A record's JSON text from its fields in Zoom's order, some values replaced (`nil`: left out),
/// so each case shows only what it changes from a realistic record.
typealias JSONFields = [(key: String, json: String)]

func jsonRecord(_ fields: JSONFields, _ replacing: [String: String?]) -> String {
    let kept = fields.compactMap { field -> String? in
        let json = replacing.keys.contains(field.key) ? replacing[field.key]! : field.json
        return json.map { #""\#(field.key)":\#($0)"# }
    }
    return "{" + kept.joined(separator: ",") + "}"
}

/// An instant written as its UTC calendar fields.
func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0, milliseconds: Int = 0) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                                              nanosecond: milliseconds * 1_000_000))!
}

func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day)!
}

func days(_ from: CivilDate, _ to: CivilDate) -> DateRange {
    DateRange(from: from, to: to)!
}

extension TimeZone {
    static func named(_ identifier: String) -> TimeZone { TimeZone(identifier: identifier)! }
}

extension Array where Element == Cell {
    /// The row with instants to the millisecond and doubles to 1e-9, the precision Zoom sends,
    /// so binary rounding of "12.66" seconds or "1.2 Mbps" cannot fail an equal row.
    var comparable: Row {
        map { cell in
            switch cell {
            case .timestamp(let date): .timestamp(Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000))
            case .double(let value): .double((value * 1e9).rounded() / 1e9)
            default: cell
            }
        }
    }
}

extension Page {
    /// What became of the page's only record: it must have given one row, one reject or nothing.
    var onlyOutcome: Outcome? {
        switch (rows.count, rejects.count) {
        case (1, 0): .row(rows[0].comparable)
        case (0, 1): .rejected(rejects[0].reason)
        case (0, 0): .leftOut
        default: nil
        }
    }

    /// The rows in a fixed order, to compare with expected rows whatever order the mapping emits.
    var unorderedRows: [Row] { rows.map(\.comparable).sortedForComparison }
}

extension Array where Element == Row {
    var sortedForComparison: [Row] { map(\.comparable).sorted { "\($0)" < "\($1)" } }
}

/// Checks a single-record page against the case: the whole row, or the reject with the raw JSON
/// Zoom sent (DESIGN.md: `etl.rejects` keeps a record that could not be typed, as sent).
func expectOutcome(_ page: Page, _ testCase: RecordCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let expected: Outcome = if case .row(let row) = testCase.expected { .row(row.comparable) } else { testCase.expected }
    #expect(page.onlyOutcome == expected, sourceLocation: sourceLocation)
    if case .rejected = testCase.expected {
        #expect(page.rejects.map(\.rawJSON) == [testCase.record], sourceLocation: sourceLocation)
    }
}

/// A record that must not become a row (PostgreSQL would refuse the page's COPY, or the key would
/// mean something else) but go to the rejects.
func expectRejected(_ page: Page, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(page.rows.isEmpty, "the record became a row: \(page.rows)", sourceLocation: sourceLocation)
    #expect(page.rejects.count == 1, sourceLocation: sourceLocation)
}
