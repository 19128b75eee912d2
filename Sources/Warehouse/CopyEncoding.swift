import Foundation
import Records

/// Writes rows in COPY's text format (tab-separated, `\N` for NULL, backslash escapes).
///
/// Values are spelled so PostgreSQL reads them back exactly, whatever the server's locale:
/// instants as UTC with microseconds, dates as ISO, booleans as t/f, doubles in their
/// shortest round-trip form.
struct CopyTextEncoder {
    private(set) var buffer: [UInt8] = []

    init(capacity: Int) {
        buffer.reserveCapacity(capacity)
    }

    /// Appends one line: the given leading fields, then `cells`.
    mutating func appendRow(prefix: [String], cells: Row) {
        var first = true
        for field in prefix {
            if !first { buffer.append(0x09) }
            first = false
            appendEscaped(field)
        }
        for cell in cells {
            if !first { buffer.append(0x09) }
            first = false
            if let text = cell.postgresText {
                appendEscaped(text)
            } else {
                buffer.append(contentsOf: [0x5C, 0x4E])  // \N
            }
        }
        buffer.append(0x0A)
    }

    /// Hands the buffered bytes to the caller and starts over.
    mutating func take() -> [UInt8] {
        defer { buffer.removeAll(keepingCapacity: true) }
        return buffer
    }

    private mutating func appendEscaped(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])  // backslash
            case 0x09: buffer.append(contentsOf: [0x5C, 0x74])  // tab → \t
            case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])  // newline → \n
            case 0x0D: buffer.append(contentsOf: [0x5C, 0x72])  // carriage return → \r
            default: buffer.append(byte)
            }
        }
    }
}

extension Cell {
    /// The value in PostgreSQL's text input syntax, nil for NULL; also used for `$n` parameters.
    var postgresText: String? {
        switch self {
        case .null: return nil
        case .text(let string), .json(let string): return string
        case .int(let value): return String(value)
        case .double(let value): return Self.postgresText(value)
        case .bool(let value): return value ? "t" : "f"
        case .date(let date): return date.description
        case .timestamp(let instant): return Self.postgresText(instant)
        }
    }

    /// Swift's `description` is the shortest text that reads back to the same bits, and it
    /// ignores the locale; only the non-finite values need PostgreSQL's spelling.
    static func postgresText(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return value.description
    }

    /// `yyyy-MM-dd HH:mm:ss.ffffff+00`, computed with integers (no formatter, no locale).
    static func postgresText(_ instant: Date) -> String {
        let seconds = instant.timeIntervalSince1970
        // Beyond ±3000 years the value is surely a sentinel; PostgreSQL has a word for those.
        guard seconds.isFinite, abs(seconds) < 32_000_000_000 else { return seconds < 0 ? "-infinity" : "infinity" }
        // From the reference date, where Date keeps its Double, to keep microseconds exact.
        let micros = Int64((instant.timeIntervalSinceReferenceDate * 1_000_000).rounded()) + 978_307_200_000_000
        let (wholeSeconds, fraction) = floorDivision(micros, 1_000_000)
        let (days, secondOfDay) = floorDivision(wholeSeconds, 86_400)
        let date = CivilDate(dayNumber: Int(days))
        return "\(date) \(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)).\(pad(fraction, 6))+00"
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = (value % divisor + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
