import Extractors
import Foundation
import Logging
import Records
import Warehouse

/// Moves one report stream from Zoom into the warehouse, page by page, each page committed with
/// the checkpoint it earns.
struct StreamLoader {
    let stream: any ReportStream
    let warehouse: Warehouse
    let client: ZoomClient
    let context: ExtractionContext
    let accountId: String
    let runId: Int64
    let progress: RunProgress

    private var name: StreamName { type(of: stream).declaration.name }

    func load(mode: RunMode, job: JobSettings, today: CivilDate) async throws -> StreamOutcome {
        let scope: CheckpointScope
        let plan: WindowPlan
        let previous: Checkpoint?
        switch mode {
        case .incremental:
            scope = .incremental
            previous = try await warehouse.checkpoint(account: accountId, stream: name, scope: scope)
            plan = WindowPlan.incremental(checkpointThrough: previous?.cursor.through, lookbackDays: job.lookbackDays, start: job.start,
                                          today: today, oldestAvailable: type(of: stream).oldestAvailableDay(today: today))
            if let clamped = plan.clampedFrom {
                context.logger.warning("the job starts before Zoom's retention; starting at the oldest day Zoom serves",
                                       metadata: ["event": "start_clamped", "configured_start": "\(clamped)", "start": "\(plan.range?.from.description ?? "-")"])
            }
        case .backfill(let range, _):
            scope = .backfill(range)
            previous = try await warehouse.checkpoint(account: accountId, stream: name, scope: scope)
            // A finished backfill run again reloads the whole range; an interrupted one resumes.
            let resumeAfter = previous?.cursor.complete == true ? nil : previous?.cursor.through
            plan = WindowPlan.backfill(range, resumeAfter: resumeAfter)
        }

        var outcome = StreamOutcome()
        guard let range = plan.range else {
            context.logger.info("nothing to read yet")
            return outcome
        }
        outcome.range = range
        context.logger.info("reading", metadata: ["from": "\(range.from)", "to": "\(range.to)"])
        progress.expect(name, total: range.dayCount)
        let descriptor = type(of: stream).descriptor
        // A replace-by-parent stream's period is one transaction across its pages (`ParentSetLoad`).
        var periodSet: ParentSetLoad?
        if case .replaceByParent = descriptor.disposition {
            periodSet = ParentSetLoad(warehouse: warehouse, stream: descriptor, account: accountId, runId: runId)
        }
        // Rows the open period has shown in the progress: a restarted listing takes them back.
        var periodRowsShown = 0
        do {
            try await stream.extract(range, client: client, context: context) { windowPage in
                var page = windowPage.page
                page.checkpoint = windowPage.through.map { checkpoint(after: $0, previous: previous, scope: scope, mode: mode) }
                let done = windowPage.through.map { range.from.days(until: $0) + 1 } ?? 0
                if periodSet != nil {
                    if windowPage.restarted { progress.reached(name, done: 0, rows: -periodRowsShown) }
                    periodRowsShown = windowPage.restarted ? page.rows.count : periodRowsShown + page.rows.count
                    progress.reached(name, done: 0, rows: page.rows.count)
                    guard let closed = try await periodSet?.write(page, restarted: windowPage.restarted) ?? nil else { return }
                    periodRowsShown = 0
                    outcome.stats.add(closed.stats, requests: closed.requests)
                    progress.reached(name, done: done, rows: 0)
                    closed.carried.logRejects(context.logger)
                    return
                }
                let stats = try await warehouse.load(page, into: descriptor, account: accountId, runId: runId)
                outcome.stats.add(stats, requests: page.requests)
                progress.reached(name, done: done, rows: stats.rows)
                page.logRejects(context.logger)
            }
        } catch let error as ZoomError where error.recovery == .skipStream {
            await periodSet?.abandon()
            outcome.skip(because: error, logger: context.logger)
        } catch {
            await periodSet?.abandon()
            throw error
        }
        return outcome
    }

    /// The cursor never moves back: re-reading the lookback must not make the next run re-read more.
    private func checkpoint(after through: CivilDate, previous: Checkpoint?, scope: CheckpointScope, mode: RunMode) -> Checkpoint {
        let cursor: ReportCursor
        switch mode {
        case .incremental:
            cursor = ReportCursor(through: max(through, previous?.cursor.through ?? through))
        case .backfill(let range, _):
            cursor = ReportCursor(through: through, complete: through >= range.to)
        }
        return Checkpoint(stream: name, scope: scope, cursor: cursor)
    }
}
