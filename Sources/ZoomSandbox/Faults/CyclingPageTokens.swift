import Foundation
import Hummingbird

extension SandboxResponder {
    /// The listing answer with its `next_page_token` going round (`SandboxFault.cyclingPageToken`):
    /// pages 1, 2, 3, then 2, 3, 2, 3…, the third page pointing back at the second even when the
    /// listing is shorter. Nil when the answer is no REST listing page (the fault then does nothing).
    func cyclePageToken(_ response: SandboxResponse, _ request: EndpointRequest, accountId: String?) -> SandboxResponse? {
        guard response.isSuccess, let accountId,
              case .object(var fields)? = try? JSONDecoder().decode(LooseJSON.self, from: Data(buffer: response.body)),
              fields["next_page_token"] != nil else { return nil }
        var size = Int(request.query["page_size"] ?? "") ?? 30
        if case .int(let answered)? = fields["page_size"], answered > 0 { size = Int(answered) }
        var offset = 0
        if let token = request.query["next_page_token"], !token.isEmpty {
            guard let resolved = state.pageTokens.resolve(token, accountId: accountId, path: request.path, query: request.query,
                                                          now: request.now) else { return nil }
            offset = resolved
        }
        let next = offset >= 2 * size ? size : offset + size
        let lifetime = state.configuration.pageTokenLifetime
        let token = state.chaos.plan?.freshCycleTokens == true
            ? state.pageTokens.issue(accountId: accountId, path: request.path, query: request.query, offset: next, now: request.now, lifetime: lifetime)
            : state.pageTokens.reusableToken(accountId: accountId, path: request.path, query: request.query, offset: next,
                                             now: request.now, lifetime: lifetime)
        fields["next_page_token"] = .string(token)
        var cycled = response
        cycled.body = ByteBuffer(bytes: LooseJSON.encoded(.object(fields)))
        return cycled
    }
}
