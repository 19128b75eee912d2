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

    /// The run on one warehouse session: migrate, then inside the account's run scope
    /// (`withAccountRun`) authenticate and load every stream in order.
    private func execute(in warehouse: Warehouse, credentials: ZoomCredentials, today: CivilDate,
                         streams: [CatalogStream]) async throws -> [(name: StreamName, outcome: StreamOutcome)] {
        _ = try await warehouse.migrate()
        return try await withAccountRun(on: warehouse, accountId: credentials.accountId, streams: streams) { scope, outcomes in
            var settings = ZoomClientConfiguration(credentials: credentials, oauthURL: environment.oauthURL, apiURL: environment.apiURL,
                                                   plan: account.plan, http: environment.http)
            settings.quota = scope.quota.quota
            settings.now = environment.now
            settings.backoffBase = environment.backoffBase
            let client = ZoomClient(settings, logger: scope.logger)
            try await client.authenticate()
            let progress = RunProgress(account: account.name, streams: streams.map(\.name))
            progress.attach(client: client, runId: scope.runId)
            let dispatch = StreamDispatch(environment: environment, job: job, account: account, mode: mode, client: client, warehouse: warehouse,
                                          accountId: credentials.accountId, runId: scope.runId, today: today, progress: progress, logger: scope.logger)
            try await ProgressDisplay.show(progress, on: display) {
                for stream in streams {
                    outcomes.append((stream.name, try await dispatch.load(stream)))
                }
            }
            return [
                "requests": Self.byCategory(client.requestsSent), "rate_limited": Self.byCategory(client.requestsRateLimited),
                "rate_limit_wait_ms": .number(client.rateLimitWait.milliseconds),
            ]
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
}
