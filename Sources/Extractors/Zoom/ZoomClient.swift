import Foundation
import Logging
import Synchronization

/// Where and how to reach one Zoom account.
public struct ZoomClientConfiguration: Sendable {
    public var credentials: ZoomCredentials
    /// The OAuth host, `https://zoom.us` unless `ZOOM_OAUTH_URL` says otherwise.
    public var oauthURL: String
    /// The API host; nil takes the token response's `api_url` (the account's region).
    public var apiURL: String?
    public var plan: ZoomPlan
    public var http: HTTPClientConfiguration
    /// Attempts per request for passing failures (5xx, resets, stalls).
    public var maxAttempts: Int
    /// 429s waited out per request; past that the run stops to try later (exit 75), since
    /// Zoom's per-second limits clear quickly and one that does not is spent for a while.
    public var maxRateLimitWaits: Int
    /// The first backoff; each further attempt doubles it, with jitter.
    public var backoffBase: Duration
    /// The longest `Retry-After` a 429 is waited out for; a longer one stops the run to try
    /// later (exit 75) rather than sleep holding the account's lock.
    public var maxRetryAfter: Duration = .seconds(300)
    /// The wall clock that decides when a token is due for renewal and which UTC day a request
    /// counts on against the daily caps (tests inject one).
    public var now: @Sendable () -> Date = { Date() }
    /// The daily caps' ledger, loaded with what earlier runs spent today; nil counts nothing.
    public var quota: DailyQuota?

    public init(credentials: ZoomCredentials, oauthURL: String = "https://zoom.us", apiURL: String? = nil, plan: ZoomPlan = .pro,
                http: HTTPClientConfiguration = .init(), maxAttempts: Int = 6, maxRateLimitWaits: Int = 30, backoffBase: Duration = .milliseconds(500)) {
        self.credentials = credentials
        self.oauthURL = oauthURL
        self.apiURL = apiURL
        self.plan = plan
        self.http = http
        self.maxAttempts = maxAttempts
        self.maxRateLimitWaits = maxRateLimitWaits
        self.backoffBase = backoffBase
    }
}

/// Zoom's REST API for one account: authentication, pacing, retries and Zoom's error model in one place.
public final class ZoomClient: Sendable {
    public let configuration: ZoomClientConfiguration
    private let http: HTTPClient
    private let tokens: AccessTokenProvider
    let budget: RateBudget
    let logger: Logger
    let counters = Mutex(RequestCounters())

    public init(_ configuration: ZoomClientConfiguration, logger: Logger) {
        self.configuration = configuration
        self.http = HTTPClient(configuration: configuration.http)
        let backoffBase = configuration.backoffBase
        self.tokens = AccessTokenProvider(http: http, oauthBase: configuration.oauthURL, credentials: configuration.credentials,
                                          logger: logger, now: configuration.now,
                                          maxAttempts: configuration.maxAttempts, backoff: { Self.backoff($0, base: backoffBase) })
        self.budget = RateBudget(plan: configuration.plan)
        self.logger = logger
    }

    /// Obtains a token now, so bad credentials fail the run before any stream starts.
    @discardableResult
    public func authenticate() async throws -> AccessToken {
        try await tokens.token()
    }

    /// Tokens minted so far (tests check that one token serves many requests).
    public var tokensIssued: Int {
        get async { await tokens.tokensIssued }
    }

    /// API requests sent so far, per category (retries and refused ones included).
    public var requestsSent: [RateLimitCategory: Int] {
        counters.withLock { $0.sent }
    }

    /// Of those, the ones Zoom refused with 429, per category.
    public var requestsRateLimited: [RateLimitCategory: Int] {
        counters.withLock { $0.rateLimited }
    }

    /// Wall time so far in which requests waited for the rate budget (pacing or a 429's pause).
    public var rateLimitWait: Duration {
        counters.withLock { $0.rateLimitWait(at: .now) }
    }

    /// GETs `/v2{path}` and returns the JSON of a 2xx answer.
    ///
    /// `path` must already be percent-encoded (meeting UUIDs need Zoom's double encoding);
    /// query values are encoded here. A 2xx body that does not parse is retried like a 5xx.
    public func get(_ path: String, query: [(String, String)] = [], category: RateLimitCategory) async throws -> JSONValue {
        let queryText = query.map { "\($0.0.formURLEncoded)=\($0.1.formURLEncoded)" }.joined(separator: "&")
        return try await send(path, category: category, request: { base, token in
            HTTPRequest(url: base + "/v2" + path + (queryText.isEmpty ? "" : "?" + queryText),
                        headers: [("Authorization", "Bearer \(token.revealed)"), ("Accept", "application/json")])
        }, decode: { body in try JSONValue.parse(body, endpoint: path) })
    }

