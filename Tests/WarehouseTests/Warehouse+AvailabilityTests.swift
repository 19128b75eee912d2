import Testing
import TestSupport
@testable import Warehouse

@Suite struct AvailabilityTests {
    @Test func unavailableStreamsRoundTripPerAccount() async throws {
        let (warehouse, run) = try await Fixtures.warehouse()
        #expect(try await warehouse.unavailableStreams(account: "acct").isEmpty)
        try await warehouse.recordAvailability(account: "acct", stream: "meeting_qos_summary", available: false,
                                               reason: "the account has no QSS add-on", runId: run)
        try await warehouse.recordAvailability(account: "acct", stream: "meeting_qos", available: false, reason: nil, runId: run)
        try await warehouse.recordAvailability(account: "acct", stream: "meeting_participants", available: true, reason: nil, runId: run)
        try await warehouse.recordAvailability(account: "other", stream: "users", available: false, reason: "Pro plan", runId: run)

        let unavailable = try await warehouse.unavailableStreams(account: "acct")
        #expect(unavailable.map(\.stream) == ["meeting_qos", "meeting_qos_summary"])
        #expect(unavailable.map(\.reason) == [nil, "the account has no QSS add-on"])

        // The plan was upgraded: a later run finds the stream again.
        let later = try await warehouse.beginRun(job: "test", accountId: "acct", command: "test", arguments: [:])
        try await warehouse.recordAvailability(account: "acct", stream: "meeting_qos", available: true, reason: nil, runId: later)
        #expect(try await warehouse.unavailableStreams(account: "acct").map(\.stream) == ["meeting_qos_summary"])
        #expect(try await warehouse.unavailableStreams(account: "other").map(\.stream) == ["users"])
        let row = try await warehouse.queryRows(
            "SELECT available::text, run_id::text, checked_at IS NOT NULL FROM etl.stream_availability WHERE account_id = 'acct' AND stream = 'meeting_qos'")
        #expect(row == [["true", String(later), "t"]])
    }
}
