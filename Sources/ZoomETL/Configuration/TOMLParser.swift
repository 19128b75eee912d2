/// Reads TOML 1.0 into `TOMLTable`s, or throws a `TOMLSyntaxError` with line and column; no
/// input can crash it.
///
/// Why a parser of our own rather than TOMLKit (toml++ in C++): toml++ asserts on some malformed
/// files (`[[[ x = y` ends in `parse_key(): Assertion … failed`, SIGABRT), and its assertions
/// are there because it reached a state it did not expect. The choices, judged on whether any
/// file gives exit 0 or 2 and every valid file still reads as the spec says:
/// - Validate the text in Swift, then hand it to toml++. The validator is a TOML grammar in all
///   but name, yet it must accept exactly what toml++ accepts; where they disagree, either valid
///   TOML is refused or toml++ still sees the text that makes it assert. Two parsers, one crash left.
/// - Build toml++ without assertions (NDEBUG): the abort goes, the unexpected state stays, and
///   what follows is undefined behaviour. Nor can we patch a dependency we take from a mirror.
/// - Parse in a child process and report its death. Contains the abort, but a crash is still how
///   the error is found, there is no line number for it, and each load costs a process.
/// - Our own parser (this file): one grammar, the spec's, where every failure is a thrown error.
///   Nesting is bounded (`maxDepth`), so no input reaches the stack's end; NUL bytes, control
///   characters and invalid UTF-8 are named with their line. Keys keep their file order and the
///   line that defined them, which error messages use instead of re-scanning the text.
///   Also more correct: TOMLKit read the text as a C string, so a NUL silently ended the file.
///   The cost is the code here and its tests (`TOMLParserTests` runs the spec's examples).
/// Table rules follow the spec (and tomli, which passes toml-test): a `[header]` defines a table
/// once; dotted keys may extend a table only they or a deeper header created, never one a header
/// defined; inline tables and arrays are closed once written.
struct TOMLParser {
    /// Tables and arrays nested deeper than this are refused. toml++ allowed arrays and inline
    /// tables 256 deep; this counts tables too. `jobs.conf` needs three.
    static let maxDepth = 256

    var scanner: TOMLScanner

    static func parse(_ text: String) throws -> TOMLTable { try parse(Array(text.utf8)) }

    static func parse(_ bytes: [UInt8]) throws -> TOMLTable {
        var parser = TOMLParser(scanner: try TOMLScanner(bytes))
        return try parser.document()
    }

    private mutating func document() throws -> TOMLTable {
        let root = TableBuilder(origin: .header, depth: 0)
        var section = root
        while true {
            try scanner.skipBlankLines()
            if scanner.isAtEnd { break }
            if scanner.peek() == .openBracket {
                section = try header(in: root)
            } else {
                try keyValue(into: section)
                try scanner.expectLineEnd(after: "a value")
            }
        }
        return root.build()
    }

