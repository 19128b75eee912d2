import Foundation
import Hummingbird

/// Where each fault of a `FaultPlan` strikes in the life of a request.
extension SandboxResponder {
    /// Whether `fault` can happen to this request at all.
    static func canInject(_ fault: SandboxFault, route: SandboxRoute, query: QueryParameters, body: ByteBuffer) -> Bool {
        switch fault {
        case .expiredPageToken: return !(route.pageToken(query, body) ?? "").isEmpty
        case .revokedToken: return route.category != nil
        default: return true
        }
    }

    /// Acts on a fault that strikes before the endpoint runs. Returns the answer that replaces the
    /// endpoint's (a 5xx, a 429, or nothing at all after a hang-up), or nil to serve the request.
    func preempt(_ fault: InjectedFault, _ request: EndpointRequest, category: RateLimitCategory?, accountId: String?,
                 _ context: SandboxRequestContext) async -> SandboxResponse? {
        let plan = state.chaos.plan
        switch fault.fault {
        case .serverError:
            return .injectedServerError(fault.variant)
        case .rateLimited, .bareRateLimited:
            var headers: RateLimitHeaders?
            if fault.fault == .rateLimited, let category, let accountId, let account = state.configuration.account(id: accountId) {
                headers = state.limiter.peek(accountId: accountId, category: category, policy: state.policy(for: account),
                                             monotonic: state.monotonicSeconds, now: request.now)
            }
            return .injectedRateLimit(headers: headers, retryAfterSeconds: plan?.retryAfterSeconds ?? 1)
        case .connectionReset:
            await context.hangUp()
            return SandboxResponse(status: .internalServerError)
        case .stall:
            // Then answer normally: the client has long given up, as it would on a stalled Zoom.
            try? await Task.sleep(for: plan?.stall ?? .seconds(30))
            return nil
        case .revokedToken:
            state.tokens.revokeAll()
            return nil
        case .expiredPageToken:
            state.pageTokens.expireAll()
            return nil
        case .hostileRetryAfter:
            var headers: RateLimitHeaders?
            if let category, let accountId, let account = state.configuration.account(id: accountId) {
                headers = state.limiter.peek(accountId: accountId, category: category, policy: state.policy(for: account),
                                             monotonic: state.monotonicSeconds, now: request.now)
            }
            let values = ["31536000", "1e300", "inf", "nan", "-5"]
            return .injectedRateLimit(headers: headers, retryAfter: plan?.hostileRetryAfter ?? values[Int(fault.variant % UInt64(values.count))])
        case .echoedAuthorization:
            return .echoedAuthorization(request.headers[.authorization])
        case .truncatedBody, .malformedBody, .oversizedBody, .wrongTypes, .nulInText, .cyclingPageToken:
            return nil
        }
    }

    /// Damages the endpoint's answer as a body fault says, and spoils records under `wrongTypes`.
    /// Returns the fault that was applied: a body fault needs a body (a 2xx one, except truncation).
    func damage(_ response: SandboxResponse, _ fault: InjectedFault?, _ request: EndpointRequest, accountId: String?) -> (SandboxResponse, InjectedFault?) {
        var response = response
        var applied = fault
        switch fault?.fault {
        case .cyclingPageToken:
            if let cycled = cyclePageToken(response, request, accountId: accountId) { response = cycled } else { applied = nil }
        case .malformedBody:
            if response.isSuccess { response = response.malformed(fault!.variant) } else { applied = nil }
        case .oversizedBody:
            if !response.isSuccess { applied = nil }
        case .truncatedBody:
            if response.body.readableBytes < 2 { applied = nil }
        default:
            break
        }
        if response.isSuccess, applied?.fault != .malformedBody,
           let spoiled = state.chaos.spoiledRecords(in: Data(buffer: response.body)) {
            response.body = ByteBuffer(bytes: spoiled.body)
            // The request log names one fault per request: a type spoiled before a NUL.
            if applied == nil { applied = InjectedFault(fault: spoiled.faults.contains(.wrongTypes) ? .wrongTypes : .nulInText, variant: 0) }
        }
        return (response, applied)
    }
}
