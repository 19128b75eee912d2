import Foundation

/// Why a call to Zoom failed, in the terms the rest of the program decides on.
public struct ZoomError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The token endpoint refused: `{reason, error}` (zoom-api.md §1).
        case oauth(status: Int, error: String, reason: String)
        /// A REST status with Zoom's `{code, message}`; code is nil when the body had none.
        case api(status: Int, code: Int?, message: String)
        /// No HTTP response at all (see `HTTPError`).
        case transport(HTTPError)
        /// A 2xx answer whose body is cut short or not JSON at all: passing, like a 5xx.
        case brokenBody(detail: String)
        /// The body was JSON, but not the shape the endpoint documents.
        case decoding(detail: String)
        /// A GraphQL answer's `errors[]` (HTTP 200; zoom-api.md §8): `extensions.code` and the messages.
        case graphQL(code: String?, message: String)
        /// Zoom's daily quota for the category is spent; come back after `retryAt`.
        case quotaSpent(retryAt: Date?)
        /// Retries ran out on a passing failure (5xx, resets).
        case retriesExhausted(attempts: Int, last: String)
        /// Zoom kept refusing for its per-second limit (other apps may be using the account's
        /// budget); like a spent quota, the run stops and the next one continues.
        case rateLimited(waits: Int)
        /// A 429 asked for a wait longer than the client sits out (`maxRetryAfter`).
        case waitTooLong(seconds: Int)
        /// A listing's page tokens go round (a token seen before, or more pages than its
        /// `total_records` allow): the listing fails rather than run for ever.
        case endlessListing(detail: String)
        /// A URL credentials would be sent to is not `https` nor on a loopback host (the token
        /// response's `api_url`, say): nothing is sent there. `source` names where it came from.
        case cleartext(url: String, source: String)
    }

    public let kind: Kind
    /// The endpoint path without its query, e.g. `/report/daily`.
    public let endpoint: String

    /// Every text Zoom (or a proxy in front of it) sent is scrubbed of the process's secrets
    /// here, the one door it comes through: an echo of the request's `Authorization` header must
    /// reach no log, stderr or table.
    public init(_ kind: Kind, endpoint: String) {
        self.kind = kind.scrubbed
        self.endpoint = Secret.scrub(endpoint)
    }

    public var description: String {
        switch kind {
        case .oauth(_, let error, let reason):
            "Zoom refused the credentials (\(error): \(reason)); check ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET"
        case .api(let status, let code, let message):
            "Zoom answered \(endpoint) with HTTP \(status)\(code.map { ", code \($0)" } ?? ""): \(message)"
        case .transport(let error):
            error.description
        case .brokenBody(let detail), .decoding(let detail):
            "Zoom's answer to \(endpoint) could not be read: \(detail)"
        case .graphQL(let code, let message):
            "Zoom's GraphQL answer for \(endpoint) has errors\(code.map { " (code \($0))" } ?? ""): \(message)"
        case .quotaSpent(let retryAt):
            "Zoom's daily request quota is spent\(retryAt.map { "; it resets at \($0.ISO8601Format())" } ?? ""); progress is saved, run again later"
        case .retriesExhausted(let attempts, let last):
            "\(endpoint) kept failing after \(attempts) attempts; last: \(last)"
        case .rateLimited(let waits):
            "Zoom kept refusing \(endpoint) for its rate limit (\(waits) waits); other apps may be using the account's budget; progress is saved, run again later"
        case .endlessListing(let detail):
            "Zoom's listing \(endpoint) does not end: \(detail); stopped reading it"
        case .waitTooLong(let seconds):
            "Zoom asked to wait \(seconds) s before sending \(endpoint) again, longer than a run waits; progress is saved, run again later"
        case .cleartext(let url, let source):
            "\(source) is \(String(reflecting: url)), which is not https; refusing to send credentials in clear (http is only for loopback hosts)"
        }
    }

    public var debugDescription: String { "ZoomError(\(kind), endpoint: \(endpoint))" }

    /// Code 200 ("No permission", "Only available for paid account", QSS "Event subscription not
    /// found") or code 400 "only available for ... Business or higher".
    static func refusesThePlan(status: Int, code: Int?, message: String) -> Bool {
        guard status == 400 || status == 403 else { return false }
        if code == 200 { return true }
        return code == 400 && message.localizedCaseInsensitiveContains("only available for")
    }

    /// Zoom's own words, without the request path (which may carry a meeting UUID): what
    /// `status` shows as the reason a stream is unavailable.
    public var reason: String {
        if case .api(_, let code, let message) = kind { return "Zoom code \(code.map(String.init) ?? "-"): \(message)" }
        if case .graphQL(let code, let message) = kind { return "Zoom GraphQL code \(code ?? "-"): \(message)" }
        return description
    }
}

extension ZoomError.Kind {
    /// The same kind with `Secret.scrub` applied to every text it carries.
    var scrubbed: ZoomError.Kind {
        let scrub = Secret.scrub
        switch self {
        case .oauth(let status, let error, let reason): return .oauth(status: status, error: scrub(error), reason: scrub(reason))
        case .api(let status, let code, let message): return .api(status: status, code: code, message: scrub(message))
        case .transport(let error): return .transport(HTTPError(kind: error.kind, url: scrub(error.url), detail: scrub(error.detail)))
        case .brokenBody(let detail): return .brokenBody(detail: scrub(detail))
        case .decoding(let detail): return .decoding(detail: scrub(detail))
        case .graphQL(let code, let message): return .graphQL(code: code.map(scrub), message: scrub(message))
        case .retriesExhausted(let attempts, let last): return .retriesExhausted(attempts: attempts, last: scrub(last))
        case .cleartext(let url, let source): return .cleartext(url: scrub(url), source: source)
        case .endlessListing(let detail): return .endlessListing(detail: scrub(detail))
        case .quotaSpent, .rateLimited, .waitTooLong: return self
        }
    }
}

/// Zoom's REST error body.
struct ZoomErrorBody: Decodable {
    let code: Int?
    let message: String?
}

/// The OAuth token endpoint's error body.
struct OAuthErrorBody: Decodable {
    let reason: String?
    let error: String?
}
