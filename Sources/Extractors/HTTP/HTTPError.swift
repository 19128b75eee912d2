import CCurl

/// A request that produced no HTTP response: the network, TLS, a timeout, or an oversized body.
public struct HTTPError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A curl error code (CURLE_*).
        case transport(code: Int)
        case bodyTooLarge(limit: Int)
    }

    public let kind: Kind
    /// The URL without its query, which may carry identifiers but never secrets.
    public let url: String
    public let detail: String

    init(kind: Kind, url: String, detail: String) {
        self.kind = kind
        self.url = String(url.prefix { $0 != "?" })
        self.detail = detail
    }

    public var description: String {
        switch kind {
        case .transport: "could not reach \(url): \(detail)"
        case .bodyTooLarge(let limit): "\(url) answered with a body over \(limit >> 20) MiB; refusing to load it"
        }
    }

    /// Transport failures are usually passing (a reset, a stall); TLS and resolution failures are not.
    public var isTransient: Bool {
        guard case .transport(let code) = kind else { return false }
        let permanent: [CURLcode] = [CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT, CURLE_COULDNT_RESOLVE_HOST,
                                     CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM]
        return !permanent.contains { Int($0.rawValue) == code }
    }
}

/// The one HTTP client of the process: libcurl underneath, shared connections, async calls.
public struct HTTPClient: Sendable {
    public let configuration: HTTPClientConfiguration

    public init(configuration: HTTPClientConfiguration = .init()) {
        self.configuration = configuration
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try await CurlMultiLoop.shared.perform(request, configuration: configuration)
    }

    /// The most response-body bytes the process held at once since `resetBodyPeak`, being
    /// received or delivered and not yet freed (`HTTPClientConfiguration.bodyBudgetBytes`), for
    /// tests and the benchmark.
    public static var peakBodyBytesInFlight: Int { CurlMultiLoop.shared.budget.peakBytes }

    /// The response-body bytes the process holds now (`BodyBudget`).
    public static var bodyBytesHeld: Int { CurlMultiLoop.shared.budget.charged }

    public static func resetBodyPeak() { CurlMultiLoop.shared.budget.resetPeak() }
}
