import Foundation
import Records
import Testing
@testable import Extractors

/// `meetings` from its two sources (zoom-api.md §2): `GET /report/history_meetings` records, and
/// where the account has no history report, `GET /report/users/{id}/meetings` records.
@Suite struct MeetingsMappingTests {
    static let november = days(day(2026, 11, 1), day(2026, 11, 30))
    static let newYork = TimeZone.named("America/New_York")

    /// A `zoom.meetings` row, every column, in the descriptor's order; defaults are the weekly sync below.
    static func row(uuid: String = "4444AAAiAAAAAiAiAiiAii==", id: Int64 = 85_746_065_432, kind: String = "meeting",
                    topic: String? = "Weekly sync", hostName: String? = "Jill Chill", hostEmail: String? = "jchill@example.com",
                    department: String? = "HR", start: Date = utc(2026, 11, 3, 14, 0, 5), end: Date = utc(2026, 11, 3, 14, 47, 30),
                    minutes: Int64? = 48, participants: Int64? = 6, participantMinutes: Int64? = 251, source: String? = "Zoom",
                    listedBy: String = "history_meetings", scheduled: Date? = nil) -> Row {
        [.text(uuid), .int(id), .text(kind), .text(topic), .text(hostName), .text(hostEmail), .text(department),
         .timestamp(start), .timestamp(end), .int(minutes), .int(participants), .int(participantMinutes), .text(source),
         .text(listedBy), .timestamp(scheduled)]
    }

