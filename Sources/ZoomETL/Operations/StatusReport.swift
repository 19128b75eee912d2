import Extractors
import Foundation
import Records
import Warehouse

/// Everything `zoom-etl status` shows for one job, per account and stream, read with queries that write nothing.
struct StatusReport {
    struct Account {
        let settings: AccountSettings
        let accountId: String
        let lastRun: RunRecord?
        /// Each of the plan's daily caps with what zoom-etl's runs spent of it today (UTC), from
        /// `etl.quota_usage`: the same ledger runs count against, so `status` and a run agree.
        let quotaToday: [Quota]
        let streams: [Stream]

        /// Heavy + resource-intensive requests spent today, whatever the plan's caps.
        var heavyRequestsToday: Int {
            quotaToday.filter { !$0.cap.categories.isDisjoint(with: [.heavy, .resourceIntensive]) }.reduce(0) { $0 + $1.used }
        }
    }

    /// One daily cap (Pro and Business+ share one between heavy and resource-intensive calls,
    /// Free caps each category: zoom-api.md §5) and the requests spent of it today.
    struct Quota {
        let cap: DailyCap
        let used: Int

        /// `heavy + resource_intensive`, the categories in the order Zoom lists them.
        var categories: String {
            RateLimitCategory.allCases.filter(cap.categories.contains).map(\.rawValue).joined(separator: " + ")
        }
    }

    struct Stream {
        let name: StreamName
        let table: TableName
        let state: StreamLoadState
        let rowsTotal: Int
        /// nil: no run has tried the stream for this account yet.
        let availability: StreamAvailability?
        /// Fan-out streams only.
        let instances: Instances?

        var lagHours: Double? { state.lagSeconds.map { $0 / 3600 } }

        /// A stream never loaded successfully is stale whatever the limit.
        func isStale(maxLagHours: Double) -> Bool {
            lagHours.map { $0 > maxLagHours } ?? true
        }

        var isUnavailable: Bool { availability?.available == false }
    }

    /// The instances of a fan-out stream, from `etl.child_progress`.
    struct Instances {
        let done: Int
        /// Failed, and retried on later runs.
        let failing: Int
        /// Failed `StatusReport.fanOutMaxAttempts` times in a row: no longer fetched.
        let givenUp: Int
        /// The most-attempted failures, at most `failureListLimit`.
        let failures: [(parent: String, attempts: Int, lastError: String?)]
    }

    let job: String
    let generatedAt: Date
    let maxLagHours: Double?
    let pendingMigrations: [String]
    let accounts: [Account]

    /// Failed instances listed per stream; the rest are only counted.
    static let failureListLimit = 10
    /// The attempts after which `FanOutLoader` gives an instance up (its `maxAttempts` default).
    static let fanOutMaxAttempts = 5

    /// The enabled streams whose last successful load is older than `--max-lag`, or that never loaded.
    var staleStreams: [(account: Account, stream: Stream)] {
        guard let maxLagHours else { return [] }
        return accounts.flatMap { account in
            account.streams.filter { $0.isStale(maxLagHours: maxLagHours) }.map { (account, $0) }
        }
    }

    /// Reads the job's state for each account (settings with its Zoom account ID) from `warehouse`.
    ///
    /// A database zoom-etl never migrated is refused with a clear message; one with migrations
    /// pending is read as far as it goes, and the report names what is pending.
    static func gather(job: JobSettings, accounts: [(settings: AccountSettings, accountId: String)], warehouse: Warehouse,
                       maxLagHours: Double?) async throws -> StatusReport {
        let pending = try await warehouse.pendingMigrations()
        if !Warehouse.migrationNames.isEmpty && pending.count == Warehouse.migrationNames.count {
            throw OperationsFailure(exitCode: ExitStatus.failed, message: """
                the database has no zoom-etl schema yet (no migration applied): nothing has been loaded here; \
                run `zoom-etl migrate` or a first `zoom-etl run`, or check DATABASE_URL
                """)
        }
        let streams = StreamCatalog.ordered(job.streams)
        var reports: [Account] = []
        for (settings, accountId) in accounts {
            let states = try await warehouse.streamStates(account: accountId, job: job.name, streams: streams.map(\.name))
            let availability = Dictionary(try await warehouse.streamAvailability(account: accountId).map { ($0.stream, $0) }) { $1 }
            let usage = try await warehouse.quotaUsage(account: accountId, utcDay: DailyQuota.utcDay(Date()))
            let quota = settings.plan.dailyCaps.map { cap in
                Quota(cap: cap, used: cap.categories.reduce(0) { $0 + (usage[$1.rawValue] ?? 0) })
            }
            var rows: [Stream] = []
            for (stream, state) in zip(streams, states) {
                var instances: Instances?
                if case .perInstance = stream {
                    let counts = try await warehouse.childProgressSummary(account: accountId, stream: stream.name, maxAttempts: fanOutMaxAttempts)
                    let failed = try await warehouse.failedChildren(account: accountId, stream: stream.name)
                    instances = Instances(done: counts.done, failing: counts.failed, givenUp: counts.givenUp,
                                          failures: Array(failed.prefix(failureListLimit)))
                }
                rows.append(Stream(name: stream.name, table: stream.descriptor.table, state: state,
                                   rowsTotal: try await warehouse.rowCount(in: stream.descriptor.table, account: accountId),
                                   availability: availability[stream.name], instances: instances))
            }
            reports.append(Account(settings: settings, accountId: accountId, lastRun: try await warehouse.latestRun(account: accountId, job: job.name),
                                   quotaToday: quota, streams: rows))
        }
        return StatusReport(job: job.name, generatedAt: Date(), maxLagHours: maxLagHours, pendingMigrations: pending, accounts: reports)
    }

    /// The `--max-lag` verdict: exit 1 naming every stale stream, or nil when all are fresh.
    var staleness: OperationsFailure? {
        let stale = staleStreams
        guard let maxLagHours, !stale.isEmpty else { return nil }
        let names = stale.map { account, stream in
            "\(account.settings.name)/\(stream.name) (\(stream.lagHours.map { "last loaded \(Self.age(hours: $0)) ago" } ?? "never loaded"))"
        }
        return OperationsFailure(exitCode: ExitStatus.failed, message: """
            \(stale.count) stream\(stale.count == 1 ? " is" : "s are") stale (no successful load within \
            \(Self.number(maxLagHours)) h): \(names.joined(separator: ", "))
            """)
    }

    /// "45m", "5.2h", "3.1d": an age at a glance.
    static func age(hours: Double) -> String {
        if hours < 1 { return "\(Int((hours * 60).rounded()))m" }
        if hours < 48 { return String(format: "%.1fh", hours) }
        return String(format: "%.1fd", hours / 24)
    }

    /// 24 rather than 24.0; 1.5 as it is.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
