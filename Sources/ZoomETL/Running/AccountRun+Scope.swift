import Extractors
import Foundation
import Logging
import Records
import Warehouse

/// What the body of an account's run scope works with: its run record, quota and logger.
struct AccountRunScope {
    let runId: Int64
    let quota: QuotaRecorder
    /// The run's logger, carrying `run_id`.
    let logger: Logger
}

extension AccountRun {
    /// Closure-scoped, like postgres-nio's `withConnection`: locks the account, opens its
    /// `etl.runs` record, loads the day's quota ledger and keeps it saved, runs `body`, and
    /// however it ends, records the end (succeeded, incomplete, quota exhausted, failed) with
    /// what it spent and logs `run_finished`. `body` appends each stream's outcome as it ends,
    /// so a failure records what ran before it; it returns what `run_finished` adds.
    func withAccountRun(on warehouse: Warehouse, accountId: String, streams: [CatalogStream],
                        _ body: (AccountRunScope, inout [(name: StreamName, outcome: StreamOutcome)]) async throws -> Logger.Metadata)
        async throws -> [(name: StreamName, outcome: StreamOutcome)] {
        try await warehouse.lockAccount(accountId)
        var arguments = ["job": job.name, "account": account.name]
        if case .backfill(let range, let names) = mode {
            arguments["from"] = range.from.description
            arguments["to"] = range.to.description
            arguments["streams"] = names.map(\.rawValue).joined(separator: ",")
        }
        let runId = try await warehouse.beginRun(job: job.name, accountId: accountId, command: mode.command, arguments: arguments)
        var logger = logger
        logger[metadataKey: "run_id"] = "\(runId)"
        let started = ContinuousClock.now
        logger.info("run started", metadata: ["event": "run_started", "command": "\(mode.command)", "job": "\(job.name)",
                                              "streams": .array(streams.map { .string($0.name.rawValue) })])

        var outcomes: [(name: StreamName, outcome: StreamOutcome)] = []
        var quota: QuotaRecorder?
        var quotaSaver: Task<Void, Never>?
        do {
            // Zoom's daily cap counts every run of the UTC day: start from what they spent.
            let recorder = try await QuotaRecorder.load(warehouse: warehouse, accountId: accountId, runId: runId,
                                                        plan: account.plan, logger: logger, now: environment.now)
            let databaseURL = environment.databaseURL, sessionLogger = logger
            (quota, quotaSaver) = (recorder, Task {
                await recorder.saveRegularly { try await Warehouse.connect(databaseURL, logger: sessionLogger) }
            })
            let more = try await body(AccountRunScope(runId: runId, quota: recorder, logger: logger), &outcomes)
            quotaSaver?.cancel()
            await recorder.save()
            // Every stream ran; instances Zoom did not serve make the run incomplete, never `ok`.
            let incomplete = RunIncomplete(outcomes)
            let status: RunStatus = incomplete == nil ? .succeeded : .incomplete
            try await warehouse.finishRun(runId, status: status, streams: Self.statsByStream(outcomes), error: incomplete?.description)
            Self.logFinished(logger, status: status, since: started, outcomes: outcomes, more: more)
            if let incomplete {
                try? await warehouse.unlockAccount(accountId)
                throw incomplete
            }
        } catch let incomplete as RunIncomplete {
            throw incomplete
        } catch {
            quotaSaver?.cancel()
            // Zoom's budget, not a lock: a lock held ends a run before it has a record.
            let status: RunStatus = error is ZoomError && Recovery(for: error) == .tryLater ? .quotaExhausted : .failed
            let message = error is CancellationError ? "interrupted before it finished; the next run continues from the last checkpoint" : "\(error)"
            await recordEnd(runId, status: status, streams: Self.statsByStream(outcomes), error: message, quota: quota, warehouse: warehouse)
            Self.logFinished(logger, status: status, since: started, outcomes: outcomes, more: ["error": "\(message)"])
            throw error
        }
        try? await warehouse.unlockAccount(accountId)
        return outcomes
    }

    /// Records how a run that did not succeed ended, and what it spent of Zoom's daily quota.
    ///
    /// When the session died with the run (PostgreSQL restarted under it), a new session records
    /// both, so `etl.runs` names the cause instead of a later run calling the run abandoned; if
    /// the server is not back yet, that is what happens. The lock went with the old session, but
    /// the update touches only this run's row.
    func recordEnd(_ runId: Int64, status: RunStatus, streams: [String: StreamRunStats], error message: String,
                           quota: QuotaRecorder?, warehouse: Warehouse) async {
        await quota?.save()
        do {
            try await warehouse.finishRun(runId, status: status, streams: streams, error: message)
            return
        } catch let error as WarehouseError where error.kind == .connect {
            logger.info("the database session is gone; recording the run's end on a new one", metadata: ["error": "\(error)"])
        } catch {
            logger.warning("could not record the run's end", metadata: ["error": "\(error)"])
            return
        }
        do {
            let fresh = try await Warehouse.connect(environment.databaseURL, logger: logger)
            await quota?.save(into: fresh)
            do {
                try await fresh.finishRun(runId, status: status, streams: streams, error: message)
            } catch {
                await fresh.close()
                throw error
            }
            await fresh.close()
        } catch {
            logger.warning("could not record the run's end; the next run marks it abandoned", metadata: ["error": "\(error)"])
        }
    }

    /// The `run_finished` event, however the run ended; `more` adds what that ending knows.
    static func logFinished(_ logger: Logger, status: RunStatus, since started: ContinuousClock.Instant,
                                    outcomes: [(name: StreamName, outcome: StreamOutcome)], more: Logger.Metadata) {
        let metadata: Logger.Metadata = [
            "event": "run_finished", "status": "\(status.rawValue)", "duration_ms": .number(started.duration(to: .now).milliseconds),
            "rows": .number(outcomes.reduce(0) { $0 + $1.outcome.stats.rows }),
            // The process's most answer bytes in flight at once, against the body budget (README, security).
            "peak_body_bytes": .number(HTTPClient.peakBodyBytesInFlight),
        ]
        logger.info("run finished", metadata: metadata.merging(more) { $1 })
    }

    /// `{"heavy": 12, "medium": 1}` in a JSON log line.
    static func byCategory(_ counts: [RateLimitCategory: Int]) -> Logger.MetadataValue {
        .dictionary(counts.reduce(into: [:]) { $0[$1.key.rawValue] = .number($1.value) })
    }

    static func statsByStream(_ outcomes: [(name: StreamName, outcome: StreamOutcome)]) -> [String: StreamRunStats] {
        Dictionary(outcomes.map { name, outcome in
            var stats = outcome.stats
            stats.failedInstances = outcome.failedInstances
            stats.goneInstances = outcome.goneInstances
            return (name.rawValue, stats)
        }, uniquingKeysWith: { $1 })
    }
}
