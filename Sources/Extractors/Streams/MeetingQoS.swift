import Foundation
import Records

/// `meeting_qos`: Zoom's per-minute quality samples, one row per participant session, minute and metric.
///
/// Zoom: `GET /metrics/meetings/{uuid}/participants/qos?type=past`, webinars
/// `/metrics/webinars/{uuid}/participants/qos?type=past` (HEAVY, Business+, webinars with the
/// Webinar add-on; at most 10 participants per page; `type` defaults to live, so `past` is always
/// sent; zoom-api.md §3, §9). Both kinds go into the same table, so they stay comparable.
/// Values arrive as strings with units in varying spellings and are stored as numbers in the
/// column's unit; an empty or unreadable value is NULL and counted (DESIGN.md).
public struct MeetingQoS: InstanceStream {
    public static let declaration = StreamDeclaration(
        StreamDescriptor(
            name: StreamName("meeting_qos"),
            table: TableName(schema: "zoom", name: "participant_qos"),
            columns: [
                Column("meeting_uuid", .text), Column("participant_session_id", .text), Column("sample_time", .timestamptz),
                Column("metric", .text), Column("bitrate_kbps", .double), Column("latency_ms", .double), Column("jitter_ms", .double),
                Column("avg_loss_pct", .double), Column("max_loss_pct", .double), Column("frame_rate_fps", .double),
                Column("resolution_width", .integer), Column("resolution_height", .integer),
                Column("zoom_min_cpu_pct", .double), Column("zoom_avg_cpu_pct", .double), Column("zoom_max_cpu_pct", .double),
                Column("system_max_cpu_pct", .double),
            ],
            primaryKey: ["meeting_uuid", "participant_session_id", "sample_time", "metric"],
            disposition: .replaceByParent(parentKey: ["meeting_uuid"]),
            // The largest table by far: monthly partitions make dropping old months cheap.
            monthlyPartitionColumn: "sample_time"
        ),
        endpoint: "/metrics/meetings/{meetingId}/participants/qos", category: .heavy,
        paging: .pageToken(itemsKey: "participants", pageSize: 10),
        reading: .perParent(Meetings.instances),
        retention: .days(365),
        scopes: dashboardScopes
    )
    /// The Dashboard scopes; `list_meeting_participants_qos` "also covers qos_summary" (zoom-api.md §3).
    static let dashboardScopes = ["dashboard:read:admin", "dashboard_meetings:read:admin", "dashboard:read:list_meeting_participants_qos:admin"]
    /// The media metrics DESIGN.md names; the crc/rwg device variants are not loaded.
    static let metrics = ["audio_input", "audio_output", "video_input", "video_output", "as_input", "as_output"]

    public init() {}

    /// `type` defaults to live, so `past` is always sent (zoom-api.md §3).
    public func request(for instance: MeetingInstance) -> ZoomRequest {
        ZoomRequest("/metrics/\(Self.family(instance))/\(ZoomPath.meetingUUID(instance.uuid))/participants/qos", query: [("type", "past")])
    }

    public func rows(_ records: [JSONValue], instance: MeetingInstance, recordsBefore: Int) -> Page {
        var page = Page(rows: [], requests: 1)
        for participant in records {
            Self.unnest(participant, meeting: instance.uuid, into: &page)
        }
        return page
    }

    /// One row per sample and metric present; a participant without a session id is rejected whole.
    static func unnest(_ participant: JSONValue, meeting: String, into page: inout Page) {
        let reader = RecordReader(participant, endpoint: endpoint)
        let session: String
        do {
            guard let id = try reader.text("user_id") else {
                page.rejects.append(Reject(rawJSON: participant.sourceText, reason: "user_id (the participant's session id) is missing or empty"))
                return
            }
            session = id
        } catch {
            page.rejects.append(Reject(rawJSON: participant.sourceText, reason: error.reason))
            return
        }
        for sample in participant["user_qos"]?.array ?? [] {
            guard let time = sample["date_time"]?.string.flatMap(ZoomValues.instant) else {
                page.rejects.append(Reject(rawJSON: sample.sourceText, reason: "a QoS sample of session \(session) has no readable date_time"))
                continue
            }
            var values = MeasureReader(stream: descriptor.name)
            for metric in metrics {
                guard let figures = sample[metric], case .object = figures else { continue }
                values.group = metric
                page.rows.append([
                    .text(meeting), .text(session), .timestamp(time), .text(metric),
                    .double(values.read(figures, "bitrate", .kbps)), .double(values.read(figures, "latency", .milliseconds)),
                    .double(values.read(figures, "jitter", .milliseconds)), .double(values.read(figures, "avg_loss", .percent)),
                    .double(values.read(figures, "max_loss", .percent)), .double(values.read(figures, "frame_rate", .fps)),
                ] + values.resolution(figures, "resolution") + [.null, .null, .null, .null])
            }
            if let cpu = sample["cpu_usage"], case .object = cpu {
                values.group = "cpu_usage"
                page.rows.append([.text(meeting), .text(session), .timestamp(time), .text("cpu_usage"),
                                  .null, .null, .null, .null, .null, .null, .null, .null,
                                  .double(values.read(cpu, "zoom_min_cpu_usage", .percent)), .double(values.read(cpu, "zoom_avg_cpu_usage", .percent)),
                                  .double(values.read(cpu, "zoom_max_cpu_usage", .percent)), .double(values.read(cpu, "system_max_cpu_usage", .percent))])
            }
            values.note(in: &page)
        }
    }
}

/// Reads QoS strings into numbers, counting the ones present but empty apart from the ones
/// present but unreadable (DESIGN.md: an empty or unparsable value is NULL and counted).
struct MeasureReader {
    /// The stream, for naming an unreadable value's field.
    let stream: StreamName
    /// Zoom's object the next values come from, e.g. `audio_input`.
    var group = ""
    private(set) var nullified = 0
    private(set) var unparsable: [UnparsableValue] = []

    init(stream: StreamName) {
        self.stream = stream
    }

    mutating func read(_ figures: JSONValue, _ key: String, _ unit: QoSUnit) -> Double? {
        guard let value = figures[key], value != .null else { return nil }
        let parsed: Double? = switch value {
        case .string(let text): ZoomValues.measure(text, in: unit)
        case .int(let int): Double(int)
        case .double(let double): double
        default: nil
        }
        if parsed == nil { nullify(value, key) }
        return parsed
    }

    /// Width and height cells from "1280*720".
    mutating func resolution(_ figures: JSONValue, _ key: String) -> [Cell] {
        guard let value = figures[key], value != .null else { return [.null, .null] }
        guard let size = ZoomValues.resolution(value.string) else {
            nullify(value, key)
            return [.null, .null]
        }
        return [.int(size.width), .int(size.height)]
    }

    /// Adds what was read to the page's counts and examples.
    func note(in page: inout Page) {
        page.nullifiedValues += nullified
        page.noteUnparsable(unparsable)
    }

    /// Zoom's empty strings are normal; anything else that did not read is kept as an example.
    private mutating func nullify(_ value: JSONValue, _ key: String) {
        nullified += 1
        if case .string(let text) = value, text.allSatisfy(\.isWhitespace) { return }
        unparsable.append(UnparsableValue(field: "\(stream) \(group).\(key)", raw: value.jsonText))
    }
}
