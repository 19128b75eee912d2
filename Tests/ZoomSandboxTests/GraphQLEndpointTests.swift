import Foundation
import Testing
import TestSupport
import ZoomSandbox

@Suite("POST /v3/graphql users")
struct GraphQLEndpointTests {
    typealias Client = ZoomTestClient

    static func query(_ base: URL, _ text: String, variables: [String: Any] = [:], token: String?) async throws -> HTTPReply {
        let body = try JSONSerialization.data(withJSONObject: ["query": text, "variables": variables])
        var headers = ["Content-Type": "application/json"]
        headers["Authorization"] = token.map { "Bearer \($0)" }
        return try await HTTPTestClient.send("POST", base.appendingPathComponent("v3/graphql"), headers: headers, body: body)
    }

    static let usersQuery = """
        query Users($first: Int, $after: String) {
          users(first: $first, after: $after) {
            edges { id email firstName lastName type status dept timezone createdAt lastLoginTime }
            pageInfo { cursor }
          }
        }
        """

    @Test("cursor paging through every user equals the ground truth; the cursor is empty on the last page")
    func paging() async throws {
        let clock = ManualClock(at: Client.now)
        try await withSandbox(SandboxConfiguration(now: clock.read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            var users: [[String: Any]] = [], cursor = "", pages = 0
            repeat {
                let reply = try await Self.query(base, Self.usersQuery, variables: ["first": 40, "after": cursor], token: token)
                #expect(reply.status == 200)
                #expect(reply.header("X-RateLimit-Category") == "Medium")
                let body = try reply.json()
                #expect(body["errors"] == nil)
                let connection = try #require((body["data"] as? [String: Any])?["users"] as? [String: Any])
                users += try #require(connection["edges"] as? [[String: Any]])
                cursor = try #require((connection["pageInfo"] as? [String: Any])?["cursor"] as? String)
                pages += 1
            } while !cursor.isEmpty
            let truth = sandbox.groundTruth(accountId: Client.account).graphQLUsers(asOf: clock.now)
            #expect(users.count == truth.count && pages == (truth.count + 39) / 40)
            for (served, expected) in zip(users, truth) {
                var json = try Client.json(expected)
                if expected.lastLoginTime == nil { json["lastLoginTime"] = NSNull() }
                #expect(Client.same(served, json))
            }
            #expect(truth.contains { $0.lastLoginTime == nil } && truth.contains { $0.lastLoginTime != nil })
            #expect(Set(truth.map(\.timezone)).count >= 3)
        }
    }

    @Test("field errors come back in errors[] with path and extensions.code, HTTP 200")
    func fieldErrors() async throws {
        try await withSandbox(SandboxConfiguration(now: ManualClock(at: Client.now).read)) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let tooMany = try await Self.query(base, Self.usersQuery, variables: ["first": 301], token: token)
            #expect(tooMany.status == 200)
            let body = try tooMany.json()
            let error = try #require((body["errors"] as? [[String: Any]])?.first)
            #expect(error["path"] as? [String] == ["users"])
            #expect((error["extensions"] as? [String: Any])?["code"] as? String == "BAD_USER_INPUT")
            #expect((body["data"] as? [String: Any])?["users"] is NSNull)
            #expect(try await Self.query(base, Self.usersQuery, variables: ["first": 300], token: token).json()["errors"] == nil)

            // A cursor is a page token: unknown or expired ones are field errors too, with the
            // REST message and code (GraphQLCursorTests pins the whole body).
            let first = try await Self.query(base, Self.usersQuery, variables: ["first": 2], token: token).json()
            let cursor = try #require((((first["data"] as? [String: Any])?["users"] as? [String: Any])?["pageInfo"] as? [String: Any])?["cursor"] as? String)
            sandbox.expirePageTokens()
            let expired = try await Self.query(base, Self.usersQuery, variables: ["first": 2, "after": cursor], token: token).json()
            #expect(((expired["errors"] as? [[String: Any]])?.first?["extensions"] as? [String: Any])?["code"] as? String == "300")

            let unknownField = try await Self.query(base, "{ users { edges { shoeSize } } }", token: token)
            #expect(unknownField.status == 200)
            #expect((try unknownField.json()["errors"] as? [Any])?.isEmpty == false)
            let syntax = try await Self.query(base, "{ users(first: ", token: token)
            #expect(syntax.status == 200)
            #expect((try syntax.json()["errors"] as? [Any])?.isEmpty == false)
        }
    }

    @Test("a bad token is 401 with Zoom's {code:124,message}; a body that is not JSON is 400")
    func authentication() async throws {
        try await withSandbox { _, base in
            let reply = try await Self.query(base, Self.usersQuery, token: "not-a-token")
            #expect(reply.status == 401)
            #expect(try reply.json()["code"] as? Int == 124)
            #expect(try reply.json()["message"] as? String == "Invalid access token.")
            let token = try await HTTPTestClient.token(base)
            let garbage = try await HTTPTestClient.send("POST", base.appendingPathComponent("v3/graphql"),
                                                        headers: ["Authorization": "Bearer \(token)"], body: Data("query".utf8))
            #expect(garbage.status == 400)
        }
    }
}
