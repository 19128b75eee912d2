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
            // Numbers and times need no escaping, and are written as bytes without a String
            // between: a QoS load writes millions of them.
            switch cell {
            case .null: buffer.append(contentsOf: [0x5C, 0x4E])  // \N
            case .int(let value): Cell.appendDigits(value, width: 1, to: &buffer)
            case .timestamp(let instant): Cell.appendTimestamp(instant, to: &buffer)
            case .date(let date): Cell.appendDate(date, to: &buffer)
            case .double(let value): buffer.append(contentsOf: Cell.postgresText(value).utf8)
            case .text(let text), .json(let text): appendEscaped(text)
            case .bool(let value): buffer.append(value ? 0x74 : 0x66)
            }
        }
        buffer.append(0x0A)
    }

    /// Hands the buffered bytes to the caller and starts over.
    mutating func take() -> [UInt8] {
        defer { buffer.removeAll(keepingCapacity: true) }
        return buffer
    }

    /// A U+0000 is left out: PostgreSQL `text` cannot hold it, and COPY has no escape for it, so
    /// one would fail the whole page (SQLSTATE 22021; zoom-api.md §9). The extractors reject a
    /// record holding one (`RecordReader.refuseNUL`); this is the last line, so that no value of
    /// a future stream can fail a load.
    private mutating func appendEscaped(_ text: String) {
        let utf8 = text.utf8
        if !utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x00 }) {
            buffer.append(contentsOf: utf8)
            return
        }
        for byte in utf8 {
            switch byte {
            case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])  // backslash
            case 0x09: buffer.append(contentsOf: [0x5C, 0x74])  // tab → \t
            case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])  // newline → \n
            case 0x0D: buffer.append(contentsOf: [0x5C, 0x72])  // carriage return → \r
            case 0x00: break
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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        appendTimestamp(instant, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendTimestamp(_ instant: Date, to buffer: inout [UInt8]) {
        let seconds = instant.timeIntervalSince1970
        // Beyond ±3000 years the value is surely a sentinel; PostgreSQL has a word for those.
        guard seconds.isFinite, abs(seconds) < 32_000_000_000 else {
            buffer.append(contentsOf: (seconds < 0 ? "-infinity" : "infinity").utf8)
            return
        }
        // From the reference date, where Date keeps its Double, to keep microseconds exact.
        let micros = Int64((instant.timeIntervalSinceReferenceDate * 1_000_000).rounded()) + 978_307_200_000_000
        let (wholeSeconds, fraction) = floorDivision(micros, 1_000_000)
        let (days, secondOfDay) = floorDivision(wholeSeconds, 86_400)
        appendDate(CivilDate(dayNumber: Int(days)), to: &buffer)
        buffer.append(0x20)
        appendDigits(secondOfDay / 3600, width: 2, to: &buffer)
        buffer.append(0x3A)
        appendDigits(secondOfDay / 60 % 60, width: 2, to: &buffer)
        buffer.append(0x3A)
        appendDigits(secondOfDay % 60, width: 2, to: &buffer)
        buffer.append(0x2E)
        appendDigits(fraction, width: 6, to: &buffer)
        buffer.append(contentsOf: "+00".utf8)
    }

    /// `CivilDate.description`'s text, as bytes.
    static func appendDate(_ date: CivilDate, to buffer: inout [UInt8]) {
        guard (0...9999).contains(date.year) else {
            buffer.append(contentsOf: date.description.utf8)
            return
        }
        appendDigits(Int64(date.year), width: 4, to: &buffer)
        buffer.append(0x2D)
        appendDigits(Int64(date.month), width: 2, to: &buffer)
        buffer.append(0x2D)
        appendDigits(Int64(date.day), width: 2, to: &buffer)
    }

    /// The decimal digits of `value`, zero-padded to `width`, with a leading `-` when negative;
    /// written in place from the last digit back, with no temporary.
    static func appendDigits(_ value: Int64, width: Int, to buffer: inout [UInt8]) {
        if value < 0 { buffer.append(0x2D) }
        var magnitude = value.magnitude
        var count = 1
        var rest = magnitude / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        buffer.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(width, count)))
        var index = buffer.count - 1
        repeat {
            buffer[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            index -= 1
        } while magnitude > 0
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = (value % divisor + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }
}
