import Foundation
import Records
import Testing
@testable import Extractors

/// `GET /metrics/meetings/{uuid}/participants/qos?type=past` participants (zoom-api.md §3):
/// `user_qos[]` holds a sample a minute, each metric's figures as strings with units.
/// DESIGN.md: one row per session, minute and metric; an empty or unparsable value is NULL and counted.
@Suite struct MeetingQoSMappingTests {
    static let instance = MeetingInstance(uuid: "4444AAAiAAAAAiAiAiiAii==", isWebinar: false, endTime: utc(2022, 3, 1, 11, 0),
                                          participantsCount: 2)
    static let minute = utc(2022, 3, 1, 10, 16)

    /// A QoS participant as the Dashboard sends it, with its samples; `userId` is Zoom's per-join id.
    static func participant(userId: String = #""16778240""#, id: String = #""KDcuGIm1QgePTO8WbOqwIQ""#, samples: [String]) -> String {
        #"{"id":\#(id),"user_id":\#(userId),"user_name":"Jill Chill","email":"jchill@example.com","device":"Mac","client":"#
            + #""Zoom","ip_address":"203.0.113.7","location":"Berlin (DE)","network_type":"Wifi","join_time":"2022-03-01T10:15:40Z","#
            + #""leave_time":"2022-03-01T10:58:02Z","health":"Good","issue_list":[],"user_qos":[\#(samples.joined(separator: ","))]}"#
    }

