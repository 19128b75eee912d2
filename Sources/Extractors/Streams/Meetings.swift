import Foundation
import Logging
import Records

/// `meetings`: every ended meeting and webinar instance, one row per `meeting_uuid`.
///
/// Zoom: `GET /report/history_meetings?date_type=end_time` (HEAVY), one-month windows within 6
/// months (zoom-api.md §2). Where the account lacks that report (code 200), each active host's
/// `GET /report/users/{id}/meetings` instead. Instances are keyed by UUID, so every instance of a
/// recurring meeting (one `meeting_id`) is its own row.
public struct Meetings: ReportStream {
    public static let declaration = StreamDeclaration(
        StreamDescriptor(
            name: StreamName("meetings"),
            table: TableName(schema: "zoom", name: "meetings"),
            columns: [
                Column("meeting_uuid", .text), Column("meeting_id", .bigint), Column("kind", .text), Column("topic", .text),
                Column("host_name", .text), Column("host_email", .text), Column("department", .text),
                Column("start_time", .timestamptz), Column("end_time", .timestamptz), Column("duration_minutes", .integer),
                Column("participants_count", .integer), Column("total_participant_minutes", .integer), Column("source", .text),
                Column("listed_by", .text), Column("scheduled_time", .timestamptz),
            ],
            primaryKey: ["meeting_uuid"],
            disposition: .mergeByKey
        ),
        endpoint: "/report/history_meetings", category: .heavy,
        paging: .pageToken(itemsKey: "history_meetings", pageSize: 300),
        reading: .reportDays(limit: .calendarMonth(wholePeriods: false)),
        retention: .months(6),
        scopes: ["report:read:admin", "report:read:list_history_meetings:admin"]
    )

    /// The parent of every per-instance stream: the instances in `zoom.meetings`, by UUID.
    public static let instances = ParentLink(stream: declaration.name, table: declaration.descriptor.table, key: "meeting_uuid",
                                             endColumn: "end_time", startColumn: "start_time", fields: ["kind", "participants_count"])

    /// Where the history report is missing: each active host's meetings, then this listing.
    static let perHostEndpoint = "/report/users/{userId}/meetings"

    public init() {}

    /// Instances by the day they ended, meetings and webinars alike.
    public func request(for window: DateRange) -> ZoomRequest {
        ZoomRequest(Self.endpoint, query: [("from", "\(window.from)"), ("to", "\(window.to)"), ("date_type", "end_time"), ("meeting_type", "all")])
    }

    public func rows(_ records: [JSONValue], window: DateRange, timeZone: TimeZone) -> Page {
        typedPage(records, endpoint: Self.endpoint) { reader in
            let type = try reader.text("type")
            return [
                .text(try reader.key("meeting_uuid")), .int(try reader.int("meeting_id")),
                .text(type?.lowercased() == "webinar" ? "webinar" : "meeting"), .text(try reader.text("topic")),
                .text(try reader.text("host_display_name")), .text(try reader.text("host_email")), .text(try reader.text("department")),
                .timestamp(try reader.instant("start_time")), .timestamp(try reader.instant("end_time")),
                .int(try reader.optionalInt32("duration")), .int(try reader.optionalInt32("participants")),
                .int(try reader.optionalInt32("total_participant_minutes")), .text(try reader.text("source")), .text("history_meetings"), .null,
            ]
        }
    }

    /// `GET /report/users/{id}/meetings` records, where the plan has no history report.
    static func perHostRows(_ records: [JSONValue], timeZone: TimeZone) -> Page {
        typedPage(records, endpoint: perHostEndpoint) { reader in
            // Zoom's meeting types 5, 6 and 9 are webinars.
            let type = try reader.optionalInt32("type")
            return [
                .text(try reader.key("uuid")), .int(try reader.int("id")), .text([5, 6, 9].contains(type) ? "webinar" : "meeting"),
                .text(try reader.text("topic")), .text(try reader.text("user_name")), .text(try reader.text("user_email")), .null,
                .timestamp(try reader.instant("start_time")), .timestamp(try reader.instant("end_time")),
                .int(try reader.optionalInt32("duration")), .int(try reader.optionalInt32("participants_count")),
                .int(try reader.optionalInt32("total_minutes")), .text(try reader.text("source")), .text("user_meetings"),
                .timestamp(try reader.localMinute("schedule_time", in: timeZone)),
            ]
        }
    }

    /// The declared read, falling back for good to each active host's meetings once Zoom says
    /// the plan has no history report (code 200; zoom-api.md §8).
    public func extract(_ range: DateRange, client: ZoomClient, context: ExtractionContext, emit: (WindowPage) async throws -> Void) async throws {
        var history = true
        for window in Self.windows(of: range) {
            if history {
                do {
                    try await readWindow(window.read, through: window.through, client: client, context: context, emit: emit)
                    continue
                } catch let error as ZoomError where error.recovery == .skipStream {
                    context.logger.warning("the account has no meeting history report; listing each active host's meetings instead",
                                           metadata: ["event": "meetings_per_host", "reason": "\(error.reason)"])
                    history = false
                }
            }
            try await Self.perHost(window.read, client: client, context: context, emit: emit)
        }
    }

    private static func perHost(_ window: DateRange, client: ZoomClient, context: ExtractionContext, emit: (WindowPage) async throws -> Void) async throws {
        var hosts: [String] = []
        try await ActiveHosts.eachAnswer(ActiveHosts().request(for: window), client: client) { records, _ in
            hosts += records.compactMap { $0["id"]?.string }
        }
        try Task.checkCancellation()
        for host in Set(hosts).sorted() {
            let path = "/report/users/\(ZoomPath.segment(host))/meetings"
            let query = [("from", "\(window.from)"), ("to", "\(window.to)"), ("type", "past")] + declaration.paging.pageSizeQuery()
            for try await listing in client.pages(path, query: query, category: category) {
                try await emit(WindowPage(page: perHostRows(listing.document["meetings"]?.array ?? [], timeZone: context.timeZone), through: nil))
            }
        }
        try Task.checkCancellation()
        try await emit(WindowPage(page: Page(rows: [], requests: 0), through: window.to))
    }
}
