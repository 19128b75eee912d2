import Extractors
import Foundation
import Logging
import Records
import Warehouse

/// Runs one declared stream of an account's run with the driver its reading needs (report
/// days, per parent instance, whole), between its `stream_started` and `stream_finished`
/// events, and records whether the plan served it.
struct StreamDispatch {
    let environment: RunEnvironment
    let job: JobSettings
    let account: AccountSettings
    let mode: RunMode
    let client: ZoomClient
    let warehouse: Warehouse
    let accountId: String
    let runId: Int64
    let today: CivilDate
    let progress: RunProgress
    let logger: Logger

    func load(_ stream: CatalogStream) async throws -> StreamOutcome {
        var streamLogger = logger
        streamLogger[metadataKey: "stream"] = "\(stream.name)"
        let context = ExtractionContext(timeZone: account.timeZone, logger: streamLogger)
        let started = ContinuousClock.now
        streamLogger.info("stream started", metadata: ["event": "stream_started"])
        progress.begin(stream.name, unit: stream.progressUnit)
        let outcome: StreamOutcome
        do {
            outcome = try await drive(stream, context: context)
            try await warehouse.recordAvailability(account: accountId, stream: stream.name, available: outcome.skippedReason == nil,
                                                   reason: outcome.skippedReason, runId: runId)
        } catch {
            progress.end(stream.name, .failed)
            throw error
        }
        progress.end(stream.name, outcome.skippedReason == nil ? .done : .skipped)
        let share = progress.snapshot().streams.first { $0.name == stream.name }
        let stats = outcome.stats
        streamLogger.info("stream finished", metadata: [
            "event": "stream_finished", "status": "\(outcome.skippedReason == nil ? "ok" : "skipped")",
            "duration_ms": .number(started.duration(to: .now).milliseconds),
            "rows": .number(stats.rows), "inserted": .number(stats.inserted), "updated": .number(stats.updated), "deleted": .number(stats.deleted),
            "rejects": .number(stats.rejects), "nullified": .number(stats.nullified),
            "empty_values": .number(stats.emptyValues), "unparsable_values": .number(stats.unparsableValues), "requests": .number(share?.requests ?? stats.requests),
            "instances": .number(outcome.instances), "failed_instances": .number(outcome.failedInstances),
            "gone_instances": .number(outcome.goneInstances), "skipped_instances": .number(outcome.skippedInstances),
            "rate_limit_wait_ms": .number(share?.rateLimitWait.milliseconds ?? 0),
        ])
        return outcome
    }

    /// The one switch from a stream to its driver.
    private func drive(_ stream: CatalogStream, context: ExtractionContext) async throws -> StreamOutcome {
        switch stream {
        case .report(let report):
            return try await StreamLoader(stream: report, warehouse: warehouse, client: client, context: context,
                                          accountId: accountId, runId: runId, progress: progress).load(mode: mode, job: job, today: today)
        case .perInstance(let child):
            let databaseURL = environment.databaseURL, logger = logger
            return try await FanOutLoader(stream: child, warehouse: warehouse, client: client, context: context,
                                          accountId: accountId, runId: runId, progress: progress,
                                          concurrency: job.concurrency ?? account.plan.defaultConcurrency,
                                          openSession: { try await Warehouse.connect(databaseURL, logger: logger) },
                                          instanceBufferRows: environment.instanceBufferRows)
                .load(mode: mode, job: job, today: today)
        case .snapshot(let snapshot):
            return try await SnapshotLoader(stream: snapshot, warehouse: warehouse, client: client, context: context,
                                            accountId: accountId, runId: runId, progress: progress).load()
        }
    }
}
