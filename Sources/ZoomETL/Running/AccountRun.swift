import Extractors
import Foundation
import Logging
import Records
import Warehouse

/// One account's part of a run, from credentials to the finished `etl.runs` row.
struct AccountRun {
    let environment: RunEnvironment
    let job: JobSettings
    let account: AccountSettings
    let mode: RunMode
    let logger: Logger
    /// The live progress on a terminal; nil draws nothing.
    var display: ProgressDisplay?

    func execute() async throws -> [(name: StreamName, outcome: StreamOutcome)] {
        // Everything that can be refused without Zoom or the database is refused first:
        // bad input must send no request and write nothing.
        if let error = environment.tuningError { throw error }
        let credentials = try environment.credentials(account)
        let today = CivilDate(environment.now(), in: account.timeZone)
        let streams = try selectedStreams()
        if case .backfill(let range, _) = mode {
            try Self.checkRetention(range, streams: streams, today: today)
        }

        return try await Warehouse.withSession(environment.databaseURL, logger: logger) { warehouse in
            try await execute(in: warehouse, credentials: credentials, today: today, streams: streams)
        }
    }

    /// The run on one warehouse session: migrate, lock, record the run, load every stream, and
    /// record how it ended.
    private func execute(in warehouse: Warehouse, credentials: ZoomCredentials, today: CivilDate,
                         streams: [CatalogStream]) async throws -> [(name: StreamName, outcome: StreamOutcome)] {
        _ = try await warehouse.migrate()
        try await warehouse.lockAccount(credentials.accountId)

        var arguments = ["job": job.name, "account": account.name]
        if case .backfill(let range, let names) = mode {
            arguments["from"] = range.from.description
            arguments["to"] = range.to.description
            arguments["streams"] = names.map(\.rawValue).joined(separator: ",")
        }
        let runId = try await warehouse.beginRun(job: job.name, accountId: credentials.accountId, command: mode.command, arguments: arguments)
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
            let recorder = try await QuotaRecorder.load(warehouse: warehouse, accountId: credentials.accountId, runId: runId,
                                                        plan: account.plan, logger: logger, now: environment.now)
            (quota, quotaSaver) = (recorder, Task { await recorder.saveRegularly() })
            var settings = ZoomClientConfiguration(credentials: credentials, oauthURL: environment.oauthURL, apiURL: environment.apiURL,
                                                   plan: account.plan, http: environment.http)
            settings.quota = recorder.quota
            settings.now = environment.now
            settings.backoffBase = environment.backoffBase
            let client = ZoomClient(settings, logger: logger)
            try await client.authenticate()
            let progress = RunProgress(account: account.name, streams: streams.map(\.name))
            progress.attach(client: client, runId: runId)
            try await ProgressDisplay.show(progress, on: display) {
                for stream in streams {
                    outcomes.append((stream.name, try await load(stream, client: client, warehouse: warehouse, accountId: credentials.accountId,
                                                                 runId: runId, today: today, progress: progress, logger: logger)))
                }
            }
            quotaSaver?.cancel()
            await recorder.save()
            // Every stream ran; instances Zoom did not serve make the run incomplete, never `ok`.
            let incomplete = RunIncomplete(outcomes)
            let status: RunStatus = incomplete == nil ? .succeeded : .incomplete
            try await warehouse.finishRun(runId, status: status, streams: Self.statsByStream(outcomes), error: incomplete?.description)
            Self.logFinished(logger, status: status, since: started, outcomes: outcomes, more: [
                "requests": Self.byCategory(client.requestsSent), "rate_limited": Self.byCategory(client.requestsRateLimited),
                "rate_limit_wait_ms": .number(client.rateLimitWait.milliseconds),
            ])
            if let incomplete {
                try? await warehouse.unlockAccount(credentials.accountId)
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
        try? await warehouse.unlockAccount(credentials.accountId)
        return outcomes
    }

    /// Loads one stream, logging its start and end (`stream_started`, `stream_finished`) and
    /// keeping its progress.
    private func load(_ stream: CatalogStream, client: ZoomClient, warehouse: Warehouse, accountId: String, runId: Int64, today: CivilDate,
                      progress: RunProgress, logger: Logger) async throws -> StreamOutcome {
        var streamLogger = logger
        streamLogger[metadataKey: "stream"] = "\(stream.name)"
        let context = ExtractionContext(timeZone: account.timeZone, logger: streamLogger)
        let started = ContinuousClock.now
        streamLogger.info("stream started", metadata: ["event": "stream_started"])
        progress.begin(stream.name, unit: stream.progressUnit)
        let outcome: StreamOutcome
        do {
            switch stream {
            case .report(let report):
                outcome = try await StreamLoader(stream: report, warehouse: warehouse, client: client, context: context,
                                                 accountId: accountId, runId: runId, progress: progress).load(mode: mode, job: job, today: today)
            case .perInstance(let child):
                let databaseURL = environment.databaseURL, logger = logger
                outcome = try await FanOutLoader(stream: child, warehouse: warehouse, client: client, context: context,
                                                 accountId: accountId, runId: runId, progress: progress,
                                                 concurrency: job.concurrency ?? account.plan.defaultConcurrency,
                                                 openSession: { try await Warehouse.connect(databaseURL, logger: logger) },
                                                 instanceBufferRows: environment.instanceBufferRows)
                    .load(mode: mode, job: job, today: today)
            case .snapshot(let snapshot):
                outcome = try await SnapshotLoader(stream: snapshot, warehouse: warehouse, client: client, context: context,
                                                   accountId: accountId, runId: runId, progress: progress).load()
            }
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

    /// Records how a run that did not succeed ended, and what it spent of Zoom's daily quota.
    ///
    /// When the session died with the run (PostgreSQL restarted under it), a new session records
    /// both, so `etl.runs` names the cause instead of a later run calling the run abandoned; if
    /// the server is not back yet, that is what happens. The lock went with the old session, but
    /// the update touches only this run's row.
    private func recordEnd(_ runId: Int64, status: RunStatus, streams: [String: StreamRunStats], error message: String,
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

    private func selectedStreams() throws -> [CatalogStream] {
        let names: [StreamName]
        if case .backfill(_, let requested) = mode, !requested.isEmpty { names = requested } else { names = job.streams }
        for name in names where StreamCatalog.stream(named: name) == nil {
            throw ConfigurationError(key: "--streams", "unknown stream \(String(reflecting: name.rawValue)) (streams: \(StreamCatalog.names.map(\.rawValue).sorted().joined(separator: ", ")))")
        }
        return StreamCatalog.ordered(names)
    }

    /// Zoom keeps reports for a limited time; a range older than that is refused before any request.
    static func checkRetention(_ range: DateRange, streams: [CatalogStream], today: CivilDate) throws {
        if range.to >= today {
            throw ConfigurationError(key: "--to", "\(range.to) is not a complete day yet (today is \(today) in the account's time zone); the latest day a backfill can load is \(today.adding(days: -1))")
        }
        for case .report(let stream) in streams {
            let oldest = type(of: stream).oldestAvailableDay(today: today)
            if range.from < oldest {
                throw ConfigurationError(key: "--from", "\(range.from) is older than Zoom keeps \(type(of: stream).descriptor.name) (\(type(of: stream).declaration.retention.description): the oldest day is \(oldest)); choose --from \(oldest) or later")
            }
        }
    }

    /// The `run_finished` event, however the run ended; `more` adds what that ending knows.
    private static func logFinished(_ logger: Logger, status: RunStatus, since started: ContinuousClock.Instant,
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
    private static func byCategory(_ counts: [RateLimitCategory: Int]) -> Logger.MetadataValue {
        .dictionary(counts.reduce(into: [:]) { $0[$1.key.rawValue] = .number($1.value) })
    }

    private static func statsByStream(_ outcomes: [(name: StreamName, outcome: StreamOutcome)]) -> [String: StreamRunStats] {
        Dictionary(outcomes.map { name, outcome in
            var stats = outcome.stats
            stats.failedInstances = outcome.failedInstances
            stats.goneInstances = outcome.goneInstances
            return (name.rawValue, stats)
        }, uniquingKeysWith: { $1 })
    }
}
