import Foundation
import Logging
import TestSupport
import Testing
import ZoomSandbox
@testable import Extractors

/// Finding 12 of issue 11: the token request is retried like any request (same attempts and
/// backoff); Zoom's OAuth refusals `{reason, error}` stay fatal.
@Suite struct TokenRetryTests {
    let account = SandboxAccount.demo

    func client(_ url: URL, secret: String? = nil, maxAttempts: Int = 4) -> ZoomClient {
        let credentials = ZoomCredentials(accountId: account.accountId, clientId: account.clientId,
                                          clientSecret: Secret(secret ?? account.clientSecret))
        return ZoomClient(ZoomClientConfiguration(credentials: credentials, oauthURL: url.absoluteString, plan: .business,
                                                  maxAttempts: maxAttempts, backoffBase: .milliseconds(5)), logger: Logger(label: "test"))
    }

    static func oauthFaults(_ rates: [SandboxFault: FaultPlan.Rate]) -> SandboxConfiguration {
        var configuration = SandboxConfiguration()
        configuration.faultPlan = FaultPlan(seed: 12, rates: rates, paths: ["/oauth/token"], includeOAuth: true)
        return configuration
    }

    var tokenStatuses: (ZoomSandbox) -> [Int] {
        { sandbox in sandbox.requestLog.filter { $0.path == "/oauth/token" }.map(\.status) }
    }

    @Test(arguments: [SandboxFault.serverError, .connectionReset, .truncatedBody, .malformedBody])
    func aPassingFailureOfTheTokenEndpointIsRetried(fault: SandboxFault) async throws {
        try await withSandbox(Self.oauthFaults([fault: FaultPlan.Rate(1, burst: 2...2, limit: 1)])) { sandbox, url in
            let client = client(url)
            let token = try await client.authenticate()
            #expect(!token.value.revealed.isEmpty)
            #expect(await client.tokensIssued == 1)
            #expect(tokenStatuses(sandbox).count == 3, "\(tokenStatuses(sandbox))")
            #expect(tokenStatuses(sandbox).last == 200)
            // The data request after it is served with that token.
            _ = try await client.get("/report/daily", category: .heavy)
        }
    }

    @Test func anOutageOfTheTokenEndpointGivesUpAfterTheClientsAttempts() async throws {
        try await withSandbox(Self.oauthFaults([.serverError: .permanent()])) { sandbox, url in
            let error = try await #require(throws: ZoomError.self) { try await client(url, maxAttempts: 3).authenticate() }
            guard case .retriesExhausted(let attempts, _) = error.kind else {
                Issue.record("expected retries to run out, got \(error)")
                return
            }
            #expect(attempts == 3)
            #expect(tokenStatuses(sandbox).count == 3)
        }
    }

    @Test func anOAuthRefusalIsNeverRetried() async throws {
        try await withSandbox { sandbox, url in
            let error = try await #require(throws: ZoomError.self) { try await client(url, secret: "wrong-\(UUID().uuidString)").authenticate() }
            guard case .oauth = error.kind else {
                Issue.record("expected Zoom's OAuth refusal, got \(error)")
                return
            }
            #expect(error.recovery == .fatal(.credentials))
            #expect(tokenStatuses(sandbox) == [400])
        }
    }
}
