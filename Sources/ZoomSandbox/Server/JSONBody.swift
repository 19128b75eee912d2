/// A value that writes itself into a `JSONBody`.
protocol JSONBodyWritable {
    func write(to body: inout JSONBody)
}

/// A JSON response body written field by field, for the pages the sandbox serves in bulk.
///
/// JSONEncoder boxes every key and value of a QoS page (a few hundred per-minute samples) before
/// it writes a byte; once instances stopped being regenerated per request that was half of the
/// sandbox's CPU (BENCHMARKS.md). This appends the bytes directly. Keys come out in the order
/// written rather than JSONEncoder's (which follows per-process hash seeds, so it varies from run
/// to run anyway): the same JSON to any parser. Types written here keep their `Encodable`
/// conformance, and tests pin both spellings to the same JSON.
struct JSONBody {
    private(set) var bytes: [UInt8] = []

    /// An object whose fields `fields` writes.
    mutating func object(_ fields: (inout JSONBody) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        fields(&self)
        bytes.append(UInt8(ascii: "}"))
    }

    /// A string field; nil leaves the key out, as `encodeIfPresent` does.
    mutating func field(_ key: some CodingKey, _ value: String?) {
        guard let value else { return }
        name(key)
        string(value)
    }

    mutating func field(_ key: some CodingKey, _ value: Bool) {
        name(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func field(_ key: some CodingKey, _ value: Int) {
        name(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ key: some CodingKey, _ values: [String]) {
        name(key)
        list(values) { $0.string($1) }
    }

    /// A nested object; nil leaves the key out.
    mutating func field(_ key: some CodingKey, _ value: (some JSONBodyWritable)?) {
        guard let value else { return }
        name(key)
        value.write(to: &self)
    }

    mutating func field<Items: Sequence>(_ key: some CodingKey, _ values: Items) where Items.Element: JSONBodyWritable {
        name(key)
        list(values) { $1.write(to: &$0) }
    }

    /// The key, after a comma unless it is the object's first.
    private mutating func name(_ key: some CodingKey) {
        if bytes.last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
        string(key.stringValue)
        bytes.append(UInt8(ascii: ":"))
    }

    private mutating func list<Items: Sequence>(_ items: Items, _ write: (inout JSONBody, Items.Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        var first = true
        for item in items {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            write(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Escapes what JSON requires (quote, backslash, control characters) and nothing else: slashes
    /// stay bare, as Zoom writes UUIDs such as "/abc==" (and as `SandboxResponse.json` asks of JSONEncoder).
    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Almost every string needs no escape: one scan, then one copy instead of a byte at a time.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "\n"): bytes.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"): bytes.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
