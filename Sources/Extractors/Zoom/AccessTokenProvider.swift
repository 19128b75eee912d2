import Foundation
import Logging

/// A Server-to-Server OAuth access token and what came with it.
public struct AccessToken: Sendable {
    public let value: Secret
    public let expiresAt: Date
    public let scopes: [String]
    /// The account's regional API base from the token response, e.g. `https://api-eu.zoom.us`.
    public let apiURL: String?
    /// 1 for the first token the provider minted, 2 for the next: which of two tokens is newer.
    let generation: Int
}

/// Mints tokens with `grant_type=account_credentials` and reuses each until shortly before it expires.
///
/// One refresh at a time: concurrent callers share the in-flight request (STYLE.md §7).
actor AccessTokenProvider {
    private let http: HTTPClient
    private let tokenURL: String
    private let credentials: ZoomCredentials
    private let logger: Logger
    private let now: @Sendable () -> Date
    private var current: AccessToken?
    private var refreshing: Task<AccessToken, any Error>?
    private(set) var tokensIssued = 0
    /// Tokens minted because Zoom refused the current one (code 124), this run.
    private var renewals = 0
    /// Renewals a run may make: Zoom revokes a token when the app is deactivated or its secret
    /// rotated, which happens rarely; past this many the credentials lost access.
    static let maxRenewals = 20

    /// Attempts of the token request for passing failures, and the wait before attempt n + 1:
    /// the client's, so the token endpoint is retried like every other request.
    private let maxAttempts: Int
    private let backoff: @Sendable (Int) -> Duration

    init(http: HTTPClient, oauthBase: String, credentials: ZoomCredentials, logger: Logger, now: @escaping @Sendable () -> Date,
         maxAttempts: Int = 1, backoff: @escaping @Sendable (Int) -> Duration = { _ in .zero }) {
        self.http = http
        self.tokenURL = oauthBase.trimmingSuffix("/") + "/oauth/token"
        self.credentials = credentials
        self.logger = logger
        self.now = now
        self.maxAttempts = maxAttempts
        self.backoff = backoff
    }

    /// A token valid for a while yet: the cached one, or a new one.
    func token() async throws -> AccessToken {
        if let current, now() < current.expiresAt { return current }
        if let refreshing { return try await refreshing.value }
        let task = Task { try await self.fetch() }
        refreshing = task
        defer { refreshing = nil }
        let token = try await task.value
        current = token
        return token
    }

    /// Zoom answered 401 code 124 to a request sent with `rejected`. Single-flight per token
    /// generation: the first refusal of the current token drops it (the next `token()` mints
    /// one); a refusal of an older token costs nothing, since a newer one is already there.
    /// Returns false once the run's renewals are spent.
    func refused(_ rejected: AccessToken) -> Bool {
        guard let current, current.generation <= rejected.generation else { return true }
        guard renewals < Self.maxRenewals else { return false }
        renewals += 1
        self.current = nil
        return true
    }

    /// The token request with the client's discipline for passing failures (a 5xx, a 429, a
    /// reset, a body cut short): retried with backoff within the attempt budget. Zoom's OAuth
    /// refusals (`{reason, error}`) are never retried: the credentials are wrong.
    private func fetch() async throws -> AccessToken {
        var attempt = 0
        while true {
            try Task.checkCancellation()
            attempt += 1
            do {
                return try await fetchOnce()
            } catch let error as ZoomError where error.recovery == .retry {
                guard attempt < maxAttempts else {
                    throw ZoomError(.retriesExhausted(attempts: attempt, last: error.description), endpoint: "/oauth/token")
                }
                let wait = backoff(attempt)
                logger.warning("retrying after a passing failure", metadata: [
                    "event": "retry", "endpoint": "/oauth/token", "attempt": .stringConvertible(attempt), "error": "\(error)",
                    "wait_ms": .stringConvertible(wait.milliseconds),
                ])
                try await Task.sleep(for: wait)
            }
        }
    }

    private func fetchOnce() async throws -> AccessToken {
        if let refusal = CleartextPolicy.refusal(tokenURL) {
            throw ZoomError(.cleartext(url: tokenURL, source: "the OAuth URL (\(refusal))"), endpoint: "/oauth/token")
        }
        // A Secret, so an echo of the header is scrubbed from whatever text carries it back.
        let basic = Secret(Data("\(credentials.clientId):\(credentials.clientSecret.revealed)".utf8).base64EncodedString())
        let form = "grant_type=account_credentials&account_id=\(credentials.accountId.formURLEncoded)"
        let request = HTTPRequest(
            method: .post, url: tokenURL,
            headers: [("Authorization", "Basic \(basic.revealed)"), ("Content-Type", "application/x-www-form-urlencoded"), ("Accept", "application/json")],
            body: Array(form.utf8)
        )
        let issuedAt = now()
        let response: HTTPResponse
        do {
            response = try await http.send(request)
        } catch let error as HTTPError {
            throw ZoomError(.transport(error), endpoint: "/oauth/token")
        }
        guard response.status == 200 else {
            let body = try? JSONDecoder().decode(OAuthErrorBody.self, from: response.body)
            if let body, body.error != nil || body.reason != nil {
                throw ZoomError(.oauth(status: response.status, error: body.error ?? "unknown", reason: body.reason ?? "no reason given"),
                                endpoint: "/oauth/token")
            }
            let zoomBody = try? JSONDecoder().decode(ZoomErrorBody.self, from: response.body)
            throw ZoomError(.api(status: response.status, code: zoomBody?.code, message: zoomBody?.message ?? "no error body"),
                            endpoint: "/oauth/token")
        }
        struct Body: Decodable {
            let access_token: String
            let expires_in: Int
            let scope: String?
            let api_url: String?
        }
        guard let body = try? JSONDecoder().decode(Body.self, from: response.body), !body.access_token.isEmpty else {
            // Not JSON at all is a body cut short or a proxy's page: passing, like a 5xx.
            guard (try? JSONSerialization.jsonObject(with: response.body)) != nil else {
                throw ZoomError(.brokenBody(detail: "the token response is not JSON"), endpoint: "/oauth/token")
            }
            throw ZoomError(.decoding(detail: "the token response lacks access_token or expires_in"), endpoint: "/oauth/token")
        }
        let token = Secret(body.access_token)
        let apiURL = body.api_url.flatMap { $0.isEmpty ? nil : $0 }
        // The bearer token goes wherever api_url says (zoom-api.md §1): never in clear.
        if let apiURL, CleartextPolicy.refusal(apiURL) != nil {
            throw ZoomError(.cleartext(url: apiURL, source: "the token response's api_url"), endpoint: "/oauth/token")
        }
        tokensIssued += 1
        // Renew a little early: Zoom's lifetime is about an hour but not exactly 3600 s (zoom-api.md §1).
        let margin = min(300, Double(body.expires_in) / 10)
        logger.debug("obtained an access token", metadata: ["expires_in": "\(body.expires_in)"])
        return AccessToken(
            value: token,
            expiresAt: issuedAt.addingTimeInterval(Double(body.expires_in) - margin),
            scopes: (body.scope ?? "").split(separator: " ").map(String.init),
            apiURL: apiURL,
            generation: tokensIssued
        )
    }
}

extension String {
    /// Percent-encodes for a query value or form field: only unreserved characters stay as they are.
    var formURLEncoded: String {
        addingPercentEncoding(withAllowedCharacters: .urlUnreserved) ?? self
    }

    func trimmingSuffix(_ suffix: String) -> String {
        var result = self
        while result.hasSuffix(suffix) { result.removeLast(suffix.count) }
        return result
    }
}

extension CharacterSet {
    /// RFC 3986 unreserved characters.
    static let urlUnreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
