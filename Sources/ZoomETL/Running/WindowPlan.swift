import Extractors
import Foundation
import Records

/// Which days a run reads for one report stream: pure logic, tested as values.
struct WindowPlan: Equatable {
    /// The days to read, or nil when there is nothing to do yet.
    let range: DateRange?
    /// Set when the job's start lay before Zoom's retention and was moved forward.
    let clampedFrom: CivilDate?

    /// An incremental run: from the checkpoint minus the lookback (or the job's start on a first
    /// run) through the last complete day; never before what Zoom still serves.
    static func incremental(checkpointThrough: CivilDate?, lookbackDays: Int, start: JobStart, today: CivilDate, oldestAvailable: CivilDate) -> WindowPlan {
        let lastComplete = today.adding(days: -1)
        var from = checkpointThrough.map { $0.adding(days: 1 - lookbackDays) } ?? start.resolve(today: today)
        var clamped: CivilDate?
        if from < oldestAvailable {
            if checkpointThrough == nil { clamped = from }
            from = oldestAvailable
        }
        return WindowPlan(range: DateRange(from: from, to: lastComplete), clampedFrom: clamped)
    }

    /// A backfill of `requested`, resumed after the day its own checkpoint reached.
    static func backfill(_ requested: DateRange, resumeAfter: CivilDate?) -> WindowPlan {
        guard let done = resumeAfter else { return WindowPlan(range: requested, clampedFrom: nil) }
        return WindowPlan(range: DateRange(from: max(requested.from, done.adding(days: 1)), to: requested.to), clampedFrom: nil)
    }
}
