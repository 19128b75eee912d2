import Foundation
import Testing
import TestSupport
import ZoomSandbox

/// GraphQL cursors expire like page tokens, with one exact answer a client can match on
/// (UsersSchema.expiredCursor; zoom-api.md §8, GraphQL errors).
@Suite("POST /v3/graphql users: cursor expiry")
struct GraphQLCursorTests {
    typealias Client = ZoomTestClient

    static let expiredBody = #"{"data":{"users":null},"errors":[{"message":"The next page token is invalid or expired.","path":["users"],"extensions":{"code":"300"}}]}"#

    static func cursor(_ reply: HTTPReply) throws -> String {
        let users = try #require((try reply.json()["data"] as? [String: Any])?["users"] as? [String: Any])
        return try #require((users["pageInfo"] as? [String: Any])?["cursor"] as? String)
    }

    static func page(_ base: URL, after cursor: String, token: String) async throws -> HTTPReply {
        try await GraphQLEndpointTests.query(base, GraphQLEndpointTests.usersQuery, variables: ["first": 5, "after": cursor], token: token)
    }

    @Test("an unknown, an expired (pageTokenLifetime passed) and an inline cursor get exactly the expired-cursor body, HTTP 200")
    func exactBody() async throws {
        let clock = ManualClock(at: Client.now)
        try await withSandbox(SandboxConfiguration(pageTokenLifetime: .seconds(60), now: clock.read)) { _, base in
            let token = try await HTTPTestClient.token(base)
            let unknown = try await Self.page(base, after: "NotACursorThisSandboxIssued", token: token)
            #expect(unknown.status == 200)
            #expect(String(decoding: unknown.body, as: UTF8.self) == Self.expiredBody)

            let cursor = try Self.cursor(try await Self.page(base, after: "", token: token))
            #expect(!cursor.isEmpty && Int(cursor) == nil, "an opaque token, not an offset")
            #expect(try await Self.page(base, after: cursor, token: token).json()["errors"] == nil, "still fresh")
            clock.advance(by: .seconds(61))
            let expired = try await Self.page(base, after: cursor, token: token)
            #expect(expired.status == 200)
            #expect(String(decoding: expired.body, as: UTF8.self) == Self.expiredBody)

            let fresh = try Self.cursor(try await Self.page(base, after: "", token: token))
            let inline = try await GraphQLEndpointTests.query(
                base, "{ users(first: 5, after: \"\(fresh)\") { edges { id } pageInfo { cursor } } }", token: token)
            #expect(try inline.json()["errors"] == nil)
            clock.advance(by: .seconds(61))
            let inlineExpired = try await GraphQLEndpointTests.query(
                base, "{ users(first: 5, after: \"\(fresh)\") { edges { id } pageInfo { cursor } } }", token: token)
            #expect(String(decoding: inlineExpired.body, as: UTF8.self) == Self.expiredBody)
        }
    }

    @Test("the expire_page_token fault strikes GraphQL requests that carry a cursor, never first pages; the log shows it")
    func faultExpiresCursors() async throws {
        let plan = FaultPlan(seed: 1, rates: [.expiredPageToken: .init(1)])
        try await withSandbox(SandboxConfiguration(now: ManualClock(at: Client.now).read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let cursor = try Self.cursor(try await Self.page(base, after: "", token: token))
            sandbox.setFaultPlan(plan)
            let firstAgain = try await Self.page(base, after: "", token: token)
            #expect(try firstAgain.json()["errors"] == nil, "no cursor, nothing to expire")
            let struck = try await Self.page(base, after: cursor, token: token)
            #expect(struck.status == 200)
            #expect(String(decoding: struck.body, as: UTF8.self) == Self.expiredBody)
            #expect(sandbox.injectedFaults[.expiredPageToken] == 1)
            let graphQL = sandbox.requestLog.filter { $0.path == "/v3/graphql" }
            #expect(graphQL.map(\.fault) == [nil, nil, .expiredPageToken])
            #expect(graphQL.allSatisfy { $0.status == 200 })
        }
    }

    @Test("at the mix's rate (0.3), expire_page_token makes a client restart cursor listings; the log shows every strike")
    func mixExpiresCursors() async throws {
        #expect(FaultPlan.mix(seed: 0).rates[.expiredPageToken]?.probability == 0.3)
        let plan = FaultPlan(seed: 7, rates: [.expiredPageToken: .init(0.3)])
        try await withSandbox(SandboxConfiguration(enforceRateLimits: false, now: ManualClock(at: Client.now).read, faultPlan: plan)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            var restarts = 0, cursor = "", finished = false
            for _ in 0..<200 where !finished {
                let reply = try await GraphQLEndpointTests.query(base, GraphQLEndpointTests.usersQuery,
                                                                 variables: ["first": 300, "after": cursor], token: token)
                if String(decoding: reply.body, as: UTF8.self) == Self.expiredBody {
                    restarts += 1
                    cursor = ""
                } else {
                    cursor = try Self.cursor(reply)
                    finished = cursor.isEmpty
                }
            }
            let struck = sandbox.requestLog.filter { $0.path == "/v3/graphql" && $0.fault == .expiredPageToken }
            #expect(finished && restarts > 0 && struck.count == restarts)
            #expect(sandbox.injectedFaults[.expiredPageToken] == restarts)
        }
    }
}
