import Extractors
import Foundation

/// One line of `zoom-etl check`: what was checked, for whom, and what came of it.
struct CheckResult {
    enum Outcome: Equatable {
        case ok
        /// Could not be checked (an earlier check failed, or nothing to probe with); not a failure.
        case skipped
        case failed(Severity)
    }

    /// How a failure counts in the exit code: 2 for what the operator must configure, 1 otherwise.
    enum Severity: Equatable {
        case configuration, failure
    }

    /// An account's name from `jobs.conf`, or `shared` for what all accounts share (the file, the database).
    let account: String
    static let shared = "(all)"
    let check: String
    let outcome: Outcome
    let detail: String

    static func ok(_ account: String, _ check: String, _ detail: String) -> CheckResult {
        CheckResult(account: account, check: check, outcome: .ok, detail: detail)
    }

    static func skipped(_ account: String, _ check: String, _ detail: String) -> CheckResult {
        CheckResult(account: account, check: check, outcome: .skipped, detail: detail)
    }

    static func failed(_ account: String, _ check: String, _ severity: Severity, _ detail: String) -> CheckResult {
        CheckResult(account: account, check: check, outcome: .failed(severity), detail: detail)
    }

    /// A failure whose severity follows the contract's exit codes: refused credentials are configuration.
    static func failed(_ account: String, _ check: String, _ error: any Error) -> CheckResult {
        failed(account, check, ExitStatus.code(for: error) == ExitStatus.configuration ? .configuration : .failure, "\(error)")
    }
}

/// The outcome of every check, as a plain-text table (no colors: it is read in logs as often as on a terminal).
struct CheckReport {
    let results: [CheckResult]

    var table: TextTable {
        TextTable(columns: ["account", "check", "result", "detail"], rows: results.map { result in
            let mark = switch result.outcome {
            case .ok: "ok"
            case .skipped: "skip"
            case .failed: "FAIL"
            }
            return [result.account, result.check, mark, result.detail]
        })
    }

    /// Exit 2 when a failure is the operator's to configure (jobs.conf, secrets, scopes, plan), 1 for any
    /// other failure, nil when every check passed or was skipped.
    var verdict: OperationsFailure? {
        let failures = results.filter { if case .failed = $0.outcome { true } else { false } }
        guard !failures.isEmpty else { return nil }
        let configuration = failures.contains { $0.outcome == .failed(.configuration) }
        let names = failures.map { $0.account == CheckResult.shared ? $0.check : "\($0.account)/\($0.check)" }
        return OperationsFailure(exitCode: configuration ? ExitStatus.configuration : ExitStatus.failed,
                                 message: "\(failures.count) of \(results.count) checks failed: \(names.joined(separator: ", "))")
    }
}