    /// POSTs a GraphQL document to `/v3/graphql` and returns its `data`; `errors[]` throw `.graphQL`.
    public func graphQL(_ query: String, variables: [String: JSONValue] = [:], category: RateLimitCategory) async throws -> JSONValue {
        let endpoint = "/v3/graphql"
        let body = JSONValue.object(["query": .string(query), "variables": .object(variables)]).jsonText
        return try await send(endpoint, category: category, request: { base, token in
            HTTPRequest(method: .post, url: base + endpoint,
                        headers: [("Authorization", "Bearer \(token.revealed)"), ("Content-Type", "application/json"), ("Accept", "application/json")],
                        body: Array(body.utf8))
        }, decode: { data in
            let document = try JSONValue.parse(data, endpoint: endpoint)
            // GraphQL reports field errors with HTTP 200 in `errors[]` (zoom-api.md §8); a
            // throttled field is retried by the loop like a 429, an expired cursor restarts the listing.
            if let errors = document["errors"]?.array, !errors.isEmpty {
                let messages = errors.compactMap { $0["message"]?.string }.joined(separator: "; ")
                let code = errors.first?["extensions"]?["code"].flatMap { $0.string ?? $0.int.map(String.init) }
                throw ZoomError(.graphQL(code: code, message: messages.isEmpty ? "no message" : messages), endpoint: endpoint)
            }
            guard let result = document["data"], result != .null else {
                throw ZoomError(.brokenBody(detail: "the GraphQL answer has no data"), endpoint: endpoint)
            }
            return result
        })
    }

    /// Sends one request with Zoom's whole discipline: pacing, the daily cap, a token, one
    /// renewal on code 124, 429s waited out (or the daily quota reported), passing failures
    /// retried with backoff.
    private func send<Value>(_ path: String, category: RateLimitCategory, request makeRequest: (String, Secret) -> HTTPRequest,
                             decode: (Data) throws -> Value) async throws -> Value {
        var attempt = 0
        var rateLimitWaits = 0
        // Refusals of a token minted after this request's previous refusal: a few mean the
        // credentials lost access (zoom-api.md §1), not a revocation Zoom made once.
        var freshRefusals = 0
        var lastRefusedGeneration = 0
        while true {
            try Task.checkCancellation()
            attempt += 1
            try await acquireSlot(category)
            let token = try await tokens.token()
            let base = (configuration.apiURL ?? token.apiURL ?? "https://api.zoom.us").trimmingSuffix("/")
            let request = makeRequest(base, token.value)
            let quotaDay = try spendQuota(category, endpoint: path)
            counters.withLock { $0.sent[category, default: 0] += 1 }

            var failure: ZoomError
            do {
                let response = try await http.send(request)
                await observeRateLimitHeaders(response, category: category)
                if (200..<300).contains(response.status) {
                    await budget.succeeded(category)
                    do {
                        return try decode(response.body)
                    } catch let error as ZoomError where error.recovery == .retry {
                        throw RetryableAnswer(error)
                    }
                }
                failure = Self.error(from: response, endpoint: path)
                if failure.recovery == .renewToken {
                    if token.generation > lastRefusedGeneration { freshRefusals += 1 }
                    lastRefusedGeneration = token.generation
                    if freshRefusals <= Self.maxFreshRefusals, await tokens.refused(token) {
                        attempt -= 1
                        logger.info("access token rejected; using a new one", metadata: ["event": "token_renewed", "endpoint": "\(path)"])
                        continue
                    }
                }
                if response.status == 429 {
                    // Waited out, never a failed run: only the daily limit (or refusals that do
                    // not end) stop it, with exit 75 and everything loaded so far kept.
                    rateLimitWaits += 1
                    attempt -= 1
                    let wait = try await rateLimited(response, category: category, endpoint: path, quotaDay: quotaDay, waits: rateLimitWaits)
                    logger.notice("rate limited by Zoom; waiting", metadata: [
                        "event": "rate_limited", "endpoint": "\(path)", "category": "\(category.rawValue)", "wait_ms": .stringConvertible(wait.milliseconds),
                    ])
                    continue
                }
            } catch let error as HTTPError {
                failure = ZoomError(.transport(error), endpoint: path)
            } catch let answer as RetryableAnswer {
                failure = answer.error
            }
            guard failure.recovery == .retry else { throw failure }
            guard attempt < configuration.maxAttempts else {
                throw ZoomError(.retriesExhausted(attempts: attempt, last: failure.description), endpoint: path)
            }
            let wait = backoff(attempt)
            logger.warning("retrying after a passing failure", metadata: ["event": "retry", "endpoint": "\(path)", "attempt": .stringConvertible(attempt), "error": "\(failure)", "wait_ms": .stringConvertible(wait.milliseconds)])
            try await Task.sleep(for: wait)
        }
    }

    /// Refusals (code 124) of tokens minted after the request's previous refusal that a request
    /// rides out: two revocations close together refuse a request twice.
    static let maxFreshRefusals = 3

    /// Exponential backoff with full jitter, capped at 30 s.
    func backoff(_ attempt: Int) -> Duration {
        Self.backoff(attempt, base: configuration.backoffBase)
    }

    /// The same from the base alone, for the token provider, which is made before the client is.
    static func backoff(_ attempt: Int, base: Duration) -> Duration {
        let ceiling = min(base * (1 << min(attempt - 1, 10)), .seconds(30))
        return ceiling * Double.random(in: 0.5...1.0)
    }

    /// A 2xx answer that must be sent again (a broken body, a throttled GraphQL field).
    private struct RetryableAnswer: Error {
        let error: ZoomError
        init(_ error: ZoomError) { self.error = error }
    }

    static func error(from response: HTTPResponse, endpoint: String) -> ZoomError {
        let body = try? JSONDecoder().decode(ZoomErrorBody.self, from: response.body)
        let message = body?.message ?? (response.body.isEmpty ? "no body" : "a body that is not Zoom's {code,message}")
        return ZoomError(.api(status: response.status, code: body?.code, message: message), endpoint: endpoint)
    }
}