    /// `[a.b]` or `[[a.b]]`: the table the following key/value pairs go into.
    private mutating func header(in root: TableBuilder) throws -> TableBuilder {
        let start = scanner.position
        let line = scanner.currentLine()
        scanner.advance()
        let isArray = scanner.peek() == .openBracket
        if isArray { scanner.advance() }
        scanner.skipWhitespace()
        let key = try self.key()
        scanner.skipWhitespace()
        guard scanner.take(isArray ? "]]" : "]") else {
            throw scanner.error("expected '\(isArray ? "]]" : "]")' to close the table header, found \(scanner.describe(scanner.peek()))")
        }
        try scanner.expectLineEnd(after: "a table header")
        let name = isArray ? "[[\(Self.display(key))]]" : "[\(Self.display(key))]"
        func fail(_ message: String) -> TOMLSyntaxError { scanner.error("\(name): \(message)", at: start) }

        var table = root
        for (index, part) in key.dropLast().enumerated() {
            switch table.entries[part] {
            case nil:
                guard let child = table.addTable(part, origin: .implicit, line: line) else { throw fail(Self.tooDeep) }
                table = child
            case .table(let child): table = child
            case .tables(let list): table = list.tables.last ?? table
            case .value: throw fail("\(Self.display(key[...index])) already holds a value, not a table")
            }
        }
        guard let last = key.last else { throw fail("the key is empty") }
        switch table.entries[last] {
        case nil where isArray:
            guard let child = table.child(.header) else { throw fail(Self.tooDeep) }
            table.set(last, .tables(TableBuilder.TableList(child)), line: line)
            return child
        case nil:
            guard let child = table.addTable(last, origin: .header, line: line) else { throw fail(Self.tooDeep) }
            return child
        case .tables(let list) where isArray:
            guard let child = table.child(.header) else { throw fail(Self.tooDeep) }
            list.tables.append(child)
            return child
        case .table(let child) where !isArray && child.origin == .implicit:
            child.origin = .header
            table.lines[last] = line
            return child
        case .table(let child) where child.origin == .dotted:
            throw fail("the table is already defined by dotted keys")
        case .table:
            throw fail(isArray ? "the key already holds a table, not an array of tables" : "the table is defined twice")
        case .tables:
            throw fail("the key holds an array of tables; add to it with [[\(Self.display(key))]]")
        case .value:
            throw fail(isArray ? "the key already holds a value; an array written out cannot be added to" : "the key already holds a value, not a table")
        }
    }

    /// `key = value`, stored in `table` (a section or an inline table).
    mutating func keyValue(into table: TableBuilder) throws {
        let start = scanner.position
        let line = scanner.currentLine()
        let key = try self.key()
        scanner.skipWhitespace()
        guard scanner.take("=") else {
            throw scanner.error("expected '=' after the key \(Self.display(key)), found \(scanner.describe(scanner.peek()))")
        }
        scanner.skipWhitespace()
        let value = try self.value(depth: table.depth + key.count)
        func fail(_ message: String) -> TOMLSyntaxError { scanner.error("\(Self.display(key)): \(message)", at: start) }

        var target = table
        for part in key.dropLast() {
            switch target.entries[part] {
            case nil:
                guard let child = target.addTable(part, origin: .dotted, line: line) else { throw fail(Self.tooDeep) }
                target = child
            case .table(let child) where child.origin != .header:
                child.origin = .dotted
                target = child
            case .table: throw fail("\(part) is a table defined by a [header]; dotted keys cannot add to it")
            case .tables: throw fail("\(part) is an array of tables; dotted keys cannot add to it")
            case .value: throw fail("\(part) already holds a value, not a table")
            }
        }
        guard let last = key.last else { throw fail("the key is empty") }
        guard target.entries[last] == nil else { throw fail("the key is defined twice") }
        target.set(last, .value(value), line: line)
    }

    /// A dotted key: bare (`a-b_1`), "basic" or 'literal' parts joined by dots.
    mutating func key() throws -> [String] {
        var parts: [String] = []
        while true {
            parts.append(try simpleKey())
            scanner.skipWhitespace()
            guard scanner.peek() == .dot else { return parts }
            scanner.advance()
            scanner.skipWhitespace()
        }
    }

    private mutating func simpleKey() throws -> String {
        switch scanner.peek() {
        case .quote: return try basicString()
        case .apostrophe: return try literalString()
        default:
            let start = scanner.position
            while scanner.peek().isBareKey { scanner.advance() }
            guard scanner.position > start else { throw scanner.error("expected a key, found \(scanner.describe(scanner.peek()))") }
            return String(decoding: scanner.bytes[start..<scanner.position], as: UTF8.self)
        }
    }

    static let tooDeep = "tables and arrays are nested deeper than \(maxDepth) levels"

    /// A key as it would be written: bare where it can be, quoted where not.
    static func display(_ key: some Sequence<String>) -> String {
        key.map { part in
            !part.isEmpty && part.utf8.allSatisfy(\.isBareKey) ? part : String(reflecting: part)
        }.joined(separator: ".")
    }
}

/// A table while the document is read: how it came to exist decides what may still be added.
final class TableBuilder {
    enum Origin {
        /// Named on the way to a deeper `[header]`; a header of its own may still define it.
        case implicit
        /// Defined by `[header]` or `[[header]]`, or an inline table or the root.
        case header
        /// Created by a dotted key; more dotted keys may add to it, a header may not define it.
        case dotted
    }

    enum Entry {
        case value(TOMLValue)
        case table(TableBuilder)
        /// An array of tables, written as `[[header]]`s.
        case tables(TableList)
    }

    /// A reference, so a file of many `[[header]]`s appends in place instead of copying the array.
    final class TableList {
        var tables: [TableBuilder]
        init(_ first: TableBuilder) { tables = [first] }
    }

    var origin: Origin
    let depth: Int
    private(set) var keys: [String] = []
    var entries: [String: Entry] = [:]
    var lines: [String: Int] = [:]

    init(origin: Origin, depth: Int) {
        self.origin = origin
        self.depth = depth
    }

    /// A table one level down; nil when it would sit deeper than `TOMLParser.maxDepth`.
    func child(_ origin: Origin) -> TableBuilder? {
        depth < TOMLParser.maxDepth ? TableBuilder(origin: origin, depth: depth + 1) : nil
    }

    func set(_ key: String, _ entry: Entry, line: Int) {
        if entries[key] == nil { keys.append(key) }
        entries[key] = entry
        lines[key] = line
    }

    func addTable(_ key: String, origin: Origin, line: Int) -> TableBuilder? {
        guard let child = child(origin) else { return nil }
        set(key, .table(child), line: line)
        return child
    }

    /// Recursion is bounded by `maxDepth`, which every builder and nested value was checked against.
    func build() -> TOMLTable {
        var table = TOMLTable()
        for key in keys {
            let line = lines[key] ?? 0
            switch entries[key] {
            case .value(let value): table[key, line: line] = value
            case .table(let child): table[key, line: line] = .table(child.build())
            case .tables(let list): table[key, line: line] = .array(list.tables.map { .table($0.build()) })
            case nil: break
            }
        }
        return table
    }
}
