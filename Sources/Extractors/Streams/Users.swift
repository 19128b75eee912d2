import Foundation
import Records

/// `users`: the account's users, read whole each run over GraphQL and merged by id.
///
/// Zoom: `POST /v3/graphql` `users(first:, after:)` (MEDIUM), cursor paging through
/// `pageInfo { cursor }`, empty on the last page (zoom-api.md §4). Field names beyond the
/// connection shape are the sandbox's choice (zoom-api.md §8): they live in `query` alone, so a
/// real account's schema is a change to that one string.
public struct Users: Sendable {
    public static let descriptor = StreamDescriptor(
        name: "users",
        table: TableName(schema: "zoom", name: "users"),
        columns: [
            Column("user_id", .text), Column("email", .text), Column("first_name", .text), Column("last_name", .text),
            Column("type", .integer), Column("status", .text), Column("dept", .text), Column("timezone", .text),
            Column("created_at", .timestamptz), Column("last_login_time", .timestamptz),
        ],
        primaryKey: ["user_id"],
        disposition: .mergeByKey
    )
    public static let endpoint = "/v3/graphql users"
    public static let category = RateLimitCategory.medium
    static let pageSize = 300
    static let query = """
        query Users($first: Int!, $after: String) {
          users(first: $first, after: $after) {
            edges { id email firstName lastName type status dept timezone createdAt lastLoginTime }
            pageInfo { cursor }
          }
        }
        """

    public init() {}

    /// Every page of users, handed to `emit` (which loads it) as it arrives.
    ///
    /// An expired cursor (zoom-api.md §8, GraphQL errors) restarts the listing from its first
    /// page, at most `maxRestarts` times: users is a snapshot merged by id, so pages loaded
    /// before the restart are merged again, never doubled.
    public func extract(client: ZoomClient, maxRestarts: Int = ZoomClient.maxListingRestarts, emit: (Page) async throws -> Void) async throws {
        var cursor: String?
        var seen: Set<String> = []
        var restarts = 0
        var pages = 0
        // Not repeat-while: a restart's `continue` would test the emptied cursor and stop there.
        while true {
            var variables: [String: JSONValue] = ["first": .int(Int64(Self.pageSize))]
            if let cursor { variables["after"] = .string(cursor) }
            let data: JSONValue
            do {
                data = try await client.graphQL(Self.query, variables: variables, category: Self.category)
            } catch let error as ZoomError where cursor != nil && error.recovery == .restartListing && restarts < maxRestarts {
                restarts += 1
                client.logger.info("the users cursor expired; listing again from the first page",
                                   metadata: ["event": "listing_restarted", "endpoint": "\(Self.endpoint)"])
                (cursor, seen, pages) = (nil, [], 0)
                continue
            }
            pages += 1
            guard let connection = data["users"], let edges = connection["edges"]?.array else {
                throw ZoomError(.decoding(detail: "the users connection has no edges"), endpoint: Self.endpoint)
            }
            try await emit(typedPage(edges, endpoint: Self.endpoint) { reader in
                [
                    .text(try reader.string("id")), .text(try reader.text("email")), .text(try reader.text("firstName")),
                    .text(try reader.text("lastName")), .int(try reader.optionalInt("type")), .text(try reader.text("status")),
                    .text(try reader.text("dept")), .text(try reader.text("timezone")),
                    .timestamp(try reader.optionalInstant("createdAt")), .timestamp(try reader.optionalInstant("lastLoginTime")),
                ]
            })
            let next = connection["pageInfo"]?["cursor"]?.string ?? ""
            if !next.isEmpty && !seen.insert(next).inserted {
                throw ZoomError(.endlessListing(detail: "GraphQL returned a cursor it had already sent in this listing"), endpoint: Self.endpoint)
            }
            // GraphQL gives no total: the same bound as a REST listing without `total_records`.
            if !next.isEmpty, pages >= ListingPageLimit.withoutTotal {
                throw ZoomError(.endlessListing(detail: "more than \(pages) pages of users"), endpoint: Self.endpoint)
            }
            guard !next.isEmpty else { return }
            cursor = next
        }
    }
}
