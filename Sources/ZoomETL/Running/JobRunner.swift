import Extractors
import Foundation
import Logging
import Records
import Warehouse

/// What a run does: the job's incremental pass, or a backfill of a closed range.
enum RunMode: Sendable {
    case incremental
    case backfill(DateRange, streams: [String])

    var command: String {
        switch self {
        case .incremental: "run"
        case .backfill: "backfill"
        }
    }
}

/// The outcome of one stream within a run, as `etl.runs` and the summary show it.
struct StreamOutcome: Sendable {
    var stats = StreamRunStats()
    var range: DateRange?
    var skippedReason: String?
}

/// Runs a job over its accounts: lock, run record, streams, checkpoint, in that order.
struct JobRunner {
    let environment: RunEnvironment
    let logger: Logger

    /// Runs every account; one failing account does not stop the others. Throws only when
    /// interrupted (SIGINT/SIGTERM), after the account in progress has recorded where it stopped.
    func run(job: JobSettings, accounts: [AccountSettings], mode: RunMode) async throws -> [AccountResult] {
        var results: [AccountResult] = []
        for account in accounts where !Task.isCancelled {
            var logger = logger
            logger[metadataKey: "account"] = "\(account.name)"
            do {
                let streams = try await AccountRun(environment: environment, job: job, account: account, mode: mode, logger: logger).execute()
                results.append(AccountResult(account: account.name, streams: streams, error: nil))
            } catch {
                logger.error("run failed", metadata: ["error": "\(error)"])
                results.append(AccountResult(account: account.name, streams: [], error: error))
            }
        }
        try Task.checkCancellation()
        return results
    }
}

struct AccountResult: Sendable {
    let account: String
    let streams: [(name: String, outcome: StreamOutcome)]
    let error: (any Error)?
}
