/// Values: strings, numbers, booleans, dates and times, arrays and inline tables (TOML 1.0).
extension TOMLParser {
    /// A value that will sit `depth` tables and arrays below the root.
    mutating func value(depth: Int) throws -> TOMLValue {
        if scanner.take("true") { return .boolean(true) }
        if scanner.take("false") { return .boolean(false) }
        switch scanner.peek() {
        case .quote where scanner.peek(1) == .quote && scanner.peek(2) == .quote: return .string(try multilineString(literal: false))
        case .quote: return .string(try basicString())
        case .apostrophe where scanner.peek(1) == .apostrophe && scanner.peek(2) == .apostrophe: return .string(try multilineString(literal: true))
        case .apostrophe: return .string(try literalString())
        case .openBracket: return try array(depth: depth)
        case .openBrace: return try inlineTable(depth: depth)
        default: return try numberOrDateTime()
        }
    }

    private mutating func array(depth: Int) throws -> TOMLValue {
        guard depth <= Self.maxDepth else { throw scanner.error(Self.tooDeep) }
        scanner.advance()
        var values: [TOMLValue] = []
        while true {
            try scanner.skipBlankLines()
            if scanner.take("]") { return .array(values) }
            values.append(try value(depth: depth + 1))
            try scanner.skipBlankLines()
            if scanner.take(",") { continue }
            if scanner.take("]") { return .array(values) }
            throw scanner.error("expected ',' or ']' in an array, found \(scanner.describe(scanner.peek()))")
        }
    }

    /// `{ a = 1, b.c = 2 }`: on one line, no trailing comma, closed once written (TOML 1.0).
    private mutating func inlineTable(depth: Int) throws -> TOMLValue {
        guard depth <= Self.maxDepth else { throw scanner.error(Self.tooDeep) }
        scanner.advance()
        let table = TableBuilder(origin: .header, depth: depth)
        scanner.skipWhitespace()
        if scanner.take("}") { return .table(table.build()) }
        while true {
            try keyValue(into: table)
            scanner.skipWhitespace()
            if scanner.take("}") { return .table(table.build()) }
            guard scanner.take(",") else {
                throw scanner.error("expected ',' or '}' in an inline table, found \(scanner.describe(scanner.peek()))")
            }
            scanner.skipWhitespace()
            if scanner.peek() == .closeBrace { throw scanner.error("an inline table cannot end with a comma") }
        }
    }

    // MARK: Strings

    mutating func basicString() throws -> String {
        let start = scanner.position
        scanner.advance()
        var text: [UInt8] = []
        while true {
            let byte = scanner.peek()
            if scanner.isAtEnd || byte == .lineFeed { throw scanner.error("the string is not closed on its line", at: start) }
            switch byte {
            case .quote:
                scanner.advance()
                return String(decoding: text, as: UTF8.self)
            case .backslash:
                try escape(into: &text)
            default:
                try scanner.checkNotControl(byte, in: "a string")
                text.append(byte)
                scanner.advance()
            }
        }
    }

    mutating func literalString() throws -> String {
        let start = scanner.position
        scanner.advance()
        let from = scanner.position
        while scanner.peek() != .apostrophe {
            if scanner.isAtEnd || scanner.peek() == .lineFeed { throw scanner.error("the string is not closed on its line", at: start) }
            try scanner.checkNotControl(scanner.peek(), in: "a string")
            scanner.advance()
        }
        defer { scanner.advance() }
        return String(decoding: scanner.bytes[from..<scanner.position], as: UTF8.self)
    }

    /// `"""…"""` or `'''…'''`. A newline right after the opening is dropped; CRLF reads as LF.
    private mutating func multilineString(literal: Bool) throws -> String {
        let start = scanner.position
        let delimiter: UInt8 = literal ? .apostrophe : .quote
        scanner.advance(3)
        _ = scanner.takeNewline()
        var text: [UInt8] = []
        while true {
            if scanner.isAtEnd { throw scanner.error("the multi-line string is not closed", at: start) }
            let byte = scanner.peek()
            if byte == delimiter {
                // One or two delimiters are content, also just before the closing three.
                var run = 0
                while scanner.peek(run) == delimiter { run += 1 }
                guard run <= 5 else { throw scanner.error("too many quotes in a row in a multi-line string") }
                text.append(contentsOf: repeatElement(delimiter, count: run < 3 ? run : run - 3))
                scanner.advance(run)
                if run >= 3 { return String(decoding: text, as: UTF8.self) }
            } else if scanner.takeNewline() {
                text.append(.lineFeed)
            } else if byte == .backslash, !literal {
                if lineEndingBackslash() { continue }
                try escape(into: &text)
            } else {
                try scanner.checkNotControl(byte, in: "a string")
                text.append(byte)
                scanner.advance()
            }
        }
    }

    /// A `\` ending a line trims it, and all whitespace and newlines after it.
    private mutating func lineEndingBackslash() -> Bool {
        var look = 1
        while scanner.peek(look) == .space || scanner.peek(look) == .tab { look += 1 }
        let next = scanner.peek(look)
        guard next == .lineFeed || (next == .carriageReturn && scanner.peek(look + 1) == .lineFeed) else { return false }
        scanner.advance(look)
        while true {
            scanner.skipWhitespace()
            guard scanner.takeNewline() else { return true }
        }
    }

