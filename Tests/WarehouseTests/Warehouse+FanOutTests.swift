import Foundation
import Records
import Testing
import TestSupport
@testable import Warehouse

@Suite struct FanOutTests {
    typealias F = Fixtures

    private func query(from: Date? = nil, to: Date? = nil, refetchSince: Date? = nil, maxAttempts: Int = 3) -> FanOutQuery {
        FanOutQuery(parentTable: F.meetingsTable, parentKey: "meeting_uuid", timeColumn: "end_time",
                    columns: ["kind", "participants_count"], from: from, to: to, refetchSince: refetchSince, maxAttempts: maxAttempts)
    }

    private func pending(_ warehouse: Warehouse, _ query: FanOutQuery, account: String = "acct") async throws -> [String] {
        try await warehouse.pendingParents(account: account, childStream: "participants", query).map(\.key)
    }

    @Test func returnsTheUnfetchedAndRetriableInTimeOrder() async throws {
        let (warehouse, run) = try await F.warehouse()
        try await warehouse.addMeeting("never", endedAt: F.instant(hours: 5), kind: "webinar", participants: 12)
        try await warehouse.addMeeting("done", endedAt: F.instant(hours: 1))
        try await warehouse.addMeeting("retry", endedAt: F.instant(hours: 3))
        try await warehouse.addMeeting("givenUp", endedAt: F.instant(hours: 2))
        try await warehouse.addMeeting("b-tie", endedAt: F.instant(hours: 4))
        try await warehouse.addMeeting("a-tie", endedAt: F.instant(hours: 4))
        try await warehouse.addMeeting("running", endedAt: nil)  // not ended: no children yet
        try await warehouse.addMeeting("elsewhere", endedAt: F.instant(hours: 1), account: "other")

        _ = try await warehouse.load(F.participantsDone("done"), into: F.participants, account: "acct", runId: run)
        _ = try await warehouse.load(F.participantsFailed("retry"), into: F.participants, account: "acct", runId: run)
        _ = try await warehouse.load(F.participantsFailed("retry"), into: F.participants, account: "acct", runId: run)
        for _ in 1...3 {
            _ = try await warehouse.load(F.participantsFailed("givenUp"), into: F.participants, account: "acct", runId: run)
        }
        // Progress of another stream or account says nothing about this one.
        let qosFailed = Page(rows: [], childProgress: ChildProgress(stream: "qos", parent: "never", outcome: .failed(reason: "x")))
        _ = try await warehouse.load(qosFailed, into: F.usage, account: "acct", runId: run)
        _ = try await warehouse.load(F.participantsDone("never"), into: F.participants, account: "other", runId: run)

        let parents = try await warehouse.pendingParents(account: "acct", childStream: "participants", query())
        #expect(parents == [
            PendingParent(key: "retry", time: F.instant(hours: 3), columns: ["meeting", nil], previousAttempts: 2),
            PendingParent(key: "a-tie", time: F.instant(hours: 4), columns: ["meeting", nil], previousAttempts: 0),
            PendingParent(key: "b-tie", time: F.instant(hours: 4), columns: ["meeting", nil], previousAttempts: 0),
            PendingParent(key: "never", time: F.instant(hours: 5), columns: ["webinar", "12"], previousAttempts: 0),
        ])
        #expect(try await pending(warehouse, query(maxAttempts: 4)) == ["givenUp", "retry", "a-tie", "b-tie", "never"])
        #expect(try await pending(warehouse, query(maxAttempts: 2)) == ["a-tie", "b-tie", "never"])
        #expect(try await pending(warehouse, query(), account: "other") == ["elsewhere"])
    }

    @Test func aDoneParentComesBackOnlyInsideTheLookback() async throws {
        let (warehouse, run) = try await F.warehouse()
        for (uuid, hour) in [("old", 1.0), ("edge", 2.0), ("recent", 3.0)] {
            try await warehouse.addMeeting(uuid, endedAt: F.instant(hours: hour))
            _ = try await warehouse.load(F.participantsDone(uuid), into: F.participants, account: "acct", runId: run)
        }
        #expect(try await pending(warehouse, query()).isEmpty)
        #expect(try await pending(warehouse, query(refetchSince: F.instant(hours: 2))) == ["edge", "recent"])
        #expect(try await pending(warehouse, query(refetchSince: F.instant(hours: 9))).isEmpty)
        let refetched = try await warehouse.pendingParents(account: "acct", childStream: "participants", query(refetchSince: F.instant(hours: 3)))
        #expect(refetched.map(\.previousAttempts) == [0])
    }

    @Test func theWindowIncludesFromAndExcludesTo() async throws {
        let (warehouse, _) = try await F.warehouse()
        for hour in 1...5 {
            try await warehouse.addMeeting("m\(hour)", endedAt: F.instant(hours: Double(hour)))
        }
        #expect(try await pending(warehouse, query(from: F.instant(hours: 2), to: F.instant(hours: 4))) == ["m2", "m3"])
        #expect(try await pending(warehouse, query(from: F.instant(hours: 4))) == ["m4", "m5"])
        #expect(try await pending(warehouse, query(to: F.instant(hours: 2))) == ["m1"])
        #expect(try await pending(warehouse, query(from: F.instant(hours: 3), to: F.instant(hours: 3))).isEmpty)
        // Microseconds survive the round trip, and a microsecond before `to` is inside.
        let precise = F.instant(hours: 6).addingTimeInterval(0.123456)
        try await warehouse.addMeeting("precise", endedAt: precise)
        let found = try await warehouse.pendingParents(account: "acct", childStream: "participants",
                                                       query(from: F.instant(hours: 6), to: precise.addingTimeInterval(0.000001)))
        #expect(found.map(\.key) == ["precise"])
        #expect(found.first?.time == precise)
    }

    @Test func identifiersAreQuotedAndParentKeysNeedNotBeText() async throws {
        let (warehouse, run) = try await F.warehouse()
        try await warehouse.executeScript(#"""
            CREATE TABLE zoom_test."odd ""parents""" (account_id text, "id" bigint, "ended at" timestamptz, "a""b" text);
            INSERT INTO zoom_test."odd ""parents""" VALUES ('acct', 42, '2026-03-01 01:00+00', 'x'), ('acct', 7, '2026-03-01 02:00+00', NULL),
                ('acct', 9, 'infinity', 'sentinel');
            """#)
        let odd = FanOutQuery(parentTable: TableName(schema: "zoom_test", name: #"odd "parents""#), parentKey: "id",
                              timeColumn: "ended at", columns: [#"a"b"#], maxAttempts: 1)
        _ = try await warehouse.load(Page(rows: [], childProgress: ChildProgress(stream: "participants", parent: "7", outcome: .done)),
                                     into: F.usage, account: "acct", runId: run)
        let parents = try await warehouse.pendingParents(account: "acct", childStream: "participants", odd)
        #expect(parents == [PendingParent(key: "42", time: F.instant(hours: 1), columns: ["x"], previousAttempts: 0)])
    }

    @Test func theQueryNamesNoValues() {
        let sql = query(from: F.instant(hours: 1), refetchSince: F.instant(hours: 2)).pendingSQL
        #expect(sql.name == "fanout.pending")
        #expect(!sql.text.contains("2026"))
        #expect(sql.text.contains(#"FROM "zoom_test"."meetings" AS p"#))
        #expect(query().pendingParameters == [nil, nil, "3", nil])
    }
}
