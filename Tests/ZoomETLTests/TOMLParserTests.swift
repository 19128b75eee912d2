import Foundation
import Testing
@testable import ZoomETL

private func date(_ y: Int, _ m: Int, _ d: Int) -> TOMLDate { TOMLDate(year: y, month: m, day: d) }
private func time(_ h: Int, _ m: Int, _ s: Int, _ ns: Int = 0) -> TOMLTime { TOMLTime(hour: h, minute: m, second: s, nanosecond: ns) }
private func at(_ d: TOMLDate?, _ t: TOMLTime?, _ offset: Int? = nil) -> TOMLValue { .dateTime(TOMLDateTime(date: d, time: t, offsetMinutes: offset)) }
private func ints(_ values: Int64...) -> TOMLValue { .array(values.map { .integer($0) }) }
private func floats(_ values: Double...) -> TOMLValue { .array(values.map { .float($0) }) }

/// TOML 1.0 as the spec (toml.io/en/v1.0.0) writes it: each example with the value it says it
/// means, and each thing it calls invalid with the line the error names.
@Suite struct TOMLParserTests {
    @Test(arguments: [
        ("key = \"value\"", ["key": .string("value")]),
        ("bare_key = 1\nbare-key = 2\n1234 = 3", ["bare_key": .integer(1), "bare-key": .integer(2), "1234": .integer(3)]),
        ("\"127.0.0.1\" = 1\n\"ʎǝʞ\" = 2\n'quoted \"value\"' = 3\n\"\" = 4",
         ["127.0.0.1": .integer(1), "ʎǝʞ": .integer(2), "quoted \"value\"": .integer(3), "": .integer(4)]),
        ("physical.color = \"orange\"\nphysical.shape = \"round\"\nsite.\"google.com\" = true",
         ["physical": .table(["color": .string("orange"), "shape": .string("round")]), "site": .table(["google.com": .boolean(true)])]),
        ("fruit . flavor = \"banana\"", ["fruit": .table(["flavor": .string("banana")])]),
        ("3.14159 = \"pi\"", ["3": .table(["14159": .string("pi")])]),
        (#"s = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF.""#,
         ["s": .string("I'm a string. \"You can quote me\". Name\tJos\u{E9}\nLocation\tSF.")]),
        (#"s = "\b\f\r\\ \U0001F600""#, ["s": .string("\u{08}\u{0C}\r\\ 😀")]),
        ("s = \"\"\"\nRoses are red\r\nViolets are blue\"\"\"", ["s": .string("Roses are red\nViolets are blue")]),
        ("s = \"\"\"\nThe quick brown \\\n\n\n  fox jumps over \\   \n    the lazy dog.\"\"\"", ["s": .string("The quick brown fox jumps over the lazy dog.")]),
        (#"s = """"This," she said, "is just a pointless statement."""" # a comment"#, ["s": .string(#""This," she said, "is just a pointless statement.""#)]),
        (#"s = """Two quotes: "". Five at the end: """"" # a comment"#, ["s": .string(#"Two quotes: "". Five at the end: """#)]),
        (#"w = 'C:\Users\nodejs\templates'"#, ["w": .string(#"C:\Users\nodejs\templates"#)]),
        ("r = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''",
         ["r": .string("The first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n")]),
        (#"q = '''Here are fifteen quotation marks: """""""""""""""'''"#, ["q": .string("Here are fifteen quotation marks: " + String(repeating: "\"", count: 15))]),
        (#"a = "Here are fifteen apostrophes: '''''''''''''''""#, ["a": .string("Here are fifteen apostrophes: " + String(repeating: "'", count: 15))]),
        ("s = ''''That,' she said, 'is still pointless.''''", ["s": .string("'That,' she said, 'is still pointless.'")]),
        ("tab = \"a\tb\"\nempty = ''", ["tab": .string("a\tb"), "empty": .string("")]),
        ("a = [+99, 42, 0, -17, 1_000, 5_349_221, 53_49_221, 1_2_3_4_5, -0, +0]",
         ["a": ints(99, 42, 0, -17, 1000, 5_349_221, 5_349_221, 12345, 0, 0)]),
        ("a = [0xDEADBEEF, 0xdeadbeef, 0xdead_beef, 0o01234567, 0o755, 0b11010110, 0x0]",
         ["a": ints(0xDEADBEEF, 0xDEADBEEF, 0xDEADBEEF, 0o01234567, 0o755, 0b11010110, 0)]),
        ("max = 9223372036854775807\nmin = -9223372036854775808", ["max": .integer(.max), "min": .integer(.min)]),
        ("a = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991_228, 0e0, -0.0, inf, +inf, -inf]",
         ["a": floats(1.0, 3.1415, -0.01, 5e+22, 1e06, -2e-2, 6.626e-34, 224_617.445_991_228, 0, -0.0, .infinity, .infinity, -.infinity)]),
        ("t = true\nf = false", ["t": .boolean(true), "f": .boolean(false)]),
        ("a = 1979-05-27T07:32:00Z\nb = 1979-05-27T00:32:00-07:00\nc = 1979-05-27T00:32:00.999999+05:30\nd = 1979-05-27 07:32:00z",
         ["a": at(date(1979, 5, 27), time(7, 32, 0), 0), "b": at(date(1979, 5, 27), time(0, 32, 0), -420),
          "c": at(date(1979, 5, 27), time(0, 32, 0, 999_999_000), 330), "d": at(date(1979, 5, 27), time(7, 32, 0), 0)]),
        ("a = 1979-05-27t07:32:00\nb = 2024-02-29\nc = 07:32:00\nd = 00:32:00.123456789123\ne = 1979-05-27 # a date",
         ["a": at(date(1979, 5, 27), time(7, 32, 0)), "b": at(date(2024, 2, 29), nil), "c": at(nil, time(7, 32, 0)),
          "d": at(nil, time(0, 32, 0, 123_456_789)), "e": at(date(1979, 5, 27), nil)]),
        ("n = [ [ 1, 2 ], [\"a\", 'b'] ]\nm = [ 0.1, 2, \"x\", { y = 1 } ]",
         ["n": .array([.array([.integer(1), .integer(2)]), .array([.string("a"), .string("b")])]),
          "m": .array([.float(0.1), .integer(2), .string("x"), .table(["y": .integer(1)])])]),
        ("a = [\n  1, # one\n\n  2,\r\n]\nb = []", ["a": .array([.integer(1), .integer(2)]), "b": .array([])]),
        ("[dog.\"tater.man\"]\ntype.name = \"pug\"\n[ j . \"ʞ\" . 'l' ]",
         ["dog": .table(["tater.man": .table(["type": .table(["name": .string("pug")])])]), "j": .table(["ʞ": .table(["l": .table([:])])])]),
        ("[x.y.z.w]\n[x]\na = 1", ["x": .table(["y": .table(["z": .table(["w": .table([:])])]), "a": .integer(1)])]),
        ("[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true",
         ["fruit": .table(["apple": .table(["color": .string("red"), "taste": .table(["sweet": .boolean(true)]),
                                            "texture": .table(["smooth": .boolean(true)])])])]),
        ("[a.b.c]\n[a]\nb.d = 1", ["a": .table(["b": .table(["c": .table([:]), "d": .integer(1)])])]),
        ("name = { first = \"Tom\", last = \"Preston-Werner\" }\nanimal = { type.name = \"pug\" }\ne = {}",
         ["name": .table(["first": .string("Tom"), "last": .string("Preston-Werner")]),
          "animal": .table(["type": .table(["name": .string("pug")])]), "e": .table([:])]),
        ("[[products]]\nname = \"Hammer\"\n\n[[products]]  # empty\n\n[[products]]\nname = \"Nail\"",
         ["products": .array([.table(["name": .string("Hammer")]), .table([:]), .table(["name": .string("Nail")])])]),
        ("[[fruits]]\nname = \"apple\"\n[fruits.physical]\ncolor = \"red\"\n[[fruits.varieties]]\nname = \"red delicious\"\n"
            + "[[fruits.varieties]]\nname = \"granny smith\"\n[[fruits]]\nname = \"banana\"\n[[fruits.varieties]]\nname = \"plantain\"",
         ["fruits": .array([
             .table(["name": .string("apple"), "physical": .table(["color": .string("red")]),
                     "varieties": .array([.table(["name": .string("red delicious")]), .table(["name": .string("granny smith")])])]),
             .table(["name": .string("banana"), "varieties": .array([.table(["name": .string("plantain")])])]),
         ])]),
        ("\u{FEFF}# a BOM, CRLF, tabs\r\n[t]\r\n\tk\t=\t1\t# c\r\n", ["t": .table(["k": .integer(1)])]),
        ("", [:]),
        ("# only a comment with ünïcödé and a tab\t", [:]),
    ] as [(String, TOMLTable)])
    func readsWhatTheSpecSays(text: String, expected: TOMLTable) throws {
        let table = try TOMLParser.parse(text)
        #expect(table == expected, "\(table)")
    }

    @Test func nanIsAFloat() throws {
        let table = try TOMLParser.parse("a = nan\nb = +nan\nc = -nan")
        for key in ["a", "b", "c"] {
            guard case .float(let value)? = table[key] else { Issue.record("\(key): \(String(describing: table[key]))"); continue }
            #expect(value.isNaN)
        }
    }

    @Test func keysKeepFileOrderAndTheirLines() throws {
        let table = try TOMLParser.parse("[b]\nx = 1\n\n[a]\ny = { z = 2 }\n[c.d]")
        #expect(table.keys == ["b", "a", "c"])
        #expect(table.line(of: "b") == 1 && table.line(of: "a") == 4 && table.line(of: "c") == 6)
        #expect(table["a"]?.table?.line(of: "y") == 5)
        #expect(table["a"]?.table?["y"]?.table?.line(of: "z") == 5)
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let depth = TOMLParser.maxDepth
        let text = "a = " + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1)
        #expect(try TOMLParser.parse(text)["a"] != nil)
    }

    @Test(arguments: [
        ("key = # no value", 1), ("first = \"Tom\" last = \"Preston-Werner\"", 1), ("= \"no key\"", 1), ("a b = 1", 1),
        ("name = \"Tom\"\nname = \"Pradyun\"", 2), ("spelling = \"favorite\"\n\"spelling\" = \"favourite\"", 2),
        ("fruit.apple = 1\nfruit.apple.smooth = true", 2), ("[fruit]\napple = \"red\"\n\n[fruit]\norange = 1", 4),
        ("[fruit]\napple = \"red\"\n\n[fruit.apple]\ntexture = \"smooth\"", 4), ("[fruit]\napple.color = \"red\"\n[fruit.apple]", 3),
        ("[product]\ntype = { name = \"Nail\" }\ntype.edible = false", 3), ("[product]\ntype.name = \"Nail\"\ntype = { edible = false }", 3),
        ("[a.b.c]\nz = 9\n[a]\nb.c.t = 1", 4), ("a = 1\n[a]", 2), ("a = {}\n[a]", 2), ("a = {}\na.b = 1", 2), ("a = []\n[[a]]", 2),
        ("[fruit.physical]\ncolor = \"red\"\n\n[[fruit]]", 4), ("[[fruits]]\n[[fruits.varieties]]\n[fruits.varieties]", 3),
        ("[[fruits]]\n[fruits.physical]\n[[fruits.physical]]", 3), ("[a]\n[[a]]", 2), ("[[a]]\n[a]", 2),
        ("s = \"unterminated\nt = 1", 1), ("s = \"a\\qb\"", 1), ("s = \"\\uD800\"", 1), ("s = \"\\u00\"", 1), ("s = \"\\U00110000\"", 1),
        ("\n\ns = \"\"\"\nnever closed", 3), ("s = 'a\nb'", 1), ("s = \"\"\"a\"\"\"\"\"\"", 1), ("s = '''a''''''", 1), ("s = \"a\rb\"", 1),
        ("\"\"\"a\"\"\" = 1", 1), ("a = 01", 1), ("a = 1__2", 1), ("a = _1", 1), ("a = 1_", 1), ("a = 0x", 1), ("a = +0x1", 1),
        ("a = 1.", 1), ("a = .5", 1), ("a = 1e", 1), ("a = 03.14", 1), ("a = 9223372036854775808", 1), ("a = 0xG", 1),
        ("a = 1.5.3", 1), ("a = infinity", 1), ("a = Inf", 1), ("a = 0b2", 1), ("a = 0o8", 1), ("a = 0x8000000000000000", 1),
        ("a = True", 1), ("a = tru", 1), ("a = truely", 1), ("a = 1979-13-01", 1), ("a = 1979-02-29", 1), ("a = 1979-05-27T25:00:00", 1),
        ("a = 07:32", 1), ("a = 1979-05-27T07:32:00+25:00", 1), ("a = 1979-05-27T07:32:00.", 1), ("a = 1979-05-27T07:32", 1),
        ("a = [1,,2]", 1), ("a = [,]", 1), ("a = [1 2]", 1), ("a = [1,\n2", 2), ("a = {x = 1,}", 1), ("a = {x = 1\n}", 1),
        ("a = {x = 1, x = 2}", 1), ("a = {x.y = 1, x = 2}", 1), ("a = { b = {} }\n\na.b.c = 1", 3), ("[a", 1), ("[]", 1), ("[a]b", 1),
        ("[[a]", 1), ("[ [a] ]", 1), ("[a.]", 1), ("[.a]", 1), ("[a..b]", 1), ("a = 1\n[[[ this is = not toml", 2),
        ("# a\u{0}b", 1), ("a = 1\n\u{0}", 2), ("a = 1\n# \u{7F}", 2), ("a = 1\rb = 2", 1), ("a = \"\u{1}\"", 1),
    ] as [(String, Int)])
    func refusesWhatTheSpecCallsInvalid(text: String, line: Int) {
        do {
            let table = try TOMLParser.parse(text)
            Issue.record("accepted as \(table)")
        } catch let error as TOMLSyntaxError {
            #expect(error.line == line, "\(error)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func invalidUTF8IsNamedWithItsLine() {
        let bytes = Array("a = 1\nb = 2\nc = \"".utf8) + [0xC3, 0x28] + Array("\"".utf8)
        #expect(throws: TOMLSyntaxError(line: 3, column: 6, message: "the file is not valid UTF-8 text")) { try TOMLParser.parse(bytes) }
    }

    @Test(arguments: [
        "a = " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000),
        "a = " + String(repeating: "{b=", count: 20_000) + "1" + String(repeating: "}", count: 20_000),
        "a = " + String(repeating: "[", count: 20_000),
        String(repeating: "a.", count: 20_000) + "b = 1",
        "[" + Array(repeating: "t", count: 20_000).joined(separator: ".") + "]",
        "a = [{ " + String(repeating: "b.", count: 300) + "c = 1 }]",
        "a = " + String(repeating: "{b.b=", count: 200) + "1" + String(repeating: "}", count: 200),
    ])
    func deepNestingIsRefusedNotRecursedInto(text: String) {
        do {
            _ = try TOMLParser.parse(text)
            Issue.record("accepted")
        } catch {
            #expect("\(error)".contains("nested deeper than \(TOMLParser.maxDepth) levels"), "\(error)")
        }
    }
}
