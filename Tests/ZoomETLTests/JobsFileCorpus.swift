import Foundation

/// Deterministic damage to a `jobs.conf`: the same seed gives the same files on every machine.
struct JobsFileCorpus {
    /// SplitMix64: tiny, seedable and good enough to pick positions and operations.
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    /// TOML's punctuation, and the bytes a parser must not trip on.
    static let tokens: [[UInt8]] = ["[", "]", "[[", "]]", "=", "\"", "'", "'''", "\"\"\"", "{", "}", ",", ".", "#", "\\", "\n", "\r",
                                    "\r\n", " ", "\t", "\\u", "0x", "1979-05-27T", "inf", "{a=", "[[[", "=[", "\u{0}", "é"]
        .map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x82]]

    /// One to three of: flip a bit, replace a byte, delete a run, insert a token, duplicate,
    /// swap or drop a line, truncate.
    mutating func mutate(_ original: Data) -> Data {
        var bytes = [UInt8](original)
        for _ in 0...below(3) {
            let at = below(bytes.count + 1)
            let line = below(1 << 30), other = below(1 << 30)
            switch below(8) {
            case 0 where at < bytes.count: bytes[at] ^= UInt8(1 << below(8))
            case 1 where at < bytes.count: bytes[at] = UInt8(below(256))
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(16)))
            case 3, 4: bytes.insert(contentsOf: Self.tokens[below(Self.tokens.count)], at: at)
            case 5: bytes = Self.editLines(bytes) { lines in lines.insert(lines[line % lines.count], at: line % lines.count) }
            case 6: bytes = Self.editLines(bytes) { lines in lines.swapAt(line % lines.count, other % lines.count) }
            case 7: bytes = Array(bytes.prefix(at))
            default: bytes = Self.editLines(bytes) { lines in lines.remove(at: line % lines.count) }
            }
        }
        return Data(bytes)
    }

    private static func editLines(_ bytes: [UInt8], _ edit: (inout [ArraySlice<UInt8>]) -> Void) -> [UInt8] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard !lines.isEmpty else { return bytes }
        edit(&lines)
        return Array(lines.joined(separator: [0x0A]))
    }

    /// Files made to hurt: deep nesting, NUL bytes, invalid UTF-8, huge comments and keys.
    static func hostile(_ original: Data) -> [(name: String, bytes: Data)] {
        let text = String(decoding: original, as: UTF8.self)
        func data(_ string: String) -> Data { Data(string.utf8) }
        let deep = 20_000
        var cases: [(String, Data)] = [
            ("issue 10: [[[ appended", data(text + "\n[[[ this is = not toml\n")),
            ("arrays 20,000 deep", data(text + "\nx = " + String(repeating: "[", count: deep) + String(repeating: "]", count: deep) + "\n")),
            ("inline tables 20,000 deep", data("x = " + String(repeating: "{a=", count: deep) + "1" + String(repeating: "}", count: deep) + "\n")),
            ("unclosed arrays 20,000 deep", data("x = " + String(repeating: "[", count: deep))),
            ("dotted key 20,000 deep", data(String(repeating: "a.", count: deep) + "b = 1\n")),
            ("header 20,000 deep", data("[" + Array(repeating: "t", count: deep).joined(separator: ".") + "]\n")),
            ("NUL bytes only", Data(repeating: 0, count: 4_096)),
            ("NUL in a value", data(text.replacingOccurrences(of: "\"pro\"", with: "\"p\u{0}ro\""))),
            ("NUL in a comment", data("# \u{0}\n" + text)),
            ("8 MiB comment, then the file", data("# " + String(repeating: "x", count: 8 << 20) + "\n" + text)),
            ("100,000-character key in a job", data(text + "\n" + String(repeating: "k", count: 100_000) + " = 1\n")),
            ("100,000-character quoted key at the top", data("\"" + String(repeating: "q", count: 100_000) + "\" = 1\n" + text)),
            ("100,000-character table name", data(text + "\n[jobs." + String(repeating: "n", count: 100_000) + "]\nstreams = [\"users\"]\n")),
            ("200,000 [[array]] headers", data(String(repeating: "[[a]]\n", count: 200_000))),
            ("empty file", Data()),
            ("a lone byte order mark", Data([0xEF, 0xBB, 0xBF])),
        ]
        for (name, bad) in [("lone continuation byte", [0x80]), ("overlong NUL", [0xC0, 0x80]), ("surrogate", [0xED, 0xA0, 0x80]),
                            ("truncated sequence", [0xE2, 0x82]), ("0xFF", [0xFF])] as [(String, [UInt8])] {
            var bytes = [UInt8](original)
            bytes.insert(contentsOf: bad, at: bytes.count / 2)
            cases.append(("invalid UTF-8: \(name)", Data(bytes)))
        }
        return cases
    }
}
