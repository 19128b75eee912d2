/// What is wrong with a TOML document, and where: line and column count from 1.
struct TOMLSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    let line: Int
    let column: Int
    let message: String

    var description: String { "\(message) (line \(line), column \(column))" }
}

/// A cursor over the bytes of a TOML document. Reading past the end yields 0, which no rule
/// accepts where a token is expected; a NUL byte in the text is told apart by `isAtEnd`.
struct TOMLScanner {
    let bytes: [UInt8]
    private(set) var position = 0
    /// The last position `line(at:)` counted up to, so counting stays linear in a long file.
    private var counted = (position: 0, line: 1)

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        try validateUTF8()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    var isAtEnd: Bool { position >= bytes.count }

    func peek(_ offset: Int = 0) -> UInt8 {
        let index = position + offset
        return index < bytes.count ? bytes[index] : 0
    }

    mutating func advance(_ count: Int = 1) { position = min(position + count, bytes.count) }

    /// Consumes `text` if the input continues with it.
    mutating func take(_ text: String) -> Bool {
        let count = text.utf8.count
        guard position + count <= bytes.count, bytes[position..<position + count].elementsEqual(text.utf8) else { return false }
        position += count
        return true
    }

    mutating func skipWhitespace() {
        while peek() == .space || peek() == .tab { position += 1 }
    }

    /// Consumes LF or CRLF; false (consuming nothing) at anything else.
    mutating func takeNewline() -> Bool {
        if peek() == .lineFeed { position += 1; return true }
        if peek() == .carriageReturn, peek(1) == .lineFeed { position += 2; return true }
        return false
    }

    /// Skips a `#` comment up to, not including, its newline; control characters are not allowed in it.
    mutating func skipComment() throws {
        guard peek() == .hash else { return }
        // Indexes directly: a comment may be megabytes long, and this runs unoptimized in tests.
        var index = position + 1
        defer { position = index }
        while index < bytes.count, bytes[index] != .lineFeed {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F, byte != .tab {
                if byte == .carriageReturn, index + 1 < bytes.count, bytes[index + 1] == .lineFeed { return }
                position = index
                try checkNotControl(byte, in: "a comment")
            }
            index += 1
        }
    }

    /// Whitespace, then an optional comment, then a newline or the end of the file.
    mutating func expectLineEnd(after what: String) throws {
        skipWhitespace()
        try skipComment()
        guard isAtEnd || takeNewline() else { throw error("expected the end of the line after \(what), found \(describe(peek()))") }
    }

    /// Skips whitespace, comments and newlines, as arrays allow between their values.
    mutating func skipBlankLines() throws {
        while true {
            skipWhitespace()
            try skipComment()
            guard takeNewline() else { return }
        }
    }

    func checkNotControl(_ byte: UInt8, in what: String) throws {
        if byte == .tab { return }
        if byte < 0x20 || byte == 0x7F {
            throw error("\(what) cannot hold the control character U+\(String(byte, radix: 16, uppercase: true).leftPadded(to: 4))")
        }
    }

    func error(_ message: String, at position: Int? = nil) -> TOMLSyntaxError {
        var scanner = self
        let at = min(position ?? self.position, bytes.count)
        let line = scanner.line(at: at)
        var lineStart = at
        while lineStart > 0, bytes[lineStart - 1] != .lineFeed { lineStart -= 1 }
        // Columns count characters, not bytes: continuation bytes (10xxxxxx) start none.
        let column = 1 + bytes[lineStart..<at].filter { $0 & 0xC0 != 0x80 }.count
        return TOMLSyntaxError(line: line, column: column, message: message)
    }

    /// The line `position` is on; cheap when positions only grow, as they do while parsing.
    mutating func line(at position: Int) -> Int {
        if position < counted.position { counted = (0, 1) }
        var line = counted.line
        for byte in bytes[counted.position..<position] where byte == .lineFeed { line += 1 }
        counted = (position, line)
        return line
    }

    mutating func currentLine() -> Int { line(at: position) }

    func describe(_ byte: UInt8) -> String {
        if isAtEnd { return "the end of the file" }
        if byte == .lineFeed || byte == .carriageReturn { return "the end of the line" }
        if byte >= 0x20, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "the byte 0x\(String(byte, radix: 16, uppercase: true).leftPadded(to: 2))"
    }

    /// TOML is UTF-8 throughout; an invalid sequence is named by its line rather than mis-read later.
    private mutating func validateUTF8() throws {
        if String(validating: bytes, as: UTF8.self) != nil { return }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return
            case .error: throw error("the file is not valid UTF-8 text", at: offset)
            }
        }
    }
}

extension UInt8 {
    static let tab: UInt8 = 0x09, lineFeed: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D, space: UInt8 = 0x20
    static let quote: UInt8 = 0x22, hash: UInt8 = 0x23, apostrophe: UInt8 = 0x27, comma: UInt8 = 0x2C
    static let dot: UInt8 = 0x2E, equals: UInt8 = 0x3D, openBracket: UInt8 = 0x5B, backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D, openBrace: UInt8 = 0x7B, closeBrace: UInt8 = 0x7D

    var isDigit: Bool { self >= 0x30 && self <= 0x39 }

    /// A–Z, a–z, 0–9, `-` and `_`: what a bare key is made of.
    var isBareKey: Bool {
        isDigit || (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) || self == 0x2D || self == 0x5F
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