    /// One minute's sample: `figures` are Zoom's objects by name, as JSON text.
    static func sample(at dateTime: String? = "2022-03-01T10:16:00Z", _ figures: [(String, String)]) -> String {
        let time = dateTime.map { [#""date_time":"\#($0)""#] } ?? []
        return "{" + (time + figures.map { #""\#($0.0)":\#($0.1)"# }).joined(separator: ",") + "}"
    }

    static let spacedAudio = #"{"bitrate":"27.15 kbps","latency":"126 ms","jitter":"0 ms","avg_loss":"0.03%","max_loss":"0.4%"}"#
    static let video = #"{"bitrate":"1.2 Mbps","latency":"80 ms","jitter":"3ms","avg_loss":"0.1%","max_loss":"1.5%","resolution":"1280*720","frame_rate":"12 fps"}"#
    static let cpu = #"{"zoom_min_cpu_usage":"0%","zoom_avg_cpu_usage":"1%","zoom_max_cpu_usage":"2%","system_max_cpu_usage":"11%"}"#

    /// A media metric's row, every column in order (the CPU columns NULL).
    static func media(_ metric: String, at time: Date = minute, session: String = "16778240", bitrate: Double? = nil, latency: Double? = nil,
                      jitter: Double? = nil, avgLoss: Double? = nil, maxLoss: Double? = nil, fps: Double? = nil,
                      width: Int64? = nil, height: Int64? = nil) -> Row {
        [.text(instance.uuid), .text(session), .timestamp(time), .text(metric), .double(bitrate), .double(latency), .double(jitter),
         .double(avgLoss), .double(maxLoss), .double(fps), .int(width), .int(height), .null, .null, .null, .null]
    }

    static func spacedAudioRow(_ metric: String = "audio_input", at time: Date = minute) -> Row {
        media(metric, at: time, bitrate: 27.15, latency: 126, jitter: 0, avgLoss: 0.03, maxLoss: 0.4)
    }

    static let videoRow = media("video_input", bitrate: 1200, latency: 80, jitter: 3, avgLoss: 0.1, maxLoss: 1.5, fps: 12, width: 1280, height: 720)

    /// The CPU row: the media columns NULL, Zoom's percentages in the CPU columns.
    static func cpuRow(at time: Date = minute) -> Row {
        [.text(instance.uuid), .text("16778240"), .timestamp(time), .text("cpu_usage")] + Array(repeating: .null, count: 8)
            + [.double(0), .double(1), .double(2), .double(11)]
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let participant: String
        let rows: [Row]
        var rejects: [String] = []
        /// Values stored as NULL although present: empty and unreadable together.
        var nullified = 0
        /// Of those, the unreadable ones, kept as examples (an alarm: a new spelling).
        var unparsable: [UnparsableValue] = []

        var testDescription: String { name }
    }

    static func unreadable(_ field: String, _ raw: String) -> UnparsableValue {
        UnparsableValue(field: "meeting_qos \(field)", raw: raw)
    }

    static let cases: [Case] = [
        Case(name: "an audio sample with spaced units", participant: participant(samples: [sample([("audio_input", spacedAudio)])]),
             rows: [spacedAudioRow()]),
        // zoom-api.md §7: "27.15 kbps" vs "27.15kbps", "0 ms" vs "0ms".
        Case(name: "units without a space read the same",
             participant: participant(samples: [sample([("audio_output", #"{"bitrate":"27.15kbps","latency":"126ms","jitter":"0ms","avg_loss":"0.03%","max_loss":"0.4%"}"#)])]),
             rows: [spacedAudioRow("audio_output")]),
        // zoom-api.md §3 spec examples also spell "27.15 Kbps"; DESIGN.md names "1.2 Mbps".
        Case(name: "Kbps and Mbps are read as kbps",
             participant: participant(samples: [sample([("video_input", video), ("as_input", #"{"bitrate":"27.15 Kbps","latency":"126 ms","jitter":"0 ms","avg_loss":"0.03%","max_loss":"0.4%","resolution":"1920x1080","frame_rate":"5 fps"}"#)])]),
             rows: [videoRow, media("as_input", bitrate: 27.15, latency: 126, jitter: 0, avgLoss: 0.03, maxLoss: 0.4, fps: 5, width: 1920, height: 1080)]),
        Case(name: "CPU usage goes in its own columns", participant: participant(samples: [sample([("cpu_usage", cpu)])]), rows: [cpuRow()]),
        // DESIGN.md names six media metrics; the crc/rwg variants, wifi_rssi and pressure levels have no columns.
        Case(name: "a full minute is a row per metric and one for CPU",
             participant: participant(samples: [sample([
                 ("audio_input", spacedAudio), ("audio_output", spacedAudio), ("video_input", video), ("video_output", video),
                 ("as_input", spacedAudio), ("as_output", spacedAudio), ("cpu_usage", cpu),
                 ("audio_device_from_crc", spacedAudio), ("video_device_to_rwg", video),
                 ("wifi_rssi", #"{"max_rssi":-75,"avg_rssi":-70,"min_rssi":-60,"rssi_unit":"dBm"}"#),
                 ("cpu_pressure_level", #"{"system_min_cpu_pressure_level":"normal","system_avg_cpu_pressure_level":"fair","system_max_cpu_pressure_level":"serious"}"#),
             ])]),
             rows: [spacedAudioRow(), spacedAudioRow("audio_output"), videoRow,
                    media("video_output", bitrate: 1200, latency: 80, jitter: 3, avgLoss: 0.1, maxLoss: 1.5, fps: 12, width: 1280, height: 720),
                    spacedAudioRow("as_input"), spacedAudioRow("as_output"), cpuRow()]),
        Case(name: "each minute is its own row, fractions of a second kept",
             participant: participant(samples: [sample([("audio_input", spacedAudio)]), sample(at: "2022-03-01T10:17:00.5Z", [("audio_input", spacedAudio)])]),
             rows: [spacedAudioRow(), spacedAudioRow(at: utc(2022, 3, 1, 10, 17, 0, milliseconds: 500))]),
        // Empty is normal for Zoom: NULL and counted, but no alarm.
        Case(name: "empty values are NULL and counted",
             participant: participant(samples: [sample([("video_output", #"{"bitrate":"","latency":"","jitter":"","avg_loss":"","max_loss":"","resolution":"","frame_rate":""}"#)])]),
             rows: [media("video_output")], nullified: 7),
        Case(name: "a dash is NULL, counted and kept as unreadable",
             participant: participant(samples: [sample([("audio_input", #"{"bitrate":"-","latency":"126 ms","jitter":"-","avg_loss":"0.03%","max_loss":"0.4%"}"#)])]),
             rows: [media("audio_input", latency: 126, avgLoss: 0.03, maxLoss: 0.4)], nullified: 2,
             unparsable: [unreadable("audio_input.bitrate", #""-""#), unreadable("audio_input.jitter", #""-""#)]),
        // No source shows a thousands separator; an unknown spelling must raise the alarm, not read wrong.
        Case(name: "a bitrate with a thousands separator is NULL and kept as unreadable",
             participant: participant(samples: [sample([("video_input", #"{"bitrate":"1,234 kbps","latency":"80 ms","jitter":"3ms","avg_loss":"0.1%","max_loss":"1.5%","resolution":"1280*720","frame_rate":"12 fps"}"#)])]),
             rows: [media("video_input", latency: 80, jitter: 3, avgLoss: 0.1, maxLoss: 1.5, fps: 12, width: 1280, height: 720)], nullified: 1,
             unparsable: [unreadable("video_input.bitrate", #""1,234 kbps""#)]),
        Case(name: "a half resolution is NULL and kept as unreadable",
             participant: participant(samples: [sample([("video_input", #"{"bitrate":"1.2 Mbps","latency":"80 ms","jitter":"3ms","avg_loss":"0.1%","max_loss":"1.5%","resolution":"1280*","frame_rate":"12 fps"}"#)])]),
             rows: [media("video_input", bitrate: 1200, latency: 80, jitter: 3, avgLoss: 0.1, maxLoss: 1.5, fps: 12)], nullified: 1,
             unparsable: [unreadable("video_input.resolution", #""1280*""#)]),
        Case(name: "an unknown unit is NULL and kept as unreadable",
             participant: participant(samples: [sample([("audio_input", #"{"bitrate":"27.15 kbps","latency":"126 msec","jitter":"0 ms","avg_loss":"0.03%","max_loss":"0.4%"}"#)])]),
             rows: [media("audio_input", bitrate: 27.15, jitter: 0, avgLoss: 0.03, maxLoss: 0.4)], nullified: 1,
             unparsable: [unreadable("audio_input.latency", #""126 msec""#)]),
        // zoom-api.md §7: a guest's `id` is ""; the session id is `user_id`, which every join has.
        Case(name: "a guest's session loads under its session id",
             participant: participant(id: #""""#, samples: [sample([("audio_input", spacedAudio)])]), rows: [spacedAudioRow()]),
        Case(name: "a sample without a readable time is rejected, the others load",
             participant: participant(samples: [sample(at: nil, [("audio_input", spacedAudio)]), sample(at: "03/01/2022 10:17", [("audio_input", spacedAudio)]),
                                               sample(at: "2022-03-01T10:16:00Z", [("audio_input", spacedAudio)])]),
             rows: [spacedAudioRow()],
             rejects: ["a QoS sample of session 16778240 has no readable date_time", "a QoS sample of session 16778240 has no readable date_time"]),
        Case(name: "a session without samples has no rows", participant: participant(samples: []), rows: []),
        Case(name: "a participant without a session id is rejected whole",
             participant: participant(userId: #""""#, samples: [sample([("audio_input", spacedAudio)])]), rows: [],
             rejects: ["user_id (the participant's session id) is missing or empty"]),
        // zoom-api.md §9: PostgreSQL text cannot hold U+0000.
        Case(name: "a session id holding U+0000 rejects the participant",
             participant: participant(userId: #""1677\u00008240""#, samples: [sample([("audio_input", spacedAudio)])]), rows: [],
             rejects: ["user_id contains U+0000 (NUL), which PostgreSQL text cannot hold"]),
    ]

    @Test(arguments: cases)
    func aQoSParticipantBecomes(_ testCase: Case) throws {
        let records = try ZoomAnswer.records(of: MeetingQoS.self, [testCase.participant])
        let page = MeetingQoS().rows(records, instance: Self.instance, recordsBefore: 0)
        #expect(page.unorderedRows == testCase.rows.sortedForComparison)
        #expect(page.rejects.map(\.reason) == testCase.rejects)
        #expect(page.nullifiedValues == testCase.nullified)
        #expect(page.unparsableValues == testCase.unparsable.count)
        #expect(Set(page.unparsableExamples) == Set(testCase.unparsable))
    }

    /// A rejected sample keeps the text Zoom sent; a rejected participant keeps the whole record.
    @Test func rejectsKeepWhatZoomSent() throws {
        let timeless = Self.sample(at: nil, [("audio_input", Self.spacedAudio)])
        let sessionless = Self.participant(userId: #""""#, samples: [])
        let records = try ZoomAnswer.records(of: MeetingQoS.self, [Self.participant(samples: [timeless]), sessionless])
        #expect(MeetingQoS().rows(records, instance: Self.instance, recordsBefore: 0).rejects.map(\.rawJSON) == [timeless, sessionless])
    }

    /// `resolution_width` and `_height` are PostgreSQL `integer` (sql/004): a side beyond int32
    /// would fail the page's COPY, so it is NULL and counted as unreadable, like any other.
    @Test func aResolutionBeyondInt32IsUnreadable() throws {
        let figures = #"{"bitrate":"1.2 Mbps","latency":"80 ms","jitter":"3ms","avg_loss":"0.1%","max_loss":"1.5%","resolution":"3000000000*720","frame_rate":"12 fps"}"#
        let records = try ZoomAnswer.records(of: MeetingQoS.self, [Self.participant(samples: [Self.sample([("video_input", figures)])])])
        let page = MeetingQoS().rows(records, instance: Self.instance, recordsBefore: 0)
        #expect(page.unorderedRows == [Self.media("video_input", bitrate: 1200, latency: 80, jitter: 3, avgLoss: 0.1, maxLoss: 1.5, fps: 12)].sortedForComparison)
        #expect(page.unparsableValues == 1)
    }
}
