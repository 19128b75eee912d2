import Foundation
import Logging
import Records
import TestSupport
import Testing
import ZoomSandbox
@testable import Extractors

@Suite struct ZoomClientTests {
    let account = SandboxAccount.demo

    func client(_ url: URL, secret: String? = nil, accountId: String? = nil) -> ZoomClient {
        let credentials = ZoomCredentials(accountId: accountId ?? account.accountId, clientId: account.clientId,
                                          clientSecret: Secret(secret ?? account.clientSecret))
        return ZoomClient(ZoomClientConfiguration(credentials: credentials, oauthURL: url.absoluteString, apiURL: nil, plan: .business,
                                                  backoffBase: .milliseconds(10)),
                          logger: Logger(label: "test"))
    }

    @Test func reusesOneTokenAcrossRequests() async throws {
        try await withSandbox { sandbox, url in
            let client = client(url)
            for _ in 0..<5 {
                _ = try await client.get("/report/daily", category: .heavy)
            }
            #expect(await client.tokensIssued == 1)
            #expect(sandbox.requestLog.filter { $0.path == "/oauth/token" }.count == 1)
        }
    }

    @Test func takesTheAPIBaseFromTheTokenResponse() async throws {
        // apiURL nil: the token's api_url (the sandbox) must be used, with /v2 appended.
        try await withSandbox { sandbox, url in
            _ = try await client(url).get("/report/daily", category: .heavy)
            #expect(sandbox.requestLog.contains { $0.path == "/v2/report/daily" && $0.status == 200 })
        }
    }

    @Test func fetchesANewTokenAfterTheOldOneExpires() async throws {
        // One clock for Zoom and for us: an hour passes without waiting for it.
        let clock = ManualClock(at: "2026-11-25T15:00:00Z")
        var configuration = SandboxConfiguration()
        configuration.now = clock.read
        try await withSandbox(configuration) { sandbox, url in
            var settings = client(url).configuration
            settings.now = clock.read
            let client = ZoomClient(settings, logger: Logger(label: "test"))
            _ = try await client.get("/report/daily", category: .heavy)
            clock.advance(by: .seconds(3000))
            _ = try await client.get("/report/daily", category: .heavy)
            #expect(await client.tokensIssued == 1)
            clock.advance(by: .seconds(601))
            _ = try await client.get("/report/daily", category: .heavy)
            #expect(await client.tokensIssued == 2)
            // Renewed ahead of expiry: Zoom never had to refuse a token.
            #expect(sandbox.requestLog.allSatisfy { $0.status != 401 })
        }
    }

    @Test func aRevokedTokenIsReplacedOnceAndTheRequestSucceeds() async throws {
        try await withSandbox { sandbox, url in
            let client = client(url)
            _ = try await client.get("/report/daily", category: .heavy)
            sandbox.revokeTokens()
            _ = try await client.get("/report/daily", category: .heavy)
            #expect(await client.tokensIssued == 2)
            #expect(sandbox.requestLog.filter { $0.status == 401 }.count == 1)
        }
    }

    @Test func badCredentialsSayZoomsReasonButNeverTheSecret() async throws {
        try await withSandbox { _, url in
            let secret = "wrong-secret-\(UUID().uuidString)"
            let error = try await #require(throws: ZoomError.self) {
                try await client(url, secret: secret).authenticate()
            }
            guard case .oauth(let status, let code, let reason) = error.kind else {
                Issue.record("expected an OAuth error, got \(error)")
                return
            }
            #expect(status == 400)
            #expect(code == "invalid_client")
            #expect(reason == "Invalid client_id or client_secret")
            #expect(!"\(error)".contains(secret))
            #expect(!String(reflecting: error).contains(secret))
        }
    }

    @Test func aZoomErrorCarriesStatusCodeAndMessage() async throws {
        try await withSandbox { sandbox, url in
            sandbox.failNext(1, path: "/v2/report/daily", status: 400, code: 200, message: "No permission.")
            let error = try await #require(throws: ZoomError.self) {
                try await client(url).get("/report/daily", category: .heavy)
            }
            #expect(error.kind == .api(status: 400, code: 200, message: "No permission."))
            #expect(error.recovery == .skipStream)
        }
    }

    @Test func retriesPassingServerErrors() async throws {
        try await withSandbox { sandbox, url in
            sandbox.failNext(2, path: "/v2/report/daily", status: 503, code: 503, message: "Service unavailable")
            _ = try await client(url).get("/report/daily", category: .heavy)
            #expect(sandbox.requestLog.filter { $0.path == "/v2/report/daily" }.map(\.status) == [503, 503, 200])
        }
    }

    @Test func anUnreachableHostIsATransportError() async throws {
        // A refused connection is passing: the token request is retried like any other, then
        // the last transport error is named.
        let closed = URL(string: "http://127.0.0.1:9")!
        let error = try await #require(throws: ZoomError.self) { try await client(closed).authenticate() }
        guard case .retriesExhausted(_, let last) = error.kind else {
            Issue.record("expected the transport error after retries, got \(error)")
            return
        }
        #expect(last.contains("could not reach http://127.0.0.1:9/oauth/token"), "\(last)")
    }
}
