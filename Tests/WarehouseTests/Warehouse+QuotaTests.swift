import Records
import Testing
import TestSupport
@testable import Warehouse

/// `etl.quota_usage`: what runs sent to Zoom, summed per account, UTC day and category.
@Suite struct QuotaTests {
    let day = CivilDate(iso: "2026-11-25")!

    @Test func runsOfOneDayAddUpAndTheNextDayStartsAtZero() async throws {
        let (warehouse, first) = try await Fixtures.warehouse()
        #expect(try await warehouse.quotaUsage(account: "acct", utcDay: day).isEmpty)
        try await warehouse.addQuotaUsage(account: "acct", runId: first, [(day, "heavy", 120), (day, "medium", 3)])
        try await warehouse.addQuotaUsage(account: "acct", runId: first, [(day, "heavy", 30)])

        let second = try await warehouse.beginRun(job: "test", accountId: "acct", command: "test", arguments: [:])
        // A run that crossed UTC midnight counts on both days.
        try await warehouse.addQuotaUsage(account: "acct", runId: second, [(day, "heavy", 50), (day.adding(days: 1), "heavy", 7)])
        try await warehouse.addQuotaUsage(account: "other", runId: second, [(day, "heavy", 1)])

        #expect(try await warehouse.quotaUsage(account: "acct", utcDay: day) == ["heavy": 200, "medium": 3])
        #expect(try await warehouse.quotaUsage(account: "acct", utcDay: day.adding(days: 1)) == ["heavy": 7])
        #expect(try await warehouse.quotaUsage(account: "other", utcDay: day) == ["heavy": 1])
        let row = try await warehouse.queryRows("SELECT run_id::text FROM etl.quota_usage WHERE account_id = 'acct' AND utc_day = '2026-11-25' AND category = 'heavy'")
        #expect(row == [[String(second)]])
    }

    @Test func aRefundNeverTakesTheCountBelowZero() async throws {
        let (warehouse, run) = try await Fixtures.warehouse()
        try await warehouse.addQuotaUsage(account: "acct", runId: run, [(day, "heavy", 2)])
        try await warehouse.addQuotaUsage(account: "acct", runId: run, [(day, "heavy", -5), (day, "light", -1)])
        #expect(try await warehouse.quotaUsage(account: "acct", utcDay: day) == ["heavy": 0, "light": 0])
    }

    @Test func anUnknownCategoryIsRefused() async throws {
        let (warehouse, run) = try await Fixtures.warehouse()
        await #expect(throws: WarehouseError.self) {
            try await warehouse.addQuotaUsage(account: "acct", runId: run, [(day, "gigantic", 1)])
        }
        #expect(try await warehouse.quotaUsage(account: "acct", utcDay: day).isEmpty)
    }
}
