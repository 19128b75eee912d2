import Foundation
import Records
import Testing
@testable import ZoomSandbox

@Suite("JSON bodies written field by field")
struct JSONBodyTests {
    /// The JSON `value` writes through JSONBody, and through JSONEncoder, each parsed and re-serialised
    /// with sorted keys: equal when both say the same thing, whatever their key order or escapes.
    static func spellings(_ value: some Encodable & JSONBodyWritable) throws -> (written: Data, encoded: Data) {
        var body = JSONBody()
        value.write(to: &body)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try canonical(Data(body.bytes)), try canonical(encoder.encode(value)))
    }

    static func canonical(_ data: Data) throws -> Data {
        let object = try JSONSerialization.jsonObject(with: data)
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    struct Probe: Encodable, JSONBodyWritable {
        let text: String
        let absent: String?
        let flag: Bool
        let number: Int
        let list: [String]
        let nested: [Probe]

        enum CodingKeys: String, CodingKey {
            case text, absent, flag, number, list, nested
        }

        func write(to body: inout JSONBody) {
            body.object { body in
                body.field(CodingKeys.text, text)
                body.field(CodingKeys.absent, absent)
                body.field(CodingKeys.flag, flag)
                body.field(CodingKeys.number, number)
                body.field(CodingKeys.list, list)
                body.field(CodingKeys.nested, nested)
            }
        }
    }

    @Test("strings that need escaping, absent and empty values, nesting")
    func escaping() throws {
        let awkward = "quote \" backslash \\ slash /abc== newline \n tab \t return \r bell \u{07} nul \u{00} é 😀 \u{2028} end"
        let probe = Probe(text: awkward, absent: nil, flag: true, number: -42, list: ["", awkward, "+/="],
                          nested: [Probe(text: "", absent: "here", flag: false, number: 0, list: [], nested: [])])
        let (written, encoded) = try Self.spellings(probe)
        #expect(written == encoded)
        var body = JSONBody()
        probe.write(to: &body)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(body.bytes)) as? [String: Any])
        #expect(parsed["text"] as? String == awkward)
        #expect(parsed["absent"] == nil && (parsed["nested"] as? [[String: Any]])?.first?["absent"] as? String == "here")
        #expect(String(decoding: body.bytes, as: UTF8.self).contains("/abc=="), "slashes stay bare")
    }

    @Test("QoS participants and pages say what JSONEncoder says")
    func qos() throws {
        let account = SyntheticAccount(.demo)
        let days = (0..<7).map { CivilDate(year: 2026, month: 11, day: 2)!.adding(days: $0) }
        let meetings = days.flatMap { account.meetings(on: $0) }
        let participants = meetings.flatMap { account.qosSamples(of: $0) }
        let samples = participants.flatMap(\.userQoS)
        // The data has what the writer must get right: absent channels and keys, "" values, phones.
        #expect(meetings.contains { $0.kind == .webinar } && participants.contains { $0.device == "Phone" })
        #expect(samples.contains { $0.asInput == nil } && samples.contains { $0.videoOutput?.bitrate == nil })
        #expect(samples.contains { $0.audioInput?.bitrate == "" } && samples.contains { $0.cpuUsage != nil })
        for participant in participants {
            let (written, encoded) = try Self.spellings(participant)
            #expect(written == encoded, "\(participant.userId)")
        }
        let page = QoSEndpoint.Body(page_count: 3, page_size: 10, total_records: 25, next_page_token: "t/k+n=",
                                    meeting_number: "81234567890", participants: Array(participants.prefix(10)))
        let (written, encoded) = try Self.spellings(page)
        #expect(written == encoded)
    }
}
