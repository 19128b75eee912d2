import Foundation
import Records

/// `meeting_qos_summary`: Zoom's per-session quality summary (QSS), one row per session and metric.
///
/// Zoom: `GET /metrics/meetings/{uuid}/participants/qos_summary`, webinars
/// `/metrics/webinars/{uuid}/participants/qos_summary` (HEAVY, at most 10 per page, Business+ and
/// the QSS add-on, webinars with the Webinar add-on too; code 200 "Event subscription not found"
/// otherwise; zoom-api.md §3, §9).
public struct MeetingQoSSummary: InstanceStream {
    public static let declaration = StreamDeclaration(
        StreamDescriptor(
            name: StreamName("meeting_qos_summary"),
            table: TableName(schema: "zoom", name: "participant_qos_summary"),
            columns: [Column("meeting_uuid", .text), Column("participant_id", .text), Column("metric", .text),
                      Column("user_name", .text), Column("email", .text)]
                + ["bitrate_kbps", "latency_ms", "jitter_ms", "loss_pct", "frame_rate_fps"].flatMap { measure in
                    ["min_", "avg_", "max_"].map { Column($0 + measure, .double) }
                }
                + [Column("resolution_width", .integer), Column("resolution_height", .integer)],
            primaryKey: ["meeting_uuid", "participant_id", "metric"],
            disposition: .replaceByParent(parentKey: ["meeting_uuid"])
        ),
        endpoint: "/metrics/meetings/{meetingId}/participants/qos_summary", category: .heavy,
        paging: .pageToken(itemsKey: "participants", pageSize: 10),
        reading: .perParent(Meetings.instances),
        retention: .days(365),
        scopes: MeetingQoS.dashboardScopes
    )
    /// Zoom's detail names and the unit each is stored in, in column order.
    static let measures: [(zoomName: String, unit: QoSUnit)] = [("bitrate", .kbps), ("latency", .milliseconds), ("jitter", .milliseconds),
                                                                ("loss", .percent), ("frame_rate", .fps)]

    public init() {}

    public func request(for instance: MeetingInstance) -> ZoomRequest {
        ZoomRequest("/metrics/\(Self.family(instance))/\(ZoomPath.meetingUUID(instance.uuid))/participants/qos_summary")
    }

    public func rows(_ records: [JSONValue], instance: MeetingInstance, recordsBefore: Int) -> Page {
        var page = Page(rows: [], requests: 1)
        for participant in records {
            let reader = RecordReader(participant, endpoint: Self.endpoint)
            // `participant_id` is the per-join id the key means (QSS.json); `id`, the account
            // user's, is the same for every join of a user, so it never stands in. The names are
            // optional, but one holding U+0000 rejects the record (`RecordReader.refuseNUL`).
            let id: String
            do throws(RecordReader.Problem) {
                guard let participantId = try reader.text("participant_id") else {
                    page.rejects.append(Reject(rawJSON: participant.sourceText, reason: "participant_id is missing or empty"))
                    continue
                }
                id = participantId
                _ = try reader.text("user_name")
                _ = try reader.text("email")
            } catch {
                page.rejects.append(Reject(rawJSON: participant.sourceText, reason: error.reason))
                continue
            }
            var values = MeasureReader(stream: Self.descriptor.name)
            for entry in participant["qos"]?.array ?? [] {
                guard let metric = entry["type"]?.string, MeetingQoS.metrics.contains(metric), let details = entry["details"] else { continue }
                values.group = metric
                var row: Row = [.text(instance.uuid), .text(id), .text(metric), .text(try? reader.text("user_name")), .text(try? reader.text("email"))]
                for measure in Self.measures {
                    for prefix in ["min_", "avg_", "max_"] {
                        row.append(.double(values.read(details, prefix + measure.zoomName, measure.unit)))
                    }
                }
                row += values.resolution(details, "resolution")
                page.rows.append(row)
            }
            values.note(in: &page)
        }
        return page
    }
}
