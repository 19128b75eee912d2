/// What to do about a failure: the one answer every loop, the fan-out and the exit code switch on.
///
/// Each layer says it of its own errors (`Recoverable`: Zoom's in Extractors, PostgreSQL's in
/// Warehouse, the command line's in ZoomETL); `Recovery(for:)` is the one function that asks.
/// The client's request loop acts on `retry` and `renewToken` itself; a listing on
/// `restartListing`; the runner on the rest. What escapes a level is decided again by the level
/// above from the same value: a `retry` that escapes the client has exhausted its attempts,
/// which a fan-out reads as a failed instance and a report stream as a failed run.
public enum Recovery: Sendable, Hashable {
    /// A passing failure (5xx, a reset, a stall, a 2xx whose body is cut short or not JSON):
    /// send again after a backoff, within the attempt budget.
    case retry
    /// The access token expired or was revoked (401, code 124; zoom-api.md §6).
    case renewToken
    /// The listing's `next_page_token` or GraphQL cursor expired (400, code 300; zoom-api.md §2):
    /// read the listing again from its first page.
    case restartListing
    /// The plan or an add-on lacks the endpoint (zoom-api.md §8, Entitlements): skip the stream,
    /// or the kind of instance the endpoint serves, with a warning; the run goes on.
    case skipStream
    /// Zoom says the instance does not exist (404, code 3001) although `zoom.meetings` lists it:
    /// recorded as gone and counted, never a failure (DESIGN.md, exit codes).
    case instanceGone
    /// Zoom will not serve this one instance (another 4xx, or a body it keeps sending unreadable):
    /// record the instance failed and go on with the others; the run then exits 1.
    case failInstance
    /// A budget or a lock is taken for now (Zoom's daily quota, 429s that do not end, another
    /// run's lock): checkpoint and exit 75, so the scheduler tries again later.
    case tryLater
    /// Nothing a retry or another instance changes; `cause` says whose it is to fix.
    case fatal(FatalCause)

    /// The answer for any error, wherever it was raised.
    public init(for error: any Error) {
        switch error {
        case is CancellationError: self = .fatal(.interrupted)
        case let recoverable as any Recoverable: self = recoverable.recovery
        default: self = .fatal(.failure)
        }
    }
}

/// Why nothing can be done about a failure now, which decides the exit code.
public enum FatalCause: Sendable, Hashable {
    /// Zoom refused the credentials (OAuth): the operator's to fix (exit 2).
    case credentials
    /// The app lacks a scope the stream needs (4700, 4711; zoom-api.md §6): the operator adds it (exit 2).
    case missingScope
    /// A setting, an argument, the schema or a privilege is wrong: no rerun as it is can succeed (exit 2).
    case configuration
    /// Stopped by a signal (exit 130).
    case interrupted
    /// TLS, an unreachable host, a broken database: the run failed (exit 1).
    case failure

    /// Whether the operator must change something before a rerun can succeed.
    public var isOperatorFix: Bool {
        switch self {
        case .credentials, .missingScope, .configuration: true
        case .interrupted, .failure: false
        }
    }
}

/// An error that knows its `Recovery`.
public protocol Recoverable: Error {
    var recovery: Recovery { get }
}