    private mutating func escape(into text: inout [UInt8]) throws {
        let start = scanner.position
        scanner.advance()
        let letter = scanner.peek()
        scanner.advance()
        switch letter {
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "t"): text.append(.tab)
        case UInt8(ascii: "n"): text.append(.lineFeed)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "r"): text.append(.carriageReturn)
        case .quote, .backslash: text.append(letter)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = letter == UInt8(ascii: "u") ? 4 : 8
            let digits = scanner.bytes[scanner.position..<min(scanner.position + count, scanner.bytes.count)]
            guard digits.count == count, digits.allSatisfy(\.isHexDigit),
                  let code = UInt32(String(decoding: digits, as: UTF8.self), radix: 16), let scalar = Unicode.Scalar(code) else {
                throw scanner.error("\\\(Character(Unicode.Scalar(letter))) needs \(count) hex digits naming a Unicode scalar value", at: start)
            }
            scanner.advance(count)
            text.append(contentsOf: String(scalar).utf8)
        default:
            throw scanner.error("a string holds an escape TOML does not know (known: \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)", at: start)
        }
    }

    // MARK: Numbers, dates and times

    private mutating func numberOrDateTime() throws -> TOMLValue {
        if scanner.digits(4), scanner.peek(4) == UInt8(ascii: "-") { return .dateTime(try dateTime()) }
        if scanner.digits(2), scanner.peek(2) == UInt8(ascii: ":") {
            return .dateTime(TOMLDateTime(date: nil, time: try time(), offsetMinutes: nil))
        }
        let start = scanner.position
        while scanner.peek().isBareKey || scanner.peek() == .dot || scanner.peek() == UInt8(ascii: "+") { scanner.advance() }
        let token = Array(scanner.bytes[start..<scanner.position])
        guard !token.isEmpty else { throw scanner.error("expected a value, found \(scanner.describe(scanner.peek()))") }
        switch TOMLNumber(token) {
        case .integer(let value)?: return .integer(value)
        case .float(let value)?: return .float(value)
        case .outOfRange?: throw scanner.error("\(String(decoding: token, as: UTF8.self)) is out of range for a 64-bit integer", at: start)
        case nil:
            throw scanner.error("\(String(reflecting: String(decoding: token, as: UTF8.self))) is not a value "
                                + "(a string, number, boolean, date, array or inline table)", at: start)
        }
    }

    private mutating func dateTime() throws -> TOMLDateTime {
        let date = try self.date()
        let separator = scanner.peek()
        let timeFollows = separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
            || (separator == .space && scanner.digits(2, at: 1) && scanner.peek(3) == UInt8(ascii: ":"))
        guard timeFollows else { return TOMLDateTime(date: date, time: nil, offsetMinutes: nil) }
        scanner.advance()
        let time = try self.time()
        var offset: Int?
        let start = scanner.position
        if scanner.take("Z") || scanner.take("z") {
            offset = 0
        } else if scanner.peek() == UInt8(ascii: "+") || scanner.peek() == UInt8(ascii: "-") {
            let sign = scanner.peek() == UInt8(ascii: "-") ? -1 : 1
            scanner.advance()
            let hours = try scanner.number(2, "an offset like +02:00")
            guard scanner.take(":") else { throw scanner.error("expected an offset like +02:00", at: start) }
            let minutes = try scanner.number(2, "an offset like +02:00")
            guard hours <= 23, minutes <= 59 else { throw scanner.error("the offset is not a valid one", at: start) }
            offset = sign * (hours * 60 + minutes)
        }
        return TOMLDateTime(date: date, time: time, offsetMinutes: offset)
    }

    private mutating func date() throws -> TOMLDate {
        let start = scanner.position
        let year = try scanner.number(4, "a date like 2026-06-01")
        guard scanner.take("-") else { throw scanner.error("expected a date like 2026-06-01", at: start) }
        let month = try scanner.number(2, "a date like 2026-06-01")
        guard scanner.take("-") else { throw scanner.error("expected a date like 2026-06-01", at: start) }
        let day = try scanner.number(2, "a date like 2026-06-01")
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), (1...days[month - 1]).contains(day) else {
            throw scanner.error("\(String(decoding: scanner.bytes[start..<scanner.position], as: UTF8.self)) is not a day of the calendar", at: start)
        }
        return TOMLDate(year: year, month: month, day: day)
    }

    private mutating func time() throws -> TOMLTime {
        let start = scanner.position
        let hour = try scanner.number(2, "a time like 07:32:00")
        guard scanner.take(":") else { throw scanner.error("expected a time like 07:32:00", at: start) }
        let minute = try scanner.number(2, "a time like 07:32:00")
        guard scanner.take(":") else { throw scanner.error("expected a time like 07:32:00 (seconds are required)", at: start) }
        let second = try scanner.number(2, "a time like 07:32:00")
        var nanosecond = 0
        if scanner.take(".") {
            guard scanner.peek().isDigit else { throw scanner.error("expected digits after the decimal point of the seconds") }
            var scale = 100_000_000
            while scanner.peek().isDigit {
                nanosecond += Int(scanner.peek() - 0x30) * scale
                scale /= 10
                scanner.advance()
            }
        }
        // RFC 3339, which TOML follows, allows a leap second.
        guard hour <= 23, minute <= 59, second <= 60 else { throw scanner.error("the time is not a valid one", at: start) }
        return TOMLTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
    }
}

private extension TOMLScanner {
    func digits(_ count: Int, at offset: Int = 0) -> Bool { (offset..<offset + count).allSatisfy { peek($0).isDigit } }

    /// Exactly `count` decimal digits.
    mutating func number(_ count: Int, _ expected: String) throws -> Int {
        guard digits(count) else { throw error("expected \(expected)") }
        let value = (0..<count).reduce(0) { $0 * 10 + Int(peek($1) - 0x30) }
        advance(count)
        return value
    }
}

extension UInt8 {
    var isHexDigit: Bool { isDigit || (self >= 0x41 && self <= 0x46) || (self >= 0x61 && self <= 0x66) }
}
