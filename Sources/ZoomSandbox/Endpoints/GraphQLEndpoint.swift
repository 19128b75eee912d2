import Foundation
import GraphQL
import Hummingbird

/// `POST /v3/graphql`: Zoom's GraphQL beta, `users` only (zoom-api.md §4). MEDIUM (`users` costs one
/// List-users call), Pro+.
///
/// A real GraphQL executor (GraphQLSwift) runs `UsersSchema`, so syntax, unknown fields and
/// variables behave as at any GraphQL server: errors in `errors[]`, HTTP 200. A bad token is the
/// responder's 401 `{code:124,...}`; a body that is not `{"query": ...}` JSON is 400 code 300.
enum GraphQLEndpoint {
    static let route = SandboxRoute(
        .post, "/v3/graphql",
        access: .bearer(category: .medium, scopes: ["user:read:admin", "user:read:list_users:admin"]),
        pageToken: { _, body in cursor(in: body) },
        handler: handle
    )

    /// The `after` cursor of the body's `users` field, a literal or a variable; nil when there is
    /// none or the body is not a GraphQL request. Lets `expiredPageToken` strike cursor requests.
    static func cursor(in body: ByteBuffer) -> String? {
        guard let request = try? JSONDecoder().decode(GraphQLRequest.self, from: Data(buffer: body)),
              let document = try? parse(source: request.query, noLocation: true) else { return nil }
        for case let operation as OperationDefinition in document.definitions {
            for case let field as Field in operation.selectionSet.selections where field.name.value == "users" {
                guard let after = field.arguments.first(where: { $0.name.value == "after" })?.value else { continue }
                if let literal = after as? StringValue { return literal.value }
                if let variable = after as? Variable { return request.variables[variable.name.value]?.string }
            }
        }
        return nil
    }

    @Sendable static func handle(_ request: EndpointRequest) async throws -> SandboxResponse {
        guard let body = try? JSONDecoder().decode(GraphQLRequest.self, from: Data(buffer: request.body)) else {
            return .zoomError(.badRequest, code: 300, message: "The request body must be JSON with a \"query\" string.")
        }
        let result: GraphQLResult
        if request.caller.plan == .free {
            // GraphQL needs Pro or higher (zoom-api.md §4).
            result = GraphQLResult(errors: [GraphQLError(message: "Only available for paid account.", extensions: ["code": .string("FORBIDDEN")])])
        } else {
            let context = UsersSchema.Context(users: request.model.graphQLUsers(asOf: request.now), request: request)
            do {
                result = try await graphql(schema: UsersSchema.schema, request: body.query, context: context,
                                           variableValues: body.variables, operationName: body.operationName)
            } catch let error as GraphQLError {
                result = GraphQLResult(errors: [error])  // a syntax error
            }
        }
        let encoder = GraphQLJSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = try encoder.encode(result)
        return SandboxResponse(status: .ok, headers: [.contentType: "application/json"], body: ByteBuffer(bytes: data))
    }
}
