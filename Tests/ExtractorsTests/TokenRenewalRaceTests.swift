import Foundation
import Logging
import Records
import TestSupport
import Testing
import ZoomSandbox
@testable import Extractors

/// Renewal is single-flight per token generation (issue 11, finding 14): many requests in flight
/// through two revocations close together all succeed, and no refusal of an older token mints
/// another one.
@Suite struct TokenRenewalRaceTests {
    @Test func fortyConcurrentRequestsRideOutTwoRevocationsCloseTogether() async throws {
        let account = SandboxAccount.demo
        try await withSandbox { sandbox, url in
            let credentials = ZoomCredentials(accountId: account.accountId, clientId: account.clientId, clientSecret: Secret(account.clientSecret))
            let client = ZoomClient(ZoomClientConfiguration(credentials: credentials, oauthURL: url.absoluteString, plan: .unthrottled,
                                                            backoffBase: .milliseconds(5)),
                                    logger: Logger(label: "test"))
            try await client.authenticate()
            for round in 0..<3 {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 0..<40 {
                        group.addTask {
                            // Two revocations while the first requests are in flight.
                            if index == 5 || index == 12 { sandbox.revokeTokens() }
                            _ = try await client.get("/report/daily", category: .heavy)
                        }
                    }
                    try await group.waitForAll()
                }
                #expect(sandbox.requestLog.filter { $0.path == "/v2/report/daily" && $0.status == 200 }.count == 40 * (round + 1))
            }
            // Each revocation costs one new token, however many requests it refused.
            let issued = await client.tokensIssued
            #expect(issued <= 1 + 2 * 3, "\(issued) tokens for six revocations")
            #expect(sandbox.requestLog.filter { $0.path == "/v2/report/daily" && $0.status == 401 }.count > 0)
        }
    }
}
