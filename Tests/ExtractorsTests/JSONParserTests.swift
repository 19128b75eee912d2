import Foundation
import Testing
@testable import Extractors

/// The hand-written parser must read what `JSONDecoder` read, the same way.
@Suite struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Data(text.utf8))
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try parse(#" { "a" : [1, -2, 3.5, 1e3, true, false, null, "x"], "b": {}, "c": [] } "#)
        #expect(value == .object([
            "a": .array([.int(1), .int(-2), .double(3.5), .int(1000), .bool(true), .bool(false), .null, .string("x")]),
            "b": .object([:]), "c": .array([]),
        ]))
    }

    @Test func integersStayExactBeyondTwoToThe53() throws {
        #expect(try parse("93218937812345678") == .int(93_218_937_812_345_678))
        #expect(try parse("-9223372036854775808") == .int(.min))
        // Too large for Int64: a double, as JSONDecoder gave.
        #expect(try parse("92233720368547758070") == .double(9.223372036854775807e19))
        #expect(try parse("2.0") == .int(2))
    }

    @Test func aRepeatedKeyKeepsItsLastValue() throws {
        #expect(try parse(#"{"a":1,"b":{"c":true},"a":2}"#) == .object(["a": .int(2), "b": .object(["c": .bool(true)])]))
    }

    @Test func readsEscapesAndUnicode() throws {
        #expect(try parse(#""a\"b\\c\/d\n\t\r\b\f""#) == .string("a\"b\\c/d\n\t\r\u{08}\u{0C}"))
        #expect(try parse(#""caf\u00e9 \ud83d\ude00 ünï""#) == .string("café 😀 ünï"))
        #expect(try parse(#""\ud83d""#) == .string("\u{FFFD}"), "a lone surrogate")
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "tru", "01x", "\"open", "[1] 2", "{\"a\":1,}", "-", "1.", "\"\u{01}\""])
    func refusesWhatIsNotJSON(text: String) {
        #expect(throws: JSONParser.Failure.self) { try parse(text) }
    }

    @Test func refusesNestingDeeperThanItsLimit() {
        let deep = String(repeating: "[", count: JSONParser.maxDepth + 1) + String(repeating: "]", count: JSONParser.maxDepth + 1)
        #expect(throws: JSONParser.Failure.self) { try parse(deep) }
    }

    @Test func agreesWithJSONDecoderOnAZoomPage() throws {
        let page = #"{"page_size":10,"next_page_token":"","participants":[{"user_id":"16778240","user_name":"Jo O'Neil","user_qos":[{"date_time":"2026-11-20T15:01:00Z","audio_input":{"bitrate":"27.15 kbps","latency":"126 ms","jitter":"3ms","avg_loss":"0.03%","max_loss":"1.2%"},"video_input":{"resolution":"1280*720","frame_rate":"12 fps"},"cpu_usage":{"zoom_min_cpu_usage":"1%"}}]}],"total":1.5e1,"meeting_id":93218937812345678}"#
        #expect(try parse(page) == (try JSONDecoder().decode(JSONValue.self, from: Data(page.utf8))))
    }
}
