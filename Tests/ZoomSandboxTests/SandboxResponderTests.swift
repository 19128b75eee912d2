import Foundation
import Testing
import TestSupport
import ZoomSandbox

@Suite("Routing, authorisation, faults and the request log")
struct SandboxResponderTests {
    static let start = "2026-11-25T15:00:00Z"

    @Test("an expired token answers 401 code 124")
    func expiredToken() async throws {
        let clock = ManualClock(at: Self.start)
        try await withSandbox(SandboxConfiguration(tokenLifetime: .seconds(60), now: clock.read)) { _, base in
            let token = try await HTTPTestClient.token(base)
            #expect(try await HTTPTestClient.get(base, "v2/report/daily", token: token).status == 200)
            clock.advance(by: .seconds(59))
            #expect(try await HTTPTestClient.get(base, "v2/report/daily", token: token).status == 200)
            clock.advance(by: .seconds(1))
            let reply = try await HTTPTestClient.get(base, "v2/report/daily", token: token)
            #expect(reply.status == 401)
            #expect(reply.header("Content-Type") == "application/json")
            let body = try reply.json()
            #expect(body["code"] as? Int == 124)
            #expect(body["message"] as? String == "Access token is expired.")
            // A new token works again.
            let fresh = try await HTTPTestClient.token(base)
            #expect(try await HTTPTestClient.get(base, "v2/report/daily", token: fresh).status == 200)
        }
    }

    @Test("revoked, unknown and missing tokens answer 401 code 124 Invalid access token.")
    func invalidTokens() async throws {
        try await withSandbox { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            sandbox.revokeTokens()
            for candidate in [token, "not-a-token", nil] {
                let reply = try await HTTPTestClient.get(base, "v2/report/daily", token: candidate)
                #expect(reply.status == 401)
                let body = try reply.json()
                #expect(body["code"] as? Int == 124)
                #expect(body["message"] as? String == "Invalid access token.")
                #expect(reply.header("X-RateLimit-Category") == nil, "no budget spent before authentication")
            }
            #expect(sandbox.requestLog.dropFirst().allSatisfy { $0.accountId == nil && $0.status == 401 })
        }
    }

    @Test("a token without the endpoint's scope answers 400 code 4711")
    func missingScope() async throws {
        let account = SandboxAccount(accountId: "narrow", clientId: "narrow-id", clientSecret: "narrow-secret", scopes: ["user:read:admin"])
        try await withSandbox(SandboxConfiguration(accounts: [account])) { _, base in
            let token = try await HTTPTestClient.token(base, account: account)
            let reply = try await HTTPTestClient.get(base, "v2/report/daily", token: token)
            #expect(reply.status == 400)
            #expect(try reply.json()["code"] as? Int == 4711)
        }
    }

    @Test("unknown routes answer 404 and known paths with another method 405, in Zoom's shape")
    func unknownRoutes() async throws {
        try await withSandbox { _, base in
            let token = try await HTTPTestClient.token(base)
            let missing = try await HTTPTestClient.get(base, "v2/report/nothing", token: token)
            #expect(missing.status == 404)
            #expect(missing.header("Content-Type") == "application/json")
            #expect(try missing.json()["code"] as? Int == 404)
            let wrongMethod = try await HTTPTestClient.send(
                "POST", base.appendingPathComponent("v2/report/daily"), headers: ["Authorization": "Bearer \(token)"]
            )
            #expect(wrongMethod.status == 405)
            #expect(wrongMethod.header("Allow") == "GET")
        }
    }

    @Test("failNext answers the next N matching requests with the given error")
    func failNext() async throws {
        try await withSandbox { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            sandbox.failNext(2, path: "/v2/report/daily", status: 400, code: 200, message: "No permission.")
            sandbox.failNext(1, path: "/oauth", status: 500, code: 500, message: "Internal error")
            for _ in 0..<2 {
                let reply = try await HTTPTestClient.get(base, "v2/report/daily", token: token)
                #expect(reply.status == 400)
                let body = try reply.json()
                #expect(body["code"] as? Int == 200)
                #expect(body["message"] as? String == "No permission.")
                #expect(reply.header("X-RateLimit-Category") == "Heavy")
            }
            #expect(try await HTTPTestClient.get(base, "v2/report/daily", token: token).status == 200)
            #expect(try await HTTPTestClient.requestToken(base).status == 500)
            #expect(try await HTTPTestClient.requestToken(base).status == 200)
        }
    }

    @Test("the request log records account, method, path, query, status, category and time")
    func requestLog() async throws {
        let clock = ManualClock(at: Self.start)
        try await withSandbox(SandboxConfiguration(now: clock.read)) { sandbox, base in
            #expect(sandbox.requestLog.isEmpty)
            let token = try await HTTPTestClient.token(base)
            clock.advance(by: .seconds(5))
            _ = try await HTTPTestClient.get(base, "v2/report/daily", query: [("year", "2026"), ("month", "10")], token: token)
            _ = try await HTTPTestClient.get(base, "v2/report/daily", query: [("month", "1")], token: token)

            let log = sandbox.requestLog
            #expect(log.count == 3)
            #expect(log[0].method == "POST")
            #expect(log[0].path == "/oauth/token")
            #expect(log[0].accountId == "sandbox-account")
            #expect(log[0].category == nil)
            #expect(log[0].query("grant_type") == "account_credentials")
            #expect(log[0].time == Date(iso: Self.start))

            #expect(log[1].method == "GET")
            #expect(log[1].path == "/v2/report/daily")
            #expect(log[1].queryItems == [URLQueryItem(name: "year", value: "2026"), URLQueryItem(name: "month", value: "10")])
            #expect(log[1].status == 200)
            #expect(log[1].category == .heavy)
            #expect(log[1].accountId == "sandbox-account")
            #expect(log[1].time == Date(iso: Self.start).addingTimeInterval(5))
            #expect(log[2].status == 400)

            sandbox.clearRequestLog()
            #expect(sandbox.requestLog.isEmpty)
        }
    }
}
