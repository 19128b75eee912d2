import Foundation

/// A failure the sandbox injects on purpose, as a network, a gateway or Zoom itself produces them.
public enum SandboxFault: String, Sendable, Hashable, CaseIterable {
    /// HTTP 500, 502, 503 or 504: Zoom's `{code,message}` or a gateway's HTML page.
    case serverError = "server_error"
    /// HTTP 429 with `X-RateLimit-Type: QPS`, `X-RateLimit-Remaining: 0` and `Retry-After`.
    case rateLimited = "rate_limit"
    /// HTTP 429 with Zoom's per-second message and no rate-limit header at all (zoom-api.md §5:
    /// the headers are undocumented, so a client must cope without them).
    case bareRateLimited = "rate_limit_bare"
    /// The connection closes before any byte of a response.
    case connectionReset = "reset"
    /// The answer comes only after `FaultPlan.stall`, past the client's timeout.
    case stall
    /// `Content-Length` promises the whole answer, half of it is sent, then the connection closes.
    case truncatedBody = "truncate"
    /// A 2xx answer's body is replaced by one that is not JSON (HTML, or JSON cut short), with a
    /// matching `Content-Length`: nothing at the transport level reveals it.
    case malformedBody = "malformed"
    /// Every access token is revoked just before the request, which then gets 401 code 124.
    case revokedToken = "revoke_token"
    /// Every `next_page_token` and GraphQL cursor expires just before a request that carries one:
    /// 400 code 300, or GraphQL's `errors[]` with code "300" (`UsersSchema.expiredCursor`).
    case expiredPageToken = "expire_page_token"
    /// A record's first number is sent as a string. Decided per record, not per request, so the
    /// same records are always bad: a data quirk that runs and reruns agree on.
    case wrongTypes = "wrong_types"
    /// A 2xx JSON answer is padded with whitespace to `FaultPlan.oversizeBytes`.
    case oversizedBody = "oversize"
    /// A text field of a record (its name, topic or email, else its first text field) holds a
    /// U+0000, which Zoom's JSON allows and PostgreSQL `text` cannot store (zoom-api.md §9).
    /// Decided per record, like `wrongTypes`.
    case nulInText = "nul_text"
    /// A listing's page tokens go round: the answer to the third page points back at the second,
    /// A, B, A, B… With `FaultPlan.freshCycleTokens` every token is new, so the chain never
    /// repeats a token and only a page cap ends it.
    case cyclingPageToken = "cycle_page_token"
    /// HTTP 429 with `X-RateLimit-Type: QPS` and a `Retry-After` no client should trust:
    /// `FaultPlan.hostileRetryAfter`, or in turn a year, `1e300`, `inf`, `nan` and `-5`.
    case hostileRetryAfter = "retry_after_hostile"
    /// HTTP 502 whose Zoom-shaped `{code, message}` repeats the request's `Authorization` header,
    /// as a misconfigured proxy's error page does: the bearer token, or on the token endpoint
    /// (`oauth=true`) the Basic credential, comes back in text a client may log or store.
    case echoedAuthorization = "echo_authorization"
}

extension SandboxFault {
    /// Faults that damage the endpoint's answer rather than act before it.
    var damagesBody: Bool {
        switch self {
        case .truncatedBody, .malformedBody, .oversizedBody, .wrongTypes, .nulInText, .cyclingPageToken: true
        default: false
        }
    }
}

/// Which faults the sandbox injects, how often and in what bursts, reproducibly from a seed.
///
/// Each request is known by its method, path and query (without `next_page_token`, which is
/// random). The n-th time a request is seen, a draw keyed by (seed, request, n) decides its fate, so
/// a run meets the same faults whatever order its concurrent requests arrive in, and a retry of a
/// faulted request gets a fresh draw. A drawn fault lasts `burst` consecutive attempts of that
/// request: a burst longer than the client's attempts is a permanent outage. `wrongTypes` is
/// decided per record instead (see there).
public struct FaultPlan: Sendable, Hashable {
    /// How often a fault starts (per request; per record for `wrongTypes`), how many consecutive
    /// attempts of the same request it then lasts, and at most how many times it starts at all.
    public struct Rate: Sendable, Hashable {
        public var probability: Double
        public var burst: ClosedRange<Int>
        /// A cap on how often the fault starts while the plan is set; nil: no cap. A revoked token
        /// is the use: every request in flight then renews its token, and a second revocation
        /// right after would fail the ones that already did, which Zoom never does.
        public var limit: Int?

