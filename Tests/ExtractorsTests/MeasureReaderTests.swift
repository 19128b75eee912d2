import Foundation
import Records
import Testing
@testable import Extractors

/// Empty is normal, unreadable is an alarm: both become NULL, counted apart, the second with examples.
@Suite struct MeasureReaderTests {
    @Test func emptyAndUnreadableValuesAreCountedApart() throws {
        let figures = try JSONValue.parse(Data(#"{"bitrate":"","latency":"126 msec","jitter":"0ms","avg_loss":"n/a","resolution":"HD","frame_rate":" "}"#.utf8),
                                          endpoint: "/test")
        var reader = MeasureReader(stream: "meeting_qos")
        reader.group = "audio_input"
        #expect(reader.read(figures, "bitrate", .kbps) == nil)
        #expect(reader.read(figures, "latency", .milliseconds) == nil)
        #expect(reader.read(figures, "jitter", .milliseconds) == 0)
        #expect(reader.read(figures, "avg_loss", .percent) == nil)
        #expect(reader.read(figures, "frame_rate", .fps) == nil)
        #expect(reader.read(figures, "absent", .fps) == nil)
        #expect(reader.resolution(figures, "resolution") == [.null, .null])
        var page = Page(rows: [])
        reader.note(in: &page)
        #expect(page.nullifiedValues == 5)
        #expect(page.unparsableValues == 3)
        #expect(page.unparsableExamples == [
            UnparsableValue(field: "meeting_qos audio_input.latency", raw: #""126 msec""#),
            UnparsableValue(field: "meeting_qos audio_input.avg_loss", raw: #""n/a""#),
            UnparsableValue(field: "meeting_qos audio_input.resolution", raw: #""HD""#),
        ])
    }

    @Test func examplesAreKeptUpToAFewPerField() {
        var examples: [UnparsableValue] = []
        let many = (0..<10).map { UnparsableValue(field: $0 < 5 ? "a" : "b", raw: "\($0)") }
        UnparsableValue.keep(many, in: &examples)
        UnparsableValue.keep(many, in: &examples)
        #expect(examples.map(\.raw) == ["0", "1", "2", "5", "6", "7"])
    }
}
