import Foundation

/// What to do about a failed call to Zoom: the one answer every loop switches on.
///
/// The client's request loop acts on `retry` and `renewToken` itself; a listing on
/// `restartListing`; the runner on the rest. What escapes a level is decided again by the level
/// above from the same value: a `retry` that escapes the client has exhausted its attempts, which
/// a fan-out reads as a failed instance and a report stream as a failed run.
public enum Recovery: Sendable, Hashable {
    /// A passing failure (5xx, a reset, a stall, a 2xx whose body is cut short or not JSON):
    /// send again after a backoff, within the attempt budget.
    case retry
    /// The access token expired or was revoked (401, code 124; zoom-api.md §6).
    case renewToken
    /// The listing's `next_page_token` or GraphQL cursor expired (400, code 300; zoom-api.md §2):
    /// read the listing again from its first page.
    case restartListing
    /// The plan, an add-on or a scope lacks the endpoint (zoom-api.md §8, Entitlements): skip the
    /// stream, or the kind of instance the endpoint serves, with a warning; the run goes on.
    case skipStream
    /// Zoom says the instance does not exist (404, code 3001) although `zoom.meetings` lists it:
    /// recorded as gone and counted, never a failure (DESIGN.md, exit codes).
    case instanceGone
    /// Zoom will not serve this one instance (another 4xx, or a body it keeps sending unreadable):
    /// record the instance failed and go on with the others; the run then exits 1.
    case failInstance
    /// Zoom's budget is spent (the daily quota, 429s that do not end): checkpoint and exit 75.
    case tryLater
    /// Nothing a retry or another instance changes (credentials, TLS, an unreachable host).
    case fatal
}

extension ZoomError {
    /// The recovery for this error, wherever it was raised.
    public var recovery: Recovery {
        switch kind {
        case .oauth:
            return .fatal
        case .api(let status, let code, let message):
            if status == 401 { return code == 124 ? .renewToken : .fatal }
            if status == 429 || status >= 500 { return .retry }
            if Self.refusesThePlan(status: status, code: code, message: message) { return .skipStream }
            if status == 400, code == 300, Self.namesAnExpiredToken(message) { return .restartListing }
            if status == 404, code == 3001 { return .instanceGone }
            return .failInstance
        case .graphQL(let code, let message):
            if code == "300" || Self.namesAnExpiredToken(message) { return .restartListing }
            if code == "THROTTLED" || code == "429" { return .retry }
            if code == "200" || code == "FORBIDDEN" || code == "UNAUTHORIZED_SCOPE" { return .skipStream }
            return .fatal
        case .transport(let error):
            if case .bodyTooLarge = error.kind { return .failInstance }
            return error.isTransient ? .retry : .fatal
        case .brokenBody:
            return .retry
        case .decoding, .endlessListing:
            return .failInstance
        case .quotaSpent, .rateLimited, .waitTooLong:
            return .tryLater
        case .retriesExhausted:
            return .failInstance
        case .cleartext:
            return .fatal
        }
    }

    /// "The next page token is invalid or expired" and its GraphQL twin for cursors.
    private static func namesAnExpiredToken(_ message: String) -> Bool {
        (message.localizedCaseInsensitiveContains("token") || message.localizedCaseInsensitiveContains("cursor"))
            && (message.localizedCaseInsensitiveContains("expired") || message.localizedCaseInsensitiveContains("invalid"))
    }
}
