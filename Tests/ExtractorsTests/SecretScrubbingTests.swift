import Foundation
import Logging
import TestSupport
import Testing
import ZoomSandbox
@testable import Extractors

/// Finding 8 of issue 11: text Zoom or a proxy sends back is scrubbed of every secret the process
/// holds before anything can log, print or store it (`ZoomError`'s construction).
@Suite struct SecretScrubbingTests {
    let account = SandboxAccount.demo

    @Test func everyTextAZoomErrorCarriesIsScrubbedOfKnownSecrets() {
        let secret = Secret("sec-\(UUID().uuidString)").revealed
        let token = Secret("eyJhbGciOiJIUzUxMiJ9.eyJhdWQiOiJ0ZXN0In0.\(UUID().uuidString.replacingOccurrences(of: "-", with: ""))").revealed
        let basic = Secret(Data("client:\(secret)".utf8).base64EncodedString()).revealed
        let echo = "Authorization: Bearer \(token); Basic \(basic); secret=\(secret); form=\(secret.formURLEncoded)"
        let kinds: [ZoomError.Kind] = [
            .api(status: 502, code: 502, message: echo),
            .oauth(status: 400, error: echo, reason: echo),
            .graphQL(code: echo, message: echo),
            .brokenBody(detail: echo),
            .decoding(detail: echo),
            .retriesExhausted(attempts: 6, last: echo),
            .transport(HTTPError(kind: .transport(code: 7), url: "https://example.com/\(token)", detail: echo)),
            .cleartext(url: "http://example.com/?t=\(token)", source: "the token response's api_url"),
        ]
        for kind in kinds {
            let error = ZoomError(kind, endpoint: "/report/\(secret)")
            for text in [error.description, String(reflecting: error), error.reason, "\(error.kind)"] {
                #expect(!text.contains(secret) && !text.contains(token) && !text.contains(basic), "\(kind): \(text)")
                #expect(text.contains("<redacted>"), "\(kind): \(text)")
            }
        }
    }

    @Test func escapedSpellingsAndAJWTSignatureAloneAreScrubbedToo() {
        let signature = UUID().uuidString.replacingOccurrences(of: "-", with: "")
        let token = Secret("aGVhZGVy.cGF5bG9hZA.\(signature)").revealed
        let slashed = Secret("ab/cd+ef==\(UUID().uuidString)").revealed
        let texts = [
            "cut short: ...\(signature)",
            "json: \(slashed.replacingOccurrences(of: "/", with: "\\/"))",
            "query: token=\(slashed.formURLEncoded)",
            "whole: \(token)",
        ]
        for text in texts {
            let message = ZoomError(.api(status: 500, code: nil, message: text), endpoint: "/x").description
            #expect(!message.contains(signature) && !message.contains(slashed) && !message.contains("ab%2Fcd"), "\(message)")
        }
    }

    @Test func aShortValueIsNotScrubbedSoMessagesStayReadable() {
        _ = Secret("abc")
        let error = ZoomError(.api(status: 400, code: 300, message: "abc is not a valid page token"), endpoint: "/x")
        #expect(error.description.contains("abc is not a valid page token"))
    }

    /// The sandbox's proxy fault echoes the request's `Authorization` header in a 502's message:
    /// the bearer token on a data endpoint, the Basic credential on the token endpoint.
    @Test func anEchoedAuthorizationHeaderNeverLeavesTheClient() async throws {
        var configuration = SandboxConfiguration()
        configuration.faultPlan = FaultPlan(seed: 1, rates: [.echoedAuthorization: .permanent()], paths: ["/v2/report/daily"])
        try await withSandbox(configuration) { sandbox, url in
            let client = client(url)
            let error = try await #require(throws: ZoomError.self) { try await client.get("/report/daily", category: .heavy) }
            let token = try #require(sandbox.issuedTokens.first)
            #expect(!"\(error)".contains(token) && !String(reflecting: error).contains(token), "\(error)")
            #expect("\(error)".contains("Authorization: Bearer <redacted>"), "\(error)")
        }

        configuration.faultPlan = FaultPlan(seed: 1, rates: [.echoedAuthorization: .permanent()], paths: ["/oauth/token"], includeOAuth: true)
        try await withSandbox(configuration) { _, url in
            let error = try await #require(throws: ZoomError.self) { try await client(url).authenticate() }
            let basic = Data("\(account.clientId):\(account.clientSecret)".utf8).base64EncodedString()
            #expect(!"\(error)".contains(basic) && !String(reflecting: error).contains(basic), "\(error)")
            #expect("\(error)".contains("Authorization: Basic <redacted>"), "\(error)")
        }
    }

    func client(_ url: URL) -> ZoomClient {
        let credentials = ZoomCredentials(accountId: account.accountId, clientId: account.clientId, clientSecret: Secret(account.clientSecret))
        return ZoomClient(ZoomClientConfiguration(credentials: credentials, oauthURL: url.absoluteString, plan: .business, maxAttempts: 2,
                                                  backoffBase: .milliseconds(5)), logger: Logger(label: "test"))
    }
}