        public init(_ probability: Double, burst: ClosedRange<Int> = 1...1, limit: Int? = nil) {
            precondition((0...1).contains(probability), "a fault probability is between 0 and 1")
            precondition(burst.lowerBound >= 1, "a burst lasts at least one attempt")
            self.probability = probability
            self.burst = burst
            self.limit = limit
        }

        /// A burst no client outlasts.
        public static func permanent(_ probability: Double = 1) -> Rate {
            Rate(probability, burst: 1_000_000...1_000_000)
        }
    }

    public var seed: UInt64
    public var rates: [SandboxFault: Rate]
    /// Path prefixes the plan applies to (e.g. `/v2/metrics/`); empty: every data endpoint.
    public var paths: [String]
    /// Whether the OAuth token endpoint is faulted too; data endpoints only by default, so a
    /// plan tests how requests are retried rather than whether a run can start.
    public var includeOAuth: Bool
    /// How long a stalled answer waits; make it longer than the client's timeout.
    public var stall: Duration
    /// The `Retry-After` seconds of an injected 429.
    public var retryAfterSeconds: Int
    /// The size an oversized body is padded to.
    public var oversizeBytes: Int
    /// `cyclingPageToken` issues a new token each time instead of going round two.
    public var freshCycleTokens = false
    /// The `Retry-After` text of `hostileRetryAfter`; nil: the variants in turn.
    public var hostileRetryAfter: String?

    public init(seed: UInt64, rates: [SandboxFault: Rate] = [:], paths: [String] = [], includeOAuth: Bool = false,
                stall: Duration = .seconds(30), retryAfterSeconds: Int = 1, oversizeBytes: Int = 80 << 20) {
        self.seed = seed
        self.rates = rates
        self.paths = paths
        self.includeOAuth = includeOAuth
        self.stall = stall
        self.retryAfterSeconds = retryAfterSeconds
        self.oversizeBytes = oversizeBytes
        precondition(requestProbability <= 1, "the per-request fault probabilities add up to more than 1")
    }

    /// Every passing failure a well-behaved client must ride out within one run, none of them
    /// lasting longer than three attempts: the mix `zoom-etl sandbox --faults mix` serves.
    public static func mix(seed: UInt64) -> FaultPlan {
        FaultPlan(seed: seed, rates: [
            .serverError: Rate(0.04, burst: 1...3),
            .rateLimited: Rate(0.01, burst: 1...2),
            .bareRateLimited: Rate(0.02, burst: 1...2),
            .connectionReset: Rate(0.03),
            .stall: Rate(0.01),
            .truncatedBody: Rate(0.03),
            // A 200 whose body is not JSON: as passing as a 5xx (issue 10).
            .malformedBody: Rate(0.02),
            .revokedToken: Rate(0.01, limit: 1),
            // At Zoom a token lives 15 minutes, so a listing that restarted is rarely refused
            // again; the limit keeps a client's bounded restarts enough for the whole run.
            .expiredPageToken: Rate(0.3, limit: 6),
        ])
    }

    /// The faults drawn per request, in the fixed order draws are read in.
    static let perRequest = SandboxFault.allCases.filter { !perRecord.contains($0) }
    /// The faults decided per record instead.
    static let perRecord: Set<SandboxFault> = [.wrongTypes, .nulInText]

    /// The chance a request draws some fault.
    var requestProbability: Double {
        Self.perRequest.reduce(0) { $0 + (rates[$1]?.probability ?? 0) }
    }

    func applies(to path: String, isOAuth: Bool) -> Bool {
        if isOAuth && !includeOAuth { return false }
        return paths.isEmpty || paths.contains { path.hasPrefix($0) }
    }
}
