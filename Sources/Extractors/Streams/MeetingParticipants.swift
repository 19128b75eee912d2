import Foundation
import Records

/// `meeting_participants`: one row per join session of each meeting or webinar instance.
///
/// Zoom: `GET /report/meetings/{uuid}/participants` (webinars: `/report/webinars/{uuid}/participants`),
/// HEAVY, 300 per page (zoom-api.md §2). A person who rejoins is a new row with a new per-join
/// id, and guests have empty ids and emails, so rows are keyed by Zoom's order (`row_no`), never
/// by a person. Zoom's per-join `user_id` becomes `participant_session_id`; its account user id
/// (`participant_user_id`, formerly `id`) stays `participant_user_id` (DESIGN.md).
public struct MeetingParticipants: InstanceStream {
    public static let declaration = StreamDeclaration(
        StreamDescriptor(
            name: StreamName("meeting_participants"),
            table: TableName(schema: "zoom", name: "meeting_participants"),
            columns: [
                Column("meeting_uuid", .text), Column("row_no", .integer), Column("participant_session_id", .text),
                Column("participant_user_id", .text), Column("name", .text), Column("email", .text),
                Column("join_time", .timestamptz), Column("leave_time", .timestamptz), Column("duration_seconds", .integer),
                Column("status", .text), Column("failover", .boolean), Column("customer_key", .text), Column("bo_mtg_id", .text),
                Column("registrant_id", .text),
            ],
            primaryKey: ["meeting_uuid", "row_no"],
            disposition: .replaceByParent(parentKey: ["meeting_uuid"])
        ),
        endpoint: "/report/meetings/{meetingId}/participants", category: .heavy,
        paging: .pageToken(itemsKey: "participants", pageSize: 300),
        reading: .perParent(Meetings.instances),
        retention: .days(365),
        scopes: ["report:read:admin", "report:read:list_meeting_participants:admin"]
    )

    public init() {}

    public func plan(_ instance: MeetingInstance) -> InstancePlan {
        // Zoom's participants report covers only instances with two or more participants (zoom-api.md §7).
        if let count = instance.participantsCount, count < 2 { return .nothing(reason: "fewer than two participants") }
        return .fetch
    }

    public func request(for instance: MeetingInstance) -> ZoomRequest {
        ZoomRequest("/report/\(Self.family(instance))/\(ZoomPath.meetingUUID(instance.uuid))/participants",
                    query: [("include_fields", "registrant_id")])
    }

    public func rows(_ records: [JSONValue], instance: MeetingInstance, recordsBefore: Int) -> Page {
        var page = Page(rows: [], requests: 1)
        for (offset, record) in records.enumerated() {
            // Zoom's order within the instance, from 0; a rejected record keeps its number.
            let rowNumber = Int64(recordsBefore + offset)
            page.append(record, endpoint: Self.endpoint) { reader in
                let accountUserId = try reader.text("participant_user_id")
                return [
                    .text(instance.uuid), .int(rowNumber), .text(try reader.text("user_id")),
                    .text(try accountUserId ?? reader.text("id")), .text(try reader.text("name")),
                    .text(try reader.text("user_email")), .timestamp(try reader.optionalInstant("join_time")),
                    .timestamp(try reader.optionalInstant("leave_time")), .int(try reader.optionalInt32("duration")),
                    .text(try reader.text("status")), .bool(try reader.optionalBool("failover")),
                    .text(try reader.text("customer_key")), .text(try reader.text("bo_mtg_id")), .text(try reader.text("registrant_id")),
                ]
            }
        }
        return page
    }
}
