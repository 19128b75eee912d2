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
    public static let descriptor = StreamDescriptor(
        name: "meetings",
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
    )
    public static let endpoint = "/report/history_meetings"
    public static let category = RateLimitCategory.heavy
    public static let retentionMonths = 6

    public init() {}

    public func extract(_ range: DateRange, client: ZoomClient, context: ExtractionContext, emit: (WindowPage) async throws -> Void) async throws {
        var history = true
        for window in range.months {
            if history {
                do {
                    try await Self.history(window, client: client, context: context, emit: emit)
                    continue
                } catch let error as ZoomError where error.isEntitlementError {
                    context.logger.warning("the account has no meeting history report; listing each active host's meetings instead",
                                           metadata: ["event": "meetings_per_host", "reason": "\(error.reason)"])
                    history = false
                }
            }
            try await Self.perHost(window, client: client, context: context, emit: emit)
        }
    }

    private static func history(_ window: DateRange, client: ZoomClient, context: ExtractionContext, emit: (WindowPage) async throws -> Void) async throws {
        let query = [("from", "\(window.from)"), ("to", "\(window.to)"), ("date_type", "end_time"), ("meeting_type", "all"), ("page_size", "300")]
        var pending: Page?
        for try await listing in client.pages(endpoint, query: query, category: category) {
            if let previous = pending { try await emit(WindowPage(page: previous, through: nil)) }
            pending = typedPage(listing.document["history_meetings"]?.array ?? [], endpoint: endpoint) { reader in
                let type = try reader.text("type")
                return [
                    .text(try reader.string("meeting_uuid")), .int(try reader.int("meeting_id")),
                    .text(type?.lowercased() == "webinar" ? "webinar" : "meeting"), .text(try reader.text("topic")),
                    .text(try reader.text("host_display_name")), .text(try reader.text("host_email")), .text(try reader.text("department")),
                    .timestamp(try reader.instant("start_time")), .timestamp(try reader.instant("end_time")),
                    .int(try reader.optionalInt("duration")), .int(try reader.optionalInt("participants")),
                    .int(try reader.optionalInt("total_participant_minutes")), .text(try reader.text("source")), .text("history_meetings"), .null,
                ]
            }
        }
        // A cancelled listing ends quietly; only a complete one may move the cursor.
        try Task.checkCancellation()
        try await emit(WindowPage(page: pending ?? Page(rows: [], requests: 0), through: window.to))
    }

    private static func perHost(_ window: DateRange, client: ZoomClient, context: ExtractionContext, emit: (WindowPage) async throws -> Void) async throws {
        let hostQuery = [("type", "active"), ("from", "\(window.from)"), ("to", "\(window.to)"), ("page_size", "300")]
        var hosts: [String] = []
        for try await listing in client.pages(ActiveHosts.endpoint, query: hostQuery, category: .heavy) {
            hosts += (listing.document["users"]?.array ?? []).compactMap { $0["id"]?.string }
        }
        try Task.checkCancellation()
        let endpoint = "/report/users/{userId}/meetings"
        for host in Set(hosts).sorted() {
            let path = "/report/users/\(ZoomPath.segment(host))/meetings"
            let query = [("from", "\(window.from)"), ("to", "\(window.to)"), ("type", "past"), ("page_size", "300")]
            for try await listing in client.pages(path, query: query, category: .heavy) {
                try await emit(WindowPage(page: typedPage(listing.document["meetings"]?.array ?? [], endpoint: endpoint) { reader in
                    // Zoom's meeting types 5, 6 and 9 are webinars.
                    let type = try reader.optionalInt("type")
                    return [
                        .text(try reader.string("uuid")), .int(try reader.int("id")), .text([5, 6, 9].contains(type) ? "webinar" : "meeting"),
                        .text(try reader.text("topic")), .text(try reader.text("user_name")), .text(try reader.text("user_email")), .null,
                        .timestamp(try reader.instant("start_time")), .timestamp(try reader.instant("end_time")),
                        .int(try reader.optionalInt("duration")), .int(try reader.optionalInt("participants_count")),
                        .int(try reader.optionalInt("total_minutes")), .text(try reader.text("source")), .text("user_meetings"),
                        .timestamp(try reader.localMinute("schedule_time", in: context.timeZone)),
                    ]
                }, through: nil))
            }
        }
        try Task.checkCancellation()
        try await emit(WindowPage(page: Page(rows: [], requests: 0), through: window.to))
    }
}

/// Types each record of a listing with `row`, keeping the ones that fail as rejects.
func typedPage(_ records: [JSONValue], endpoint: String, row: (RecordReader) throws -> Row) -> Page {
    var page = Page(rows: [], requests: 1)
    for record in records {
        page.append(record, endpoint: endpoint, row: row)
    }
    return page
}

extension Page {
    /// Appends the record's typed row, or the record as a reject with the reason it failed.
    mutating func append(_ record: JSONValue, endpoint: String, row: (RecordReader) throws -> Row) {
        do {
            rows.append(try row(RecordReader(record, endpoint: endpoint)))
        } catch {
            rejects.append(Reject(rawJSON: record.sourceText, reason: (error as? RecordReader.Problem)?.reason ?? "\(error)"))
        }
    }
}
