import Foundation
import Testing
import TestSupport
import ZoomSandbox

@Suite("POST /oauth/token")
struct OAuthTokenEndpointTests {
    @Test("issues a token with parameters in the query string")
    func tokenViaQuery() async throws {
        try await withSandbox(SandboxConfiguration(tokenLifetime: .seconds(1800))) { _, base in
            let reply = try await HTTPTestClient.requestToken(base)
            #expect(reply.status == 200)
            #expect(reply.header("Content-Type") == "application/json")
            let body = try reply.json()
            let token = try #require(body["access_token"] as? String)
            #expect(token.split(separator: ".").count == 3, "JWT-shaped")
            #expect(body["token_type"] as? String == "bearer")
            #expect(body["expires_in"] as? Int == 1800)
            #expect(body["scope"] as? String == SandboxAccount.defaultScopes.joined(separator: " "))
            #expect(body["api_url"] as? String == base.absoluteString)
        }
    }

    @Test("issues a token with parameters in an x-www-form-urlencoded body")
    func tokenViaForm() async throws {
        try await withSandbox { _, base in
            let account = SandboxAccount.demo
            let reply = try await HTTPTestClient.send(
                "POST", base.appendingPathComponent("oauth/token"),
                headers: [
                    "Authorization": HTTPTestClient.basic(account.clientId, account.clientSecret),
                    "Content-Type": "application/x-www-form-urlencoded",
                ],
                body: Data("grant_type=account_credentials&account_id=\(account.accountId)".utf8)
            )
            #expect(reply.status == 200)
            let token = try #require(try reply.json()["access_token"] as? String)
            let daily = try await HTTPTestClient.get(base, "v2/report/daily", token: token)
            #expect(daily.status == 200)
        }
    }

    @Test("tokens identify their account", arguments: [SandboxPlan.pro, .business])
    func tokenPerAccount(plan: SandboxPlan) async throws {
        let other = SandboxAccount(accountId: "other-account", clientId: "other-id", clientSecret: "other-secret", plan: plan, seed: 7)
        try await withSandbox(SandboxConfiguration(accounts: [.demo, other])) { sandbox, base in
            let token = try await HTTPTestClient.token(base, account: other)
            _ = try await HTTPTestClient.get(base, "v2/report/daily", token: token)
            #expect(sandbox.requestLog.last?.accountId == "other-account")
        }
    }

    struct BadRequest: Sendable, CustomTestStringConvertible {
        let name: String
        let authorization: String?
        let query: String
        let reason: String
        let error: String
        var testDescription: String { name }
    }

    static let badRequests = [
        BadRequest(name: "wrong secret", authorization: HTTPTestClient.basic("sandbox-client-id", "nope"),
                   query: "grant_type=account_credentials&account_id=sandbox-account",
                   reason: "Invalid client_id or client_secret", error: "invalid_client"),
        BadRequest(name: "unknown client", authorization: HTTPTestClient.basic("who", "sandbox-client-secret"),
                   query: "grant_type=account_credentials&account_id=sandbox-account",
                   reason: "Invalid client_id or client_secret", error: "invalid_client"),
        BadRequest(name: "no Authorization", authorization: nil,
                   query: "grant_type=account_credentials&account_id=sandbox-account",
                   reason: "Invalid client_id or client_secret", error: "invalid_client"),
        BadRequest(name: "wrong grant", authorization: HTTPTestClient.basic("sandbox-client-id", "sandbox-client-secret"),
                   query: "grant_type=client_credentials&account_id=sandbox-account",
                   reason: "unsupported grant type", error: "unsupported_grant_type"),
        BadRequest(name: "no account_id", authorization: HTTPTestClient.basic("sandbox-client-id", "sandbox-client-secret"),
                   query: "grant_type=account_credentials",
                   reason: "Invalid account_id", error: "invalid_request"),
        BadRequest(name: "foreign account_id", authorization: HTTPTestClient.basic("sandbox-client-id", "sandbox-client-secret"),
                   query: "grant_type=account_credentials&account_id=someone-else",
                   reason: "Invalid account_id", error: "invalid_request"),
    ]

    @Test("refuses bad requests with the OAuth error shape", arguments: badRequests)
    func refusals(_ bad: BadRequest) async throws {
        try await withSandbox { sandbox, base in
            let url = URL(string: "\(base.absoluteString)/oauth/token?\(bad.query)")!
            let reply = try await HTTPTestClient.send("POST", url, headers: bad.authorization.map { ["Authorization": $0] } ?? [:])
            #expect(reply.status == 400)
            #expect(reply.header("Content-Type") == "application/json")
            let body = try reply.json()
            #expect(body.count == 2)
            #expect(body["reason"] as? String == bad.reason)
            #expect(body["error"] as? String == bad.error)
            #expect(sandbox.requestLog.map(\.status) == [400])
        }
    }

    @Test("GET is not allowed")
    func getIsNotAllowed() async throws {
        try await withSandbox { _, base in
            let reply = try await HTTPTestClient.send("GET", base.appendingPathComponent("oauth/token"))
            #expect(reply.status == 405)
            #expect(reply.header("Allow") == "POST")
        }
    }
}
