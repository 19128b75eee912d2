import Foundation
import Records
import Testing
@testable import Extractors

/// `GET /metrics/meetings/{uuid}/participants/qos_summary` participants (zoom-api.md §3):
/// `{id, participant_id, user_name, email, qos[]{type, details{min_/avg_/max_ strings}}}`.
/// QSS.json: `id` is the account user's id ("" for a guest), `participant_id` the per-join id,
/// which DESIGN.md makes the `participant_id` column.
@Suite struct MeetingQoSSummaryMappingTests {
    static let instance = MeetingInstance(uuid: "4444AAAiAAAAAiAiAiiAii==", isWebinar: true, endTime: utc(2022, 3, 1, 11, 0),
                                          participantsCount: 40)

    static func participant(id: String = #""zJKyaiAyTNC-MWjiWC18KQ""#, participantId: String? = #""20161536""#,
                            userName: String = #""jchill""#, email: String = #""user@example.com""#, qos: [String]) -> String {
        let participantField = participantId.map { #""participant_id":\#($0),"# } ?? ""
        return #"{"id":\#(id),\#(participantField)"user_name":\#(userName),"email":\#(email),"qos":[\#(qos.joined(separator: ","))]}"#
    }

    static func entry(_ type: String, _ details: String) -> String { #"{"type":"\#(type)","details":\#(details)}"# }

    // The spellings QSS.json shows: "27.15kbps" (no space), "126 ms", "0ms", "0.03%", "12 fps".
    static let audio = #"{"min_bitrate":"27.15kbps","avg_bitrate":"30.5kbps","max_bitrate":"45kbps","min_latency":"100 ms","avg_latency":"126 ms","max_latency":"210 ms","min_jitter":"0ms","avg_jitter":"2ms","max_jitter":"8ms","min_loss":"0%","avg_loss":"0.03%","max_loss":"0.4%"}"#
    static let video = #"{"min_bitrate":"0.5 Mbps","avg_bitrate":"1.2 Mbps","max_bitrate":"1,500 kbps","min_latency":"90 ms","avg_latency":"110 ms","max_latency":"150 ms","min_jitter":"1ms","avg_jitter":"4ms","max_jitter":"9ms","min_loss":"0%","avg_loss":"0.1%","max_loss":"1.5%","resolution":"1280*720","min_frame_rate":"5 fps","avg_frame_rate":"12 fps","max_frame_rate":"25 fps"}"#
    static let cpu = #"{"zoom_min_cpu_usage":"0%","zoom_avg_cpu_usage":"1%","zoom_max_cpu_usage":"2%","system_max_cpu_usage":"11%"}"#

    /// A `zoom.participant_qos_summary` row, every column: the figures are min/avg/max of
    /// bitrate, latency, jitter, loss and frame rate, then the resolution.
    static func row(_ metric: String, participant: String = "20161536", userName: String? = "jchill", email: String? = "user@example.com",
                    figures: [Double?], width: Int64? = nil, height: Int64? = nil) -> Row {
        precondition(figures.count == 15)
        return [.text(instance.uuid), .text(participant), .text(metric), .text(userName), .text(email)]
            + figures.map { .double($0) } + [.int(width), .int(height)]
    }

    static let audioFigures: [Double?] = [27.15, 30.5, 45, 100, 126, 210, 0, 2, 8, 0, 0.03, 0.4, nil, nil, nil]

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let participant: String
        let rows: [Row]
        var rejects: [String] = []
        var nullified = 0
        var unparsable: [UnparsableValue] = []

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "an audio summary is a row of its minima, averages and maxima", participant: participant(qos: [entry("audio_input", audio)]),
             rows: [row("audio_input", figures: audioFigures)]),
        // "1,500 kbps" has no documented reading: NULL and kept as unreadable (DESIGN.md).
        Case(name: "a video summary in Mbps with a resolution", participant: participant(qos: [entry("video_output", video)]),
             rows: [row("video_output", figures: [500, 1200, nil, 90, 110, 150, 1, 4, 9, 0, 0.1, 1.5, 5, 12, 25], width: 1280, height: 720)],
             nullified: 1, unparsable: [UnparsableValue(field: "meeting_qos_summary video_output.max_bitrate", raw: #""1,500 kbps""#)]),
        // DESIGN.md's summary columns are media only: CPU and the crc/rwg variants have none.
        Case(name: "every media metric is a row; CPU and device variants are not",
             participant: participant(qos: ["audio_input", "audio_output", "as_input", "as_output"].map { entry($0, audio) }
                 + [entry("cpu_usage", cpu), entry("audio_device_from_crc", audio), entry("video_device_to_rwg", video)]),
             rows: ["audio_input", "audio_output", "as_input", "as_output"].map { row($0, figures: audioFigures) }),
        // DESIGN.md: Zoom's "" is NULL; empty values are counted, not an alarm.
        Case(name: "a guest's empty id and email, and empty details, are NULL",
             participant: participant(id: #""""#, participantId: #""20161537""#, userName: #""Guest""#, email: #""""#,
                                      qos: [entry("video_input", #"{"min_bitrate":"","avg_bitrate":"","max_bitrate":"","resolution":""}"#)]),
             rows: [row("video_input", participant: "20161537", userName: "Guest", email: nil, figures: Array(repeating: nil, count: 15))],
             nullified: 4),
        Case(name: "a dash is NULL and kept as unreadable",
             participant: participant(qos: [entry("audio_output", #"{"min_latency":"-","avg_latency":"126 ms","max_latency":"-"}"#)]),
             rows: [row("audio_output", figures: [nil, nil, nil, nil, 126, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil])], nullified: 2,
             unparsable: [UnparsableValue(field: "meeting_qos_summary audio_output.min_latency", raw: #""-""#),
                          UnparsableValue(field: "meeting_qos_summary audio_output.max_latency", raw: #""-""#)]),
        Case(name: "an entry without details is left out", participant: participant(qos: [#"{"type":"audio_input"}"#, entry("audio_output", audio)]),
             rows: [row("audio_output", figures: audioFigures)]),
        Case(name: "a participant without summaries has no rows", participant: participant(qos: []), rows: []),
        Case(name: "a participant without any id is rejected",
             participant: participant(id: #""""#, participantId: nil, qos: [entry("audio_input", audio)]), rows: [],
             rejects: ["participant_id is missing or empty"]),
        // zoom-api.md §9: PostgreSQL text cannot hold U+0000.
        Case(name: "a name holding U+0000 rejects the participant",
             participant: participant(userName: #""j\u0000chill""#, qos: [entry("audio_input", audio)]), rows: [],
             rejects: ["user_name contains U+0000 (NUL), which PostgreSQL text cannot hold"]),
        Case(name: "an email holding U+0000 rejects the participant",
             participant: participant(email: #""user@example.com\u0000""#, qos: [entry("audio_input", audio)]), rows: [],
             rejects: ["email contains U+0000 (NUL), which PostgreSQL text cannot hold"]),
    ]

    @Test(arguments: cases)
    func aSummaryParticipantBecomes(_ testCase: Case) throws {
        let records = try ZoomAnswer.records(of: MeetingQoSSummary.self, [testCase.participant])
        let page = MeetingQoSSummary().rows(records, instance: Self.instance, recordsBefore: 0)
        #expect(page.unorderedRows == testCase.rows.sortedForComparison)
        #expect(page.rejects.map(\.reason) == testCase.rejects)
        #expect(page.rejects.map(\.rawJSON) == (testCase.rejects.isEmpty ? [] : [testCase.participant]))
        #expect(page.nullifiedValues == testCase.nullified)
        #expect(page.unparsableValues == testCase.unparsable.count)
        #expect(Set(page.unparsableExamples) == Set(testCase.unparsable))
    }

    /// `participant_id` is the per-join id (DESIGN.md, QSS.json); `id` is the account user's id,
    /// the same for every join of that user: taking it instead would store another meaning in the
    /// key and collide when the user joined twice.
    @Test(arguments: [#""""#, #""2016\u00001536""#])
    func anUnusableParticipantIdIsNotReplacedByTheUserId(_ participantId: String) throws {
        let records = try ZoomAnswer.records(of: MeetingQoSSummary.self,
                                             [Self.participant(participantId: participantId, qos: [Self.entry("audio_input", Self.audio)])])
        let page = MeetingQoSSummary().rows(records, instance: Self.instance, recordsBefore: 0)
        expectRejected(page)
    }
}
