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
    /// The page token a request carries (nil or "": none), so `SandboxFault.expiredPageToken`
    /// strikes only requests that have one to expire.
    typealias PageTokenReader = @Sendable (QueryParameters, ByteBuffer) -> String?

    let method: HTTPRequest.Method
    let pattern: [Segment]
    let access: Access
    let pageToken: PageTokenReader
    let handler: Handler

    /// `path` is literal segments, `{name}` parameters and at most one `{name...}`, e.g.
    /// `/v2/report/meetings/{meetingUUID...}/participants`.
    /// A REST route's page token is its `next_page_token`; GraphQL's cursor is in the body.
    init(_ method: HTTPRequest.Method, _ path: String, access: Access,
         pageToken: @escaping PageTokenReader = { query, _ in query["next_page_token"] }, handler: @escaping Handler) {
        self.method = method
        self.pattern = path.split(separator: "/").map { part in
            guard part.hasPrefix("{") && part.hasSuffix("}") else { return .literal(String(part)) }
            let name = part.dropFirst().dropLast()
            return name.hasSuffix("...") ? .rawRest(String(name.dropLast(3))) : .parameter(String(name))
        }
        precondition(pattern.count { if case .rawRest = $0 { true } else { false } } <= 1, "at most one {name...} per route")
        self.access = access
        self.pageToken = pageToken
        self.handler = handler
    }

    enum Segment: Sendable, Equatable {
        case literal(String)
        /// One segment, percent-decoded once.
        case parameter(String)
        /// One or more raw segments, joined by `/` and not decoded: a meeting UUID, whose encoding
        /// the endpoint must judge itself, since Zoom refuses some spellings (zoom-api.md §5).
        case rawRest(String)
    }

    var category: RateLimitCategory? {
        if case .bearer(let category, _) = access { return category }
        return nil
    }

    /// The path parameters if `segments` fit the pattern.
    ///
    /// `segments` are the raw path split at every literal `/` (empty ones kept, so `//` is seen).
    /// Literals and `{name}` compare the segment percent-decoded once; `{name...}` takes the raw
    /// text between the literals before and after it, `/` included.
    func match(_ segments: [Substring]) -> [String: String]? {
        guard let rest = pattern.firstIndex(where: { if case .rawRest = $0 { true } else { false } }) else {
            guard segments.count == pattern.count else { return nil }
            return matchFixed(pattern[...], segments[...])
        }
        let suffixCount = pattern.count - rest - 1
        guard segments.count >= pattern.count, case .rawRest(let name) = pattern[rest],
              var parameters = matchFixed(pattern[..<rest], segments[..<rest]),
              let suffix = matchFixed(pattern[(rest + 1)...], segments[(segments.count - suffixCount)...])
        else { return nil }
        parameters.merge(suffix) { first, _ in first }
        parameters[name] = segments[rest..<(segments.count - suffixCount)].joined(separator: "/")
        return parameters
    }

    private func matchFixed(_ parts: ArraySlice<Segment>, _ segments: ArraySlice<Substring>) -> [String: String]? {
        var parameters: [String: String] = [:]
        for (segment, part) in zip(segments, parts) {
            let decoded = segment.removingPercentEncoding ?? String(segment)
            switch part {
            case .literal(let literal):
                guard decoded == literal else { return nil }
            case .parameter(let name):
                guard !decoded.isEmpty else { return nil }
                parameters[name] = decoded
            case .rawRest:
                return nil
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
    /// The route for a raw path such as `/v2/report/meetings/%252Fabc%253D%253D/participants`.
    func lookup(method: HTTPRequest.Method, path: String) -> RouteLookup {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if segments.first == "" { segments.removeFirst() }
        if segments.count > 1, segments.last == "" { segments.removeLast() }  // a trailing slash
        return lookup(method: method, segments: segments)
    }

    func lookup(method: HTTPRequest.Method, segments: [Substring]) -> RouteLookup {
        var allowed: [HTTPRequest.Method] = []
        for route in self {
            guard let parameters = route.match(segments) else { continue }
            if route.method == method { return .found(route, parameters: parameters) }
            allowed.append(route.method)
        }
        return allowed.isEmpty ? .notFound : .methodNotAllowed(allowed: allowed)
    }
}
