import Extractors
import Foundation
import Logging
import Records
import Warehouse

/// Loads a child stream instance by instance, from the meeting instances in `zoom.meetings`.
///
/// Each instance's set commits with its progress row, so a resumed run fetches only the
/// instances not done yet; instances inside the lookback are fetched again (Zoom's participant
/// data can lag). An instance whose calls keep failing, whatever the error, is recorded failed
/// with its error and the fan-out goes on with every other instance; the run then exits 1
/// naming it, and later runs retry it up to `maxAttempts` times. One Zoom says no longer exists
/// is recorded gone. Small sets commit in batches; large ones stream (`InstanceFetch`).
struct FanOutLoader {
    let stream: any InstanceStream
    let warehouse: Warehouse
    let client: ZoomClient
    let context: ExtractionContext
    let accountId: String
    let runId: Int64
    let progress: RunProgress
    let concurrency: Int
    /// Opens another session on the warehouse, for instances that stream.
    let openSession: @Sendable () async throws -> Warehouse
    static let defaultMaxAttempts = 5
    var maxAttempts = defaultMaxAttempts
    /// Instances failing one after another before the stream stops: Zoom is down for it, and
    /// trying every remaining instance six times would only spend the night.
    var maxConsecutiveFailures = 25
    /// Sessions for streaming instances at most.
    var maxWriters = 4
    /// Rows an instance may hold before it streams (`InstanceFetch`).
    var instanceBufferRows = InstanceFetch.defaultGatheredRows

    private var declaration: StreamDeclaration { type(of: stream).declaration }
    private var name: StreamName { declaration.name }

    func load(mode: RunMode, job: JobSettings, today: CivilDate) async throws -> StreamOutcome {
        guard case .perParent(let parent) = declaration.reading else { preconditionFailure("\(name) has no parent") }
        var query = FanOutQuery(parentTable: parent.table, parentKey: parent.key, timeColumn: parent.endColumn,
                                startColumn: parent.startColumn, columns: parent.fields, maxAttempts: maxAttempts)
        switch mode {
        case .incremental:
            query.from = declaration.retention.oldestDay(today: today).start(in: context.timeZone)
            query.refetchSince = today.adding(days: -job.lookbackDays).start(in: context.timeZone)
        case .backfill(let range, _):
            query.from = range.from.start(in: context.timeZone)
            query.to = range.to.adding(days: 1).start(in: context.timeZone)
            // An operator asking for a range asks for all of it: instances the nightly gave up on too.
            query.maxAttempts = Int(Int32.max)
        }
        let descriptor = declaration.descriptor
        let open = openSession
        let writers = WriterPool(limit: min(maxWriters, max(1, concurrency))) { try await open() }
        do {
            var outcome = try await fanOut(query, descriptor: descriptor, writers: writers)
            await writers.closeAll()
            // Instances given up on are missing too: the run must not say it has them.
            (outcome.givenUpInstances, outcome.givenUpExamples) = try await warehouse.givenUpParents(
                account: accountId, childStream: name, query, limit: StreamOutcome.failedExamplesKept)
            return outcome
        } catch {
            await writers.closeAll()
            throw error
        }
    }

    private func fanOut(_ query: FanOutQuery, descriptor: StreamDescriptor, writers: WriterPool) async throws -> StreamOutcome {
        // Each window's monthly partitions are made before its first instance starts, in a short
        // transaction: no instance's transaction (a large one streams for a while) creates any.
        let warehouse = warehouse
        var parents = PendingParentWindows(warehouse: warehouse, account: accountId, childStream: name, query: query) { window in
            let starts = window.map { $0.start ?? $0.time }, ends = window.map(\.time)
            try await warehouse.preparePartitions(of: descriptor, from: starts.min()!, to: ends.max()!)
        }
        progress.expect(name, total: try await warehouse.pendingParentCount(account: accountId, childStream: name, query))
        var outcome = StreamOutcome()
        context.logger.info("fanning out", metadata: ["concurrency": "\(concurrency)"])
        let fetch = InstanceFetch(stream: stream, client: client, context: context, writers: writers, accountId: accountId, runId: runId,
                                  maxGatheredRows: instanceBufferRows)

        let width = max(1, concurrency)
        try await withThrowingTaskGroup(of: (MeetingInstance, InstanceResult).self) { group in
            // No nested function captures `group`: the version that added tasks from one crashed in
            // release builds (Swift 6.3.1, "pure virtual method called" as a child completed).
            var running = 0
            // Zoom's budget ran out (the daily quota): start nothing more, but load what the
            // workers already fetched, since those requests are spent; then stop the run.
            var stop: (any Error)?
            var batch = PageBatch()
            while true {
                while stop == nil, outcome.skippedReason == nil, running < width, let parent = try await parents.next() {
                    let instance = MeetingInstance(ParentRow(key: parent.key, end: parent.time, start: parent.start,
                                                             fields: Dictionary(uniqueKeysWithValues: zip(query.columns, parent.columns))))
                    if instance.isWebinar, outcome.webinarsSkippedReason != nil {
                        // The account lost the Webinar add-on: no request, no progress, so a later
                        // run with the add-on fetches them.
                        outcome.skippedInstances += 1
                        progress.advance(name, by: 1, rows: 0)
                        continue
                    }
                    group.addTask { (instance, await fetch(instance)) }
                    running += 1
                }
                guard running > 0, let (instance, result) = try await group.next() else { break }
                running -= 1
                do {
                    if case .failed(let error, _) = result, Recovery(for: error) == .tryLater {
                        stop = stop ?? error
                    } else if let page = try settle(instance, result, outcome: &outcome) {
                        batch.append(page)
                    }
                    if stop == nil, outcome.consecutiveFailures >= maxConsecutiveFailures, let last = outcome.lastFailure {
                        stop = RunIncomplete.StreamStopped(stream: name, failures: outcome.consecutiveFailures, last: last)
                    }
                    if outcome.skippedReason != nil || running == 0 || batch.isDue {
                        try await commit(&batch, outcome: &outcome)
                    }
                } catch {
                    group.cancelAll()
                    throw error
                }
                if outcome.skippedReason != nil {
                    group.cancelAll()
                    break
                }
            }
            try await commit(&batch, outcome: &outcome)
            if let stop { throw stop }
        }
        try Task.checkCancellation()
        outcome.logUnparsable(context.logger)
        context.logger.info("fanned out", metadata: [
            "instances": "\(outcome.instances)", "failed": "\(outcome.failedInstances)", "gone": "\(outcome.goneInstances)",
        ])
        return outcome
    }

