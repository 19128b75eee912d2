import Foundation
import Records

/// `users`: the account's users, read whole each run over GraphQL and merged by id.
///
/// Zoom: `POST /v3/graphql` `users(first:, after:)` (MEDIUM), cursor paging through
/// `pageInfo { cursor }`, empty on the last page (zoom-api.md §4). Field names beyond the
/// connection shape are the sandbox's choice (zoom-api.md §8): they live in `query` alone, so a
/// real account's schema is a change to that one string.
public struct Users: SnapshotStream {
    public static let declaration = StreamDeclaration(
        StreamDescriptor(
            name: StreamName("users"),
            table: TableName(schema: "zoom", name: "users"),
            columns: [
                Column("user_id", .text), Column("email", .text), Column("first_name", .text), Column("last_name", .text),
                Column("type", .integer), Column("status", .text), Column("dept", .text), Column("timezone", .text),
                Column("created_at", .timestamptz), Column("last_login_time", .timestamptz),
            ],
            primaryKey: ["user_id"],
            disposition: .mergeByKey
        ),
        endpoint: "/v3/graphql users", category: .medium,
        paging: .graphQLCursor(connection: "users", pageSize: 300),
        reading: .snapshot,
        retention: .currentOnly,
        scopes: ["user:read:admin", "user:read:list_users:admin"]
    )
    public static let query = """
        query Users($first: Int!, $after: String) {
          users(first: $first, after: $after) {
            edges { id email firstName lastName type status dept timezone createdAt lastLoginTime }
            pageInfo { cursor }
          }
        }
        """

    public init() {}

    public func rows(_ edges: [JSONValue]) -> Page {
        typedPage(edges, endpoint: Self.endpoint) { reader in
            [
                .text(try reader.key("id")), .text(try reader.text("email")), .text(try reader.text("firstName")),
                .text(try reader.text("lastName")), .int(try reader.optionalInt32("type")), .text(try reader.text("status")),
                .text(try reader.text("dept")), .text(try reader.text("timezone")),
                .timestamp(try reader.optionalInstant("createdAt")), .timestamp(try reader.optionalInstant("lastLoginTime")),
            ]
        }
    }
}
