import Foundation
import Hummingbird
import Logging

/// Answers every request: routing, injected faults, authorisation, rate limits, the endpoint, the log.
///
/// The order follows what a client of Zoom observes: an unknown path is 404 whoever asks; a bad
/// token is 401 before any budget is spent; a refused request (429) reaches no endpoint; an
/// endpoint's own errors (400 code 200 or 300) have spent budget, as at Zoom. A `FaultPlan`'s
/// fault acts where its real counterpart would: a gateway's 5xx, a 429, a reset or a stall before
/// the endpoint; a revoked or expired token just before it; damaged bodies after it.
struct SandboxResponder: HTTPResponder {
    typealias Context = SandboxRequestContext

    let state: SandboxState
    let routes: [SandboxRoute]

    func respond(to request: Request, context: SandboxRequestContext) async throws -> Response {
        var request = request
        let now = state.configuration.now()
        let path = request.uri.path
        let query = QueryParameters(encoded: request.uri.query)
        let body = (try? await request.collectBody(upTo: 1 << 20)) ?? ByteBuffer()

        var accountId: String?
        var category: RateLimitCategory?
        var response: SandboxResponse
        var fault: InjectedFault?
        let bearer = SandboxResponder.bearerToken(request.headers[.authorization])
        if case .valid(let id) = state.tokens.validate(bearer, now: now) {
            accountId = id
        } else if let (clientId, secret) = OAuthTokenEndpoint.basicCredentials(request.headers[.authorization]) {
            // The token endpoint's caller is known by its client credentials.
            accountId = state.configuration.accounts.first { $0.clientId == clientId && $0.clientSecret == secret }?.accountId
        }

        switch routes.lookup(method: request.method, path: path) {
        case .notFound:
            response = .zoomError(.notFound, code: 404, message: "Not found")
        case .methodNotAllowed(let allowed):
            response = .zoomError(.methodNotAllowed, code: 405, message: "Method not allowed")
            response.headers[.allowedMethods] = allowed.map(\.rawValue).joined(separator: ", ")
        case .found(let route, let parameters):
            category = route.category
            let endpointRequest = EndpointRequest(
                method: request.method, path: path, pathParameters: parameters, query: query,
                headers: request.headers, body: body, now: now, account: nil, state: state
            )
            fault = state.chaos.draw(method: request.method.rawValue, path: path, query: query, isOAuth: route.category == nil) {
                Self.canInject($0, route: route, query: query, body: body)
            }
            // Counted when drawn: a stalled answer is logged only once the stall is over.
            if let fault, !fault.fault.damagesBody { state.chaos.recordInjected(fault.fault) }
            if let injected = fault, let answer = await preempt(injected, endpointRequest, category: route.category, accountId: accountId, context) {
                response = answer
            } else {
                response = await serve(route, endpointRequest, bearer: bearer, accountId: accountId)
                (response, fault) = damage(response, fault, endpointRequest, accountId: accountId)
                if let fault, fault.fault.damagesBody { state.chaos.recordInjected(fault.fault) }
            }
        }

        let hungUp = fault?.fault == .connectionReset
        state.log.append(SandboxRequest(
            accountId: accountId, method: request.method.rawValue, path: path, queryItems: query.items,
            status: hungUp ? 0 : response.status.code, category: category, time: now, fault: fault?.fault
        ))
        state.configuration.logger.debug("\(request.method) \(path) -> \(response.status.code)", metadata: [
            "account": .string(accountId ?? "-"), "fault": .string(fault?.fault.rawValue ?? "-"),
        ])
        return response.wire(fault?.fault, plan: state.chaos.plan)
    }

    private func serve(_ route: SandboxRoute, _ request: EndpointRequest, bearer: String?, accountId: String?) async -> SandboxResponse {
        // Injected faults come first, so a test can fail any request, even the token endpoint.
        if let fault = state.faults.take(path: request.path) {
            var response = SandboxResponse.zoomError(.init(code: fault.status), code: fault.code, message: fault.message)
            if let category = route.category, let accountId, let account = state.configuration.account(id: accountId) {
                let headers = state.limiter.peek(accountId: accountId, category: category, policy: state.policy(for: account),
                                                 monotonic: state.monotonicSeconds, now: request.now)
                response.headers.apply(headers)
            }
            return response
        }

        switch route.access {
        case .open:
            return await run(route, request)
        case .bearer(let category, let scopes):
            let account: SandboxAccount
            switch state.tokens.validate(bearer, now: request.now) {
            case .expired:
                return .zoomError(.unauthorized, code: 124, message: "Access token is expired.")
            case .invalid:
                return .zoomError(.unauthorized, code: 124, message: "Invalid access token.")
            case .valid(let id):
                guard let known = state.configuration.account(id: id) else {
                    return .zoomError(.unauthorized, code: 124, message: "Invalid access token.")
                }
                account = known
            }
            // Zoom's missing-scope answer (zoom-api.md §6: 4700/4711 seen with HTTP 400).
            guard scopes.isEmpty || scopes.contains(where: account.scopes.contains) else {
                return .zoomError(.badRequest, code: 4711,
                                  message: "Invalid access token, does not contain scopes:[\(scopes.joined(separator: ", "))].")
            }
            let decision = state.limiter.admit(
                accountId: account.accountId, category: category, policy: state.policy(for: account),
                monotonic: state.monotonicSeconds, now: request.now, enforce: state.configuration.enforceRateLimits
            )
            var response: SandboxResponse
            switch decision {
            case .allowed:
                response = await run(route, request.authenticated(as: account))
            case .overPerSecond:
                response = .zoomError(.tooManyRequests, code: 429,
                                      message: "You have reached the maximum per-second rate limit for this API. Try again later.")
            case .overDaily:
                response = .zoomError(.tooManyRequests, code: 429, message: """
                    You have reached the maximum daily rate limit for this API. \
                    Refer to the response header for details on when you can make another request.
                    """)
            }
            response.headers.apply(decision.headers)
            return response
        }
    }

    private func run(_ route: SandboxRoute, _ request: EndpointRequest) async -> SandboxResponse {
        do {
            return try await route.handler(request)
        } catch let failure as EndpointFailure {
            return failure.response
        } catch {
            state.configuration.logger.error("sandbox endpoint failed: \(error)")
            return .zoomError(.internalServerError, code: 500, message: "Internal server error.")
        }
    }

    /// The token of `Authorization: Bearer <token>`; the scheme is case-insensitive.
    static func bearerToken(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }
}

extension EndpointRequest {
    func authenticated(as account: SandboxAccount) -> EndpointRequest {
        EndpointRequest(method: method, path: path, pathParameters: pathParameters, query: query, headers: headers,
                        body: body, now: now, account: account, state: state)
    }
}

extension HTTPFields {
    mutating func apply(_ headers: RateLimitHeaders) {
        self[.rateLimitCategory] = headers.category.rawValue
        self[.rateLimitType] = headers.type.rawValue
        self[.rateLimitLimit] = String(headers.limit)
        self[.rateLimitRemaining] = String(headers.remaining)
        if let retryAfter = headers.retryAfter {
            self[.retryAfter] = retryAfter
        }
    }
}