    static let historyFields: JSONFields = [
        ("meeting_uuid", #""4444AAAiAAAAAiAiAiiAii==""#), ("meeting_id", "85746065432"), ("type", #""Meeting""#),
        ("host_display_name", #""Jill Chill""#), ("host_email", #""jchill@example.com""#),
        ("start_time", #""2026-11-03T14:00:05Z""#), ("end_time", #""2026-11-03T14:47:30Z""#), ("topic", #""Weekly sync""#),
        ("participants", "6"), ("duration", "48"), ("total_participant_minutes", "251"), ("department", #""HR""#),
        ("group", #"["Sales"]"#), ("source", #""Zoom""#), ("unique_viewers", "0"), ("max_concurrent_views", "0"),
        ("create_time", #""2026-10-30T09:12:00Z""#), ("custom_fields", "[]"), ("tracking_fields", "[]"),
        ("feature_used", #"{"screen_sharing":true,"poll":false}"#),
    ]

    /// A history record of the weekly sync, some fields replaced (`nil`: left out).
    static func history(_ replacing: [String: String?] = [:]) -> String { jsonRecord(historyFields, replacing) }

    static let historyCases: [RecordCase] = [
        RecordCase("an ended meeting is a row listed by the history report", history(), .row(row())),
        RecordCase("a webinar is of kind webinar", history(["type": #""Webinar""#]), .row(row(kind: "webinar"))),
        // zoom-api.md §7: meeting ids are int64, beyond 2^31 and here beyond 2^53; never through a double.
        RecordCase("a meeting id beyond 2^53 stays exact", history(["meeting_id": "9007199254740993"]), .row(row(id: 9_007_199_254_740_993))),
        // The UUID is stored as Zoom sends it; double-encoding is for request paths only (zoom-api.md §5).
        RecordCase("a UUID with slashes is stored as sent", history(["meeting_uuid": #""/ajD+1s//Qa2xv==""#]), .row(row(uuid: "/ajD+1s//Qa2xv=="))),
        // zoom-api.md §7: fractional seconds can occur.
        RecordCase("a start with fractional seconds keeps them", history(["start_time": #""2026-11-03T14:00:05.66Z""#]),
                   .row(row(start: utc(2026, 11, 3, 14, 0, 5, milliseconds: 660)))),
        RecordCase("an end with a UTC offset instead of Z is the same instant", history(["end_time": #""2026-11-03T15:47:30+01:00""#]),
                   .row(row())),
        // DESIGN.md: an empty string from Zoom is NULL.
        RecordCase("empty topic, department and source are NULL", history(["topic": #""""#, "department": #""""#, "source": #""""#]),
                   .row(row(topic: nil, department: nil, source: nil))),
        RecordCase("a host outside the account without an email is NULL", history(["host_email": #""""#]), .row(row(hostEmail: nil))),
        RecordCase("absent figures are NULL", history(["duration": nil, "participants": nil, "total_participant_minutes": nil]),
                   .row(row(minutes: nil, participants: nil, participantMinutes: nil))),
        RecordCase("a meeting without a UUID is rejected", history(["meeting_uuid": nil]), .rejected("meeting_uuid is missing")),
        RecordCase("a meeting id sent as a string is rejected", history(["meeting_id": #""85746065432""#]),
                   .rejected(#"meeting_id is not an integer: "85746065432""#)),
        // The end time is the instance's window and its children's trigger: no end, no instance.
        RecordCase("a meeting without an end is rejected", history(["end_time": nil]), .rejected("end_time is missing")),
        RecordCase("an empty end is rejected", history(["end_time": #""""#]), .rejected("end_time is missing")),
        // zoom-api.md §7: report times are UTC with Z; a time without a zone is not guessed at.
        RecordCase("a start without a zone is rejected", history(["start_time": #""2026-11-03T14:00:05""#]),
                   .rejected("start_time is not an ISO-8601 time: 2026-11-03T14:00:05")),
        RecordCase("a start in the per-host report's spelling is rejected", history(["start_time": #""11/03/2026 14:00""#]),
                   .rejected("start_time is not an ISO-8601 time: 11/03/2026 14:00")),
        // zoom-api.md §9: PostgreSQL text cannot hold U+0000.
        RecordCase("a topic holding U+0000 rejects the meeting", history(["topic": #""Weekly\u0000sync""#]),
                   .rejected("topic contains U+0000 (NUL), which PostgreSQL text cannot hold")),
    ]

    @Test(arguments: historyCases)
    func aHistoryRecordBecomes(_ testCase: RecordCase) throws {
        let records = try ZoomAnswer.records(of: Meetings.self, [testCase.record])
        expectOutcome(Meetings().rows(records, window: Self.november, timeZone: .gmt), testCase)
    }

    /// Times with Z are instants: the account's zone changes nothing in a history row.
    @Test func theAccountsZoneDoesNotMoveAHistoryInstant() throws {
        let records = try ZoomAnswer.records(of: Meetings.self, [Self.history()])
        #expect(Meetings().rows(records, window: Self.november, timeZone: .named("Asia/Kolkata")).rows.map(\.comparable) == [Self.row().comparable])
    }

    // MARK: - /report/users/{id}/meetings (zoom-api.md §2)

    static let perHostFields: JSONFields = [
        ("uuid", #""4444AAAiAAAAAiAiAiiAii==""#), ("id", "85746065432"), ("type", "2"), ("topic", #""Weekly sync""#),
        ("user_name", #""Jill Chill""#), ("user_email", #""jchill@example.com""#),
        ("start_time", #""2026-11-03T14:00:05Z""#), ("end_time", #""2026-11-03T14:47:30Z""#), ("duration", "48"),
        ("total_minutes", "251"), ("participants_count", "6"), ("participants_count_my_account", "4"), ("source", #""Zoom""#),
        ("session_key", #""""#), ("custom_keys", "[]"), ("schedule_time", #""11/03/2026 09:00""#),
        ("join_waiting_room_time", #""""#), ("join_time", #""11/03/2026 09:00""#), ("leave_time", #""11/03/2026 09:47""#),
        ("host_organization", #""""#), ("host_name", #""Jill Chill""#), ("has_screen_share", "false"),
        ("has_recording", "false"), ("has_chat", "true"), ("meeting_encryption_status", "1"),
    ]

    /// A per-host record of the weekly sync, some fields replaced (`nil`: left out).
    static func perHost(_ replacing: [String: String?] = [:]) -> String { jsonRecord(perHostFields, replacing) }

    /// The per-host row: no department in that report, listed by `user_meetings`, and the
    /// scheduled minute (09:00 in New York on 3 November 2026, after DST ended, is 14:00Z).
    static func perHostRow(kind: String = "meeting", scheduled: Date? = utc(2026, 11, 3, 14, 0)) -> Row {
        row(kind: kind, department: nil, listedBy: "user_meetings", scheduled: scheduled)
    }

    struct PerHostCase: Sendable, CustomTestStringConvertible {
        let name: String
        let record: String
        var timeZone = MeetingsMappingTests.newYork
        let expected: Outcome

        var testDescription: String { name }
    }

    static let perHostCases: [PerHostCase] = [
        PerHostCase(name: "a host's meeting is a row with its scheduled minute read in the account's zone",
                    record: perHost(), expected: .row(perHostRow())),
        // zoom-api.md §8: the local minutes are the account's zone; in July New York is UTC-4.
        PerHostCase(name: "a summer schedule reads with daylight saving", record: perHost(["schedule_time": #""07/01/2026 09:05""#]),
                    expected: .row(perHostRow(scheduled: utc(2026, 7, 1, 13, 5)))),
        PerHostCase(name: "a schedule in a UTC account is the same minute", record: perHost(), timeZone: .gmt,
                    expected: .row(perHostRow(scheduled: utc(2026, 11, 3, 9, 0)))),
        PerHostCase(name: "a schedule in a half-hour zone", record: perHost(["schedule_time": #""11/03/2026 19:30""#]),
                    timeZone: .named("Asia/Kolkata"), expected: .row(perHostRow(scheduled: utc(2026, 11, 3, 14, 0)))),
        PerHostCase(name: "an empty schedule is NULL", record: perHost(["schedule_time": #""""#]), expected: .row(perHostRow(scheduled: nil))),
        PerHostCase(name: "an absent schedule is NULL", record: perHost(["schedule_time": nil]), expected: .row(perHostRow(scheduled: nil))),
        PerHostCase(name: "a schedule not in MM/dd/yyyy HH:mm is rejected", record: perHost(["schedule_time": #""2026-11-03 09:00""#]),
                    expected: .rejected("schedule_time is not a MM/dd/yyyy HH:mm time: 2026-11-03 09:00")),
        PerHostCase(name: "a schedule on a day the month lacks is rejected", record: perHost(["schedule_time": #""11/31/2026 09:00""#]),
                    expected: .rejected("schedule_time is not a MM/dd/yyyy HH:mm time: 11/31/2026 09:00")),
        PerHostCase(name: "a meeting without a UUID is rejected", record: perHost(["uuid": nil]), expected: .rejected("uuid is missing")),
        PerHostCase(name: "a topic holding U+0000 rejects the meeting", record: perHost(["topic": #""\u0000""#]),
                    expected: .rejected("topic contains U+0000 (NUL), which PostgreSQL text cannot hold")),
    ]

    @Test(arguments: perHostCases)
    func aPerHostRecordBecomes(_ testCase: PerHostCase) throws {
        let records = try ZoomAnswer.records([testCase.record], under: "meetings", endpoint: Meetings.perHostEndpoint)
        expectOutcome(Meetings.perHostRows(records, timeZone: testCase.timeZone), RecordCase(testCase.name, testCase.record, testCase.expected))
    }

    /// Zoom's meeting types (zoom-api.md §2, 1–9): 5, 6 and 9 are webinars, the rest meetings.
    @Test(arguments: [(1, "meeting"), (2, "meeting"), (3, "meeting"), (4, "meeting"), (5, "webinar"), (6, "webinar"), (7, "meeting"),
                      (8, "meeting"), (9, "webinar")])
    func aPerHostTypeIsOfKind(type: Int, kind: String) throws {
        let records = try ZoomAnswer.records([Self.perHost(["type": "\(type)"])], under: "meetings")
        #expect(Meetings.perHostRows(records, timeZone: Self.newYork).rows.map(\.comparable) == [Self.perHostRow(kind: kind).comparable])
    }

    /// `zoom.meetings` holds the figures as PostgreSQL `integer` (sql/004): beyond int32 the
    /// page's COPY fails instead of the record becoming a reject.
    @Test func aFigureBeyondInt32IsRejected() throws {
        let history = try ZoomAnswer.records(of: Meetings.self, [Self.history(["total_participant_minutes": "2147483648"])])
        let perHost = try ZoomAnswer.records([Self.perHost(["duration": "2147483648"])], under: "meetings")
        expectRejected(Meetings().rows(history, window: Self.november, timeZone: .gmt))
        expectRejected(Meetings.perHostRows(perHost, timeZone: .gmt))
    }

    /// The UUID is the key and DESIGN.md makes Zoom's "" NULL: an empty UUID cannot be a row.
    @Test func aMeetingWithAnEmptyUUIDIsRejected() throws {
        let records = try ZoomAnswer.records(of: Meetings.self, [Self.history(["meeting_uuid": #""""#])])
        expectRejected(Meetings().rows(records, window: Self.november, timeZone: .gmt))
    }
}
