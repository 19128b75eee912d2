import Foundation
import Synchronization

/// One request the sandbox answered, for tests to assert on what a client sent.
public struct SandboxRequest: Sendable, Hashable {
    /// The account, when the credentials or token identified one.
    public let accountId: String?
    public let method: String
    /// The path without the query, as sent (not percent-decoded).
    public let path: String
    public let queryItems: [URLQueryItem]
    /// The status sent; 0 when an injected fault hung up without answering.
    public let status: Int
    /// The route's rate-limit category; nil for OAuth and unknown routes.
    public let category: RateLimitCategory?
    /// The sandbox clock when the request arrived.
    public let time: Date
    /// The fault a `FaultPlan` injected into this request, if any.
    public var fault: SandboxFault? = nil

    /// The first value of query parameter `name`.
    public func query(_ name: String) -> String? {
        queryItems.first { $0.name == name }.map { $0.value ?? "" }
    }
}

/// Every request, in arrival order of completion.
final class RequestLog: Sendable {
    private let entries = Mutex<[SandboxRequest]>([])

    func append(_ entry: SandboxRequest) {
        entries.withLock { $0.append(entry) }
    }

    var all: [SandboxRequest] { entries.withLock { $0 } }

    func clear() {
        entries.withLock { $0.removeAll() }
    }
}
