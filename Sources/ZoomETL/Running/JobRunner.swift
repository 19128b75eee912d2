import Extractors
import Foundation
import Logging
import Records
import Warehouse

/// What a run does: the job's incremental pass, or a backfill of a closed range.
enum RunMode: Sendable {
    case incremental
    case backfill(DateRange, streams: [StreamName])

    var command: String {
        switch self {
        case .incremental: "run"
        case .backfill: "backfill"
        }
    }
}

/// The outcome of one stream within a run, as `etl.runs` and the summary show it.
struct StreamOutcome: Sendable {
    /// The account's plan or add-ons lack the stream: warn once, record why, go on (DESIGN.md, guarantee 3).
    mutating func skip(because error: ZoomError, logger: Logger) {
        logger.warning("stream unavailable for this account; skipped", metadata: ["event": "stream_skipped", "reason": "\(error.reason)"])
        skippedReason = error.reason
    }

    var stats = StreamRunStats()
    var range: DateRange?
    /// Why the account cannot have this stream (plan, add-on); the run goes on without it.
    var skippedReason: String?
    /// Child streams: instances committed this run, and those among them that failed.
    var instances = 0
    var failedInstances = 0
    /// The first failed instances' UUIDs, for the message that names them.
    var failedExamples: [String] = []
    /// Instances in the run's window whose fetch failed `maxAttempts` runs in a row: no longer
    /// fetched by nightly runs (a backfill of their days retries them), so still missing.
    var givenUpInstances = 0
    var givenUpExamples: [String] = []
    /// Instances Zoom says no longer exist (404, code 3001): recorded gone, not a failure.
    var goneInstances = 0
    /// Webinar instances left for a run whose account has the Webinar add-on again.
    var skippedInstances = 0
    /// Why webinar instances are skipped, once Zoom refused one for the plan.
    var webinarsSkippedReason: String?
    /// Failed instances since the last success, and the last error: a fan-out stops after many.
    var consecutiveFailures = 0
    var lastFailure: ZoomError?

    /// The first unreadable values per field (`Page.unparsableExamplesPerField`), for one warning each.
    var unparsableExamples: [UnparsableValue] = []

    static let failedExamplesKept = 5

    /// One warning per field Zoom sent unreadable values in, with their raw text: a new spelling
    /// Zoom started to use must not become NULL unseen.
    func logUnparsable(_ logger: Logger) {
        for field in Set(unparsableExamples.map(\.field)).sorted() {
            let examples = unparsableExamples.filter { $0.field == field }.map(\.raw)
            logger.warning("Zoom sent values zoom-etl cannot read; they were stored as NULL", metadata: [
                "event": "unparsable_values", "field": "\(field)", "examples": .array(examples.map { .string($0) }),
                "stream_unparsable_values": .stringConvertible(stats.unparsableValues),
            ])
        }
    }

    mutating func recordFailure(_ uuid: String, _ error: ZoomError) {
        failedInstances += 1
        consecutiveFailures += 1
        lastFailure = error
        if failedExamples.count < Self.failedExamplesKept { failedExamples.append(uuid) }
    }
}

/// Runs a job over its accounts: lock, run record, streams, checkpoint, in that order.
struct JobRunner {
    let environment: RunEnvironment
    let logger: Logger
    /// The live progress on a terminal; nil draws nothing.
    var display: ProgressDisplay?

    /// Runs every account; one failing account does not stop the others. Throws only when
    /// interrupted (SIGINT/SIGTERM), after the account in progress has recorded where it stopped.
    func run(job: JobSettings, accounts: [AccountSettings], mode: RunMode) async throws -> [AccountResult] {
        var results: [AccountResult] = []
        for account in accounts where !Task.isCancelled {
            var logger = logger
            logger[metadataKey: "account"] = "\(account.name)"
            do {
                let streams = try await AccountRun(environment: environment, job: job, account: account, mode: mode, logger: logger, display: display).execute()
                results.append(AccountResult(account: account.name, streams: streams, error: nil))
            } catch let incomplete as RunIncomplete {
                logger.error("run incomplete", metadata: ["event": "run_failed", "status": "incomplete", "error": "\(incomplete)"])
                results.append(AccountResult(account: account.name, streams: incomplete.outcomes, error: incomplete))
            } catch {
                logger.error("run failed", metadata: ["event": "run_failed", "error": "\(error)"])
                results.append(AccountResult(account: account.name, streams: [], error: error))
            }
        }
        try Task.checkCancellation()
        return results
    }
}

struct AccountResult: Sendable {
    let account: String
    let streams: [(name: StreamName, outcome: StreamOutcome)]
    let error: (any Error)?
}
