import Foundation
import Hummingbird
import Records

/// One endpoint of the imitation: method, path pattern, how it is authorised and rate-limited,
/// and the handler. Each endpoint file declares one (or a few) and `SandboxRoutes.all` lists them.
struct SandboxRoute: Sendable {
    enum Access: Sendable {
        /// No bearer token: the OAuth token endpoint.
        case open
        /// A sandbox-issued bearer token with any one of `scopes`; counted in `category`.
        case bearer(category: RateLimitCategory, scopes: [String])
    }

    typealias Handler = @Sendable (EndpointRequest) async throws -> SandboxResponse

    let method: HTTPRequest.Method
    let pattern: [Segment]
    let access: Access
    let handler: Handler

    /// `path` is literal segments and `{name}` parameters, e.g. `/v2/report/meetings/{meetingId}/participants`.
    init(_ method: HTTPRequest.Method, _ path: String, access: Access, handler: @escaping Handler) {
        self.method = method
        self.pattern = path.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(String(part.dropFirst().dropLast())) : .literal(String(part))
        }
        self.access = access
        self.handler = handler
    }

    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    var category: RateLimitCategory? {
        if case .bearer(let category, _) = access { return category }
        return nil
    }

    /// The path parameters if `segments` fit the pattern.
    ///
    /// `segments` are the raw path split at literal `/`, each percent-decoded once: a UUID sent
    /// double-encoded (`%252Fabc%253D%253D`) reaches its handler still encoded once, so the handler
    /// decodes it again, which is what Zoom demands of UUIDs starting with `/` (zoom-api.md §5).
    func match(_ segments: [String]) -> [String: String]? {
        guard segments.count == pattern.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, part) in zip(segments, pattern) {
            switch part {
            case .literal(let literal):
                guard segment == literal else { return nil }
            case .parameter(let name):
                parameters[name] = segment
            }
        }
        return parameters
    }
}

/// What a handler sees: the parsed request, the authenticated account, and the sandbox's state.
struct EndpointRequest: Sendable {
    let method: HTTPRequest.Method
    let path: String
    let pathParameters: [String: String]
    let query: QueryParameters
    let headers: HTTPFields
    let body: ByteBuffer
    /// The sandbox clock when the request arrived.
    let now: Date
    /// The account the bearer token belongs to; nil on open routes.
    let account: SandboxAccount?
    let state: SandboxState

    /// The authenticated account's model, with its current revisions.
    var model: SyntheticAccount {
        guard let account else { preconditionFailure("model used on an open route") }
        return state.model(accountId: account.accountId)
    }

    /// The authenticated account's calendar day now.
    var today: CivilDate {
        guard let account else { preconditionFailure("today used on an open route") }
        return CivilDate(now, in: account.timeZone)
    }

    /// The body as form parameters (`application/x-www-form-urlencoded`).
    var form: QueryParameters {
        QueryParameters(encoded: String(buffer: body))
    }
}

enum RouteLookup {
    case found(SandboxRoute, parameters: [String: String])
    /// The path exists for other methods.
    case methodNotAllowed(allowed: [HTTPRequest.Method])
    case notFound
}

extension Array where Element == SandboxRoute {
    func lookup(method: HTTPRequest.Method, segments: [String]) -> RouteLookup {
        var allowed: [HTTPRequest.Method] = []
        for route in self {
            guard let parameters = route.match(segments) else { continue }
            if route.method == method { return .found(route, parameters: parameters) }
            allowed.append(route.method)
        }
        return allowed.isEmpty ? .notFound : .methodNotAllowed(allowed: allowed)
    }
}
