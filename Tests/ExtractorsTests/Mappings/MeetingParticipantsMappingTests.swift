import Foundation
import Records
import Testing
@testable import Extractors

/// `GET /report/meetings|webinars/{uuid}/participants` records (zoom-api.md §2, §7): one per
/// join session; `duration` in seconds; guests with "" ids and emails.
@Suite struct MeetingParticipantsMappingTests {
    static let instance = MeetingInstance(uuid: "4444AAAiAAAAAiAiAiiAii==", isWebinar: false, startTime: utc(2022, 3, 23, 6, 55),
                                          endTime: utc(2022, 3, 23, 7, 45), participantsCount: 3)

    static let fields: JSONFields = [
        ("id", #""KDcuGIm1QgePTO8WbOqwIQ""#), ("participant_user_id", #""KDcuGIm1QgePTO8WbOqwIQ""#), ("user_id", #""16778240""#),
        ("name", #""Jill Chill""#), ("user_email", #""jchill@example.com""#), ("join_time", #""2022-03-23T06:58:09Z""#),
        ("leave_time", #""2022-03-23T07:40:15Z""#), ("duration", "2526"), ("failover", "false"), ("status", #""in_meeting""#),
        ("customer_key", #""349589LkJyeW""#), ("bo_mtg_id", #""""#), ("registrant_id", #""_Ik3XhGPQxuqcrgMpnQh4Q""#),
    ]

    /// Jill's join session, some fields replaced (`nil`: left out).
    static func participant(_ replacing: [String: String?] = [:]) -> String {
        jsonRecord(fields, replacing)
    }

    /// A `zoom.meeting_participants` row, every column in order; defaults are Jill's session
    /// (06:58:09 to 07:40:15 is 2526 seconds).
    static func row(rowNo: Int64 = 0, session: String? = "16778240", accountUser: String? = "KDcuGIm1QgePTO8WbOqwIQ",
                    name: String? = "Jill Chill", email: String? = "jchill@example.com", join: Date? = utc(2022, 3, 23, 6, 58, 9),
                    leave: Date? = utc(2022, 3, 23, 7, 40, 15), seconds: Int64? = 2526, status: String? = "in_meeting",
                    failover: Bool? = false, customerKey: String? = "349589LkJyeW", breakoutRoom: String? = nil,
                    registrant: String? = "_Ik3XhGPQxuqcrgMpnQh4Q") -> Row {
        [.text("4444AAAiAAAAAiAiAiiAii=="), .int(rowNo), .text(session), .text(accountUser), .text(name), .text(email),
         .timestamp(join), .timestamp(leave), .int(seconds), .text(status), .bool(failover), .text(customerKey),
         .text(breakoutRoom), .text(registrant)]
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let record: String
        /// Records of the listing's earlier pages: the row number counts on from them.
        var recordsBefore = 0
        let expected: Outcome

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a signed-in member's session is a row", record: participant(), expected: .row(row())),
        // DESIGN.md: `row_no` is Zoom's order within the instance, from 0, across pages.
        Case(name: "the first record of the second page is row 300", record: participant(), recordsBefore: 300,
             expected: .row(row(rowNo: 300))),
        // zoom-api.md §7: a guest has "" ids and email; "" is NULL (DESIGN.md).
        Case(name: "a guest's empty ids and email are NULL",
             record: participant(["id": #""""#, "participant_user_id": #""""#, "name": #""Guest 7""#, "user_email": #""""#,
                                  "customer_key": #""""#, "registrant_id": nil]),
             recordsBefore: 12,
             expected: .row(row(rowNo: 12, accountUser: nil, name: "Guest 7", email: nil, customerKey: nil, registrant: nil))),
        // zoom-api.md §2: `id` is deprecated for `participant_user_id`, which older answers lack.
        Case(name: "the account user id falls back to the deprecated id", record: participant(["participant_user_id": nil]),
             expected: .row(row())),
        Case(name: "an empty participant_user_id falls back to id",
             record: participant(["participant_user_id": #""""#, "id": #""Ve2dCjZRSc2_kMM6OYN3hw""#]),
             expected: .row(row(accountUser: "Ve2dCjZRSc2_kMM6OYN3hw"))),
        Case(name: "participant_user_id wins over id",
             record: participant(["participant_user_id": #""Ve2dCjZRSc2_kMM6OYN3hw""#]),
             expected: .row(row(accountUser: "Ve2dCjZRSc2_kMM6OYN3hw"))),
        // zoom-api.md §2: the webinar report's times carry milliseconds.
        Case(name: "join and leave with fractional seconds keep them",
             record: participant(["join_time": #""2019-02-01T12:34:12.66Z""#, "leave_time": #""2019-02-01T13:00:00.5Z""#, "duration": "1547"]),
             expected: .row(row(join: utc(2019, 2, 1, 12, 34, 12, milliseconds: 660), leave: utc(2019, 2, 1, 13, 0, 0, milliseconds: 500),
                                seconds: 1547))),
        Case(name: "a waiting-room session in a breakout room after a failover",
             record: participant(["status": #""in_waiting_room""#, "failover": "true", "bo_mtg_id": #""27423744""#]),
             expected: .row(row(status: "in_waiting_room", failover: true, breakoutRoom: "27423744"))),
        // zoom-api.md §2: a large meeting's durations can read 0 while Zoom still computes them.
        Case(name: "a duration of 0 is stored as 0", record: participant(["duration": "0"]), expected: .row(row(seconds: 0))),
        Case(name: "an empty leave time and an absent duration are NULL", record: participant(["leave_time": #""""#, "duration": nil]),
             expected: .row(row(leave: nil, seconds: nil))),
        Case(name: "a rejoin is its own row under its new session id", record: participant(["user_id": #""16779264""#]),
             recordsBefore: 1, expected: .row(row(rowNo: 1, session: "16779264"))),
        Case(name: "a session without a session id keeps its row", record: participant(["user_id": nil]),
             expected: .row(row(session: nil))),
        // zoom-api.md §9: PostgreSQL text cannot hold U+0000.
        Case(name: "a name holding U+0000 rejects the session", record: participant(["name": #""Jill\u0000""#]),
             expected: .rejected("name contains U+0000 (NUL), which PostgreSQL text cannot hold")),
        Case(name: "an email holding U+0000 rejects the session", record: participant(["user_email": #""\u0000@example.com""#]),
             expected: .rejected("user_email contains U+0000 (NUL), which PostgreSQL text cannot hold")),
        Case(name: "a join time not in ISO-8601 rejects the session", record: participant(["join_time": #""03/23/2022 06:58""#]),
             expected: .rejected("join_time is not an ISO-8601 time: 03/23/2022 06:58")),
        Case(name: "a duration sent as text rejects the session", record: participant(["duration": #""42:06""#]),
             expected: .rejected(#"duration is not an integer: "42:06""#)),
        Case(name: "a failover sent as text rejects the session", record: participant(["failover": #""no""#]),
             expected: .rejected(#"failover is not a boolean: "no""#)),
    ]

    @Test(arguments: cases)
    func aParticipantRecordBecomes(_ testCase: Case) throws {
        let records = try ZoomAnswer.records(of: MeetingParticipants.self, [testCase.record])
        let page = MeetingParticipants().rows(records, instance: Self.instance, recordsBefore: testCase.recordsBefore)
        expectOutcome(page, RecordCase(testCase.name, testCase.record, testCase.expected))
    }

    /// A rejected record keeps its number, so the rows after it keep Zoom's order and a
    /// re-read numbers them the same.
    @Test func aRejectKeepsItsRowNumber() throws {
        let rejected = Self.participant(["name": #""\u0000""#, "user_id": #""16778241""#])
        let records = try ZoomAnswer.records(of: MeetingParticipants.self,
                                             [Self.participant(), rejected, Self.participant(["user_id": #""16778242""#])])
        let page = MeetingParticipants().rows(records, instance: Self.instance, recordsBefore: 20)
        #expect(page.rows.map(\.comparable) == [Self.row(rowNo: 20).comparable, Self.row(rowNo: 22, session: "16778242").comparable])
        #expect(page.rejects.map(\.rawJSON) == [rejected])
    }

    /// `duration_seconds` is PostgreSQL `integer` (sql/004): beyond int32 the page's COPY fails.
    @Test func aDurationBeyondInt32IsRejected() throws {
        let records = try ZoomAnswer.records(of: MeetingParticipants.self, [Self.participant(["duration": "2147483648"])])
        let page = MeetingParticipants().rows(records, instance: Self.instance, recordsBefore: 0)
        expectRejected(page)
    }
}
