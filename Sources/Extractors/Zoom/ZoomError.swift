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
        /// The body was not the JSON the endpoint documents.
        case decoding(detail: String)
        /// Zoom's daily quota for the category is spent; come back after `retryAt`.
        case quotaSpent(retryAt: Date?)
        /// Retries ran out on a passing failure (5xx, resets).
        case retriesExhausted(attempts: Int, last: String)
        /// Zoom kept refusing for its per-second limit (other apps may be using the account's
        /// budget); like a spent quota, the run stops and the next one continues.
        case rateLimited(waits: Int)
    }

    public let kind: Kind
    /// The endpoint path without its query, e.g. `/report/daily`.
    public let endpoint: String

    public init(_ kind: Kind, endpoint: String) {
        self.kind = kind
        self.endpoint = endpoint
    }

    public var description: String {
        switch kind {
        case .oauth(_, let error, let reason):
            "Zoom refused the credentials (\(error): \(reason)); check ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET"
        case .api(let status, let code, let message):
            "Zoom answered \(endpoint) with HTTP \(status)\(code.map { ", code \($0)" } ?? ""): \(message)"
        case .transport(let error):
            error.description
        case .decoding(let detail):
            "Zoom's answer to \(endpoint) could not be read: \(detail)"
        case .quotaSpent(let retryAt):
            "Zoom's daily request quota is spent\(retryAt.map { "; it resets at \($0.ISO8601Format())" } ?? ""); progress is saved, run again later"
        case .retriesExhausted(let attempts, let last):
            "\(endpoint) kept failing after \(attempts) attempts; last: \(last)"
        case .rateLimited(let waits):
            "Zoom kept refusing \(endpoint) for its rate limit (\(waits) waits); other apps may be using the account's budget; progress is saved, run again later"
        }
    }

    public var debugDescription: String { "ZoomError(\(kind), endpoint: \(endpoint))" }

    /// The account's plan or add-ons lack this endpoint (zoom-api.md §8, Entitlements): the stream is
    /// skipped with a warning and the run goes on.
    public var isEntitlementError: Bool {
        guard case .api(let status, let code, let message) = kind, status == 400 || status == 403 else { return false }
        if code == 200 { return true }
        return code == 400 && message.localizedCaseInsensitiveContains("only available for")
    }

    /// Zoom's own words, without the request path (which may carry a meeting UUID): what
    /// `status` shows as the reason a stream is unavailable.
    public var reason: String {
        if case .api(_, let code, let message) = kind { return "Zoom code \(code.map(String.init) ?? "-"): \(message)" }
        return description
    }

    /// The access token expired or was revoked: fetch a new one and retry once (zoom-api.md §6).
    var isExpiredToken: Bool {
        if case .api(401, 124, _) = kind { return true }
        return false
    }

    /// Nothing is wrong but Zoom's budget: the daily quota is spent, or Zoom keeps refusing for
    /// its rate limit. The run stops with what it loaded and exits 75; the next one continues.
    public var isTryLater: Bool {
        switch kind {
        case .quotaSpent, .rateLimited: true
        default: false
        }
    }

    var isRetriable: Bool {
        switch kind {
        case .transport(let error): error.isTransient
        case .api(let status, _, _): status >= 500 || status == 429
        default: false
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
