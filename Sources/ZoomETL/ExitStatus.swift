import ArgumentParser
import Extractors
import Foundation
import Records
import Warehouse

/// The exit codes of DESIGN.md, and the one place that turns an error into what the user reads
/// and the code.
enum ExitStatus: Int32, Sendable, CaseIterable {
    case success = 0
    /// The run failed, or left data it was asked for missing (incomplete).
    case failed = 1
    /// Bad configuration, arguments or credentials: no rerun as it is can succeed.
    case configuration = 2
    /// EX_TEMPFAIL: the scheduler should simply try again later.
    case tryLater = 75
    /// 128 + SIGINT, as shells report an interrupted command.
    case interrupted = 130

    /// Prints the error's one-sentence message to stderr and returns the exit code.
    static func report(_ error: any Error) -> ExitStatus {
        if error is CancellationError {
            printError("interrupted: stopped cleanly; rerun to continue where it stopped")
            return interrupted
        }
        // Help, --version and argument-parser's own usage errors.
        if !(error is any Recoverable || error is RunFailure || error is OperationsFailure) {
            let parserCode = ZoomETLCommand.exitCode(for: error)
            let message = ZoomETLCommand.fullMessage(for: error)
            if parserCode == .success {
                print(message)
                return success
            }
            if !message.isEmpty { printError(message) }
            return parserCode == .validationFailure ? .configuration : .failed
        }
        printError("error: \(error)")
        return code(for: error)
    }

    static func code(for error: any Error) -> ExitStatus {
        switch error {
        // Many accounts, or a table of checks: their worst code was already decided.
        case let failure as RunFailure: failure.exitCode
        case let failure as OperationsFailure: failure.exitCode
        default: code(for: Recovery(for: error))
        }
    }

    /// `Recovery` is the one answer to "what now?"; the exit code says it to the scheduler.
    static func code(for recovery: Recovery) -> ExitStatus {
        switch recovery {
        case .tryLater: tryLater
        case .fatal(.interrupted): interrupted
        case .fatal(let cause) where cause.isOperatorFix: configuration
        case .retry, .renewToken, .restartListing, .skipStream, .instanceGone, .failInstance, .fatal: failed
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }
}

/// Some accounts of a run failed; their errors were already reported one by one.
struct RunFailure: Error, CustomStringConvertible {
    let exitCode: ExitStatus
    let failures: [(account: String, error: String)]

    var description: String {
        failures.map { "account \($0.account): \($0.error)" }.joined(separator: "\nerror: ")
    }

    /// The most telling exit code across accounts: configuration beats failure beats try-later.
    init?(_ results: [AccountResult]) {
        let failures = results.filter { $0.error != nil }
        guard !failures.isEmpty else { return nil }
        let codes = failures.map { ExitStatus.code(for: $0.error!) }
        exitCode = codes.contains(.interrupted) ? .interrupted : codes.contains(.configuration) ? .configuration
            : codes.contains(.failed) ? .failed : .tryLater
        self.failures = failures.map { ($0.account, "\($0.error!)") }
    }
}