    /// What one finished instance means: the page that commits it (its set and `done`, its
    /// error and `failed`, or `gone`), or nil when it committed itself or the stream is skipped.
    private func settle(_ instance: MeetingInstance, _ result: InstanceResult, outcome: inout StreamOutcome) throws -> Page? {
        let failure: ZoomError
        let requests: Int
        switch result {
        case .gathered(var page):
            page.parent = [.text(instance.uuid)]
            page.childProgress = ChildProgress(stream: name, parent: instance.uuid, outcome: .done)
            outcome.consecutiveFailures = 0
            return page
        case .streamed(let stats, let spent, let examples):
            outcome.stats.add(stats, requests: spent)
            UnparsableValue.keep(examples, in: &outcome.unparsableExamples)
            outcome.instances += 1
            outcome.consecutiveFailures = 0
            progress.advance(name, by: 1, rows: stats.rows)
            return nil
        case .failed(let error as ZoomError, let spent):
            (failure, requests) = (error, spent)
        case .failed(let error, _):
            // The warehouse, a cancellation: nothing another instance would do better.
            throw error
        }
        switch failure.recovery {
        case .skipStream where instance.isWebinar:
            // Webinars need the Webinar add-on (zoom-api.md §3): only they are skipped.
            if outcome.webinarsSkippedReason == nil {
                context.logger.warning("webinar instances skipped: the account's plan lacks them", metadata: [
                    "event": "stream_skipped", "scope": "webinars", "reason": "\(failure.reason)",
                ])
                outcome.webinarsSkippedReason = failure.reason
            }
            outcome.skippedInstances += 1
            progress.advance(name, by: 1, rows: 0)
            return nil
        case .skipStream:
            outcome.skip(because: failure, logger: context.logger)
            return nil
        case .instanceGone:
            context.logger.notice("Zoom no longer has an instance; recorded as gone",
                                  metadata: ["event": "instance_gone", "meeting_uuid": "\(instance.uuid)", "error": "\(failure)"])
            outcome.goneInstances += 1
            return Page(rows: [], requests: requests,
                        childProgress: ChildProgress(stream: name, parent: instance.uuid, outcome: .gone(reason: failure.reason)))
        case .retry, .restartListing, .failInstance:
            context.logger.warning("an instance failed; recorded, and retried by the next run",
                                   metadata: ["event": "instance_failed", "meeting_uuid": "\(instance.uuid)", "error": "\(failure)"])
            outcome.recordFailure(instance.uuid, failure)
            return Page(rows: [], requests: requests,
                        childProgress: ChildProgress(stream: name, parent: instance.uuid, outcome: .failed(reason: failure.description)))
        case .renewToken, .tryLater, .fatal:
            // Credentials, TLS, an unreachable Zoom: nothing one instance can fix; end the run.
            throw failure
        }
    }

    /// Commits the batched instances in one transaction, each with its progress row.
    private func commit(_ batch: inout PageBatch, outcome: inout StreamOutcome) async throws {
        guard !batch.pages.isEmpty else { return }
        let stats = try await warehouse.load(batch.pages, into: declaration.descriptor, account: accountId, runId: runId)
        for (page, loaded) in zip(batch.pages, stats) {
            outcome.stats.add(loaded, requests: page.requests)
            UnparsableValue.keep(page.unparsableExamples, in: &outcome.unparsableExamples)
            page.logRejects(context.logger)
        }
        progress.advance(name, by: batch.pages.count, rows: stats.reduce(0) { $0 + $1.rows })
        outcome.instances += batch.pages.count
        batch = PageBatch()
    }
}
