import Foundation
import GraphQL

/// The sandbox's GraphQL schema: `users(first, after)` with Zoom's cursor paging (zoom-api.md §4, §8).
///
/// ```graphql
/// type Query { users(first: Int, after: String): UserConnection }
/// type UserConnection { edges: [User!]!, pageInfo: PageInfo! }
/// type PageInfo { cursor: String! }   # "" on the last page
/// type User { id: String! email: String! firstName: String! lastName: String! type: Int! status: String!
///             dept: String! timezone: String! createdAt: String! lastLoginTime: String }
/// ```
/// Edges hold the user fields directly (no `node`), as Zoom's do. Field errors (bad `first`, an
/// invalid or expired cursor) come back in `errors[]` with `path` and `extensions.code`, HTTP 200
/// (zoom-api.md §8, GraphQL errors).
enum UsersSchema {
    /// What the `users` resolver needs from the request.
    struct Context: Sendable {
        let users: [GraphQLUser]
        let request: EndpointRequest
    }

    struct Connection: Sendable {
        let edges: [GraphQLUser]
        let pageInfo: PageInfo
    }

    struct PageInfo: Sendable {
        let cursor: String
    }

    /// A cursor is a page token under another name (opaque, bound to the query, `pageTokenLifetime`
    /// long), so an unknown or expired one is answered, HTTP 200, with exactly
    ///
    /// ```json
    /// {"data":{"users":null},"errors":[{"message":"The next page token is invalid or expired.","path":["users"],"extensions":{"code":"300"}}]}
    /// ```
    ///
    /// Zoom's REST message and code (zoom-api.md §2) in GraphQL's error shape (§8, GraphQL
    /// errors); no `locations`, so a client can match the body whole.
    static func expiredCursor(path: GraphQL.IndexPath) -> GraphQLError {
        GraphQLError(message: "The next page token is invalid or expired.", path: path, extensions: ["code": .string("300")])
    }

    static let defaultFirst = 30
    static let maxFirst = 300

    static let schema: GraphQLSchema = {
        do {
            let string = GraphQLNonNull(GraphQLString), int = GraphQLNonNull(GraphQLInt)
            let user = try GraphQLObjectType(name: "User", fields: [
                "id": GraphQLField(type: string), "email": GraphQLField(type: string),
                "firstName": GraphQLField(type: string), "lastName": GraphQLField(type: string),
                "type": GraphQLField(type: int), "status": GraphQLField(type: string), "dept": GraphQLField(type: string),
                "timezone": GraphQLField(type: string), "createdAt": GraphQLField(type: string),
                "lastLoginTime": GraphQLField(type: GraphQLString),
            ])
            let pageInfo = try GraphQLObjectType(name: "PageInfo", fields: ["cursor": GraphQLField(type: string)])
            let connection = try GraphQLObjectType(name: "UserConnection", fields: [
                "edges": GraphQLField(type: GraphQLNonNull(GraphQLList(GraphQLNonNull(user)))),
                "pageInfo": GraphQLField(type: GraphQLNonNull(pageInfo)),
            ])
            let query = try GraphQLObjectType(name: "Query", fields: [
                "users": GraphQLField(
                    type: connection,
                    args: ["first": GraphQLArgument(type: GraphQLInt), "after": GraphQLArgument(type: GraphQLString)],
                    resolve: { _, arguments, context, info in
                        guard let context = context as? Context else { return nil }
                        return try users(arguments, context, info)
                    }
                ),
            ])
            return try GraphQLSchema(query: query)
        } catch {
            preconditionFailure("the sandbox's GraphQL schema is invalid: \(error)")
        }
    }()

    private static func users(_ arguments: Map, _ context: Context, _ info: GraphQLResolveInfo) throws -> Connection {
        func failure(_ message: String, code: String) -> GraphQLError {
            GraphQLError(message: message, nodes: info.fieldASTs, path: info.path, extensions: ["code": .string(code)])
        }
        let first = arguments["first"].int ?? defaultFirst
        guard (1...maxFirst).contains(first) else {
            throw failure("first must be between 1 and \(maxFirst), got \(first).", code: "BAD_USER_INPUT")
        }
        let request = context.request
        let account = request.caller
        // Cursors are opaque page tokens from the store, never offsets: they can expire (`expiredCursor`).
        let path = "/v3/graphql#users"
        var offset = 0
        if let after = arguments["after"].string, !after.isEmpty {
            guard let resolved = request.state.pageTokens.resolve(after, accountId: account.accountId, path: path,
                                                                  query: QueryParameters(), now: request.now)
            else { throw expiredCursor(path: info.path) }
            offset = resolved
        }
        let users = context.users
        let end = min(offset + first, users.count)
        let cursor = end < users.count
            ? request.state.pageTokens.issue(accountId: account.accountId, path: path, query: QueryParameters(), offset: end,
                                             now: request.now, lifetime: request.state.configuration.pageTokenLifetime)
            : ""
        return Connection(edges: Array(users[min(offset, users.count)..<end]), pageInfo: PageInfo(cursor: cursor))
    }
}
