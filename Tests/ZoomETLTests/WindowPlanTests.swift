import Records
import Testing
@testable import ZoomETL

@Suite struct WindowPlanTests {
    let today = CivilDate(iso: "2026-11-25")!
    var oldest: CivilDate { today.adding(months: -6) }

    func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test func aFirstRunStartsAtTheJobsStartAndEndsYesterday() {
        let plan = WindowPlan.incremental(checkpointThrough: nil, lookbackDays: 3, start: .daysBack(30), today: today, oldestAvailable: oldest)
        #expect(plan.range?.description == "2026-10-26..2026-11-24")
        #expect(plan.clampedFrom == nil)
    }

    @Test func laterRunsReReadTheLookbackAndTheNewDays() {
        let plan = WindowPlan.incremental(checkpointThrough: day("2026-11-22"), lookbackDays: 3, start: .daysBack(30), today: today, oldestAvailable: oldest)
        #expect(plan.range?.description == "2026-11-20..2026-11-24")
    }

    @Test func withNoLookbackAnUpToDateStreamHasNothingToRead() {
        let plan = WindowPlan.incremental(checkpointThrough: day("2026-11-24"), lookbackDays: 0, start: .daysBack(30), today: today, oldestAvailable: oldest)
        #expect(plan.range == nil)
    }

    @Test func aStartOlderThanZoomKeepsIsMovedForwardAndReported() {
        let plan = WindowPlan.incremental(checkpointThrough: nil, lookbackDays: 3, start: .day(day("2025-01-01")), today: today, oldestAvailable: oldest)
        #expect(plan.range?.from == day("2026-05-25"))
        #expect(plan.clampedFrom == day("2025-01-01"))
    }

    @Test func aBackfillResumesAfterItsOwnCheckpoint() {
        let range = DateRange(from: day("2026-08-01"), to: day("2026-10-31"))!
        #expect(WindowPlan.backfill(range, resumeAfter: nil).range == range)
        #expect(WindowPlan.backfill(range, resumeAfter: day("2026-09-30")).range?.description == "2026-10-01..2026-10-31")
        #expect(WindowPlan.backfill(range, resumeAfter: day("2026-10-31")).range == nil)
    }

    @Test(arguments: [("30 days", JobStart.daysBack(30)), ("1 day", .daysBack(1)), ("6 months", .monthsBack(6)), ("2026-01-31", .day(CivilDate(iso: "2026-01-31")!))])
    func jobStartsParse(text: String, expected: JobStart) {
        #expect(JobStart(text) == expected)
    }

    @Test(arguments: ["", "30", "days 30", "-3 days", "3 weeks", "2026-02-30"])
    func badJobStartsAreRefused(text: String) {
        #expect(JobStart(text) == nil)
    }
}
