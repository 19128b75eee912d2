import Foundation
import Records

/// A stream read whole each run over a GraphQL connection and merged by key (users): the
/// declaration names the connection and page size, the stream its query and its mapping.
public protocol SnapshotStream: DeclaredStream {
    /// The query, taking `$first: Int!` and `$after: String` and selecting the connection's
    /// `edges` and `pageInfo { cursor }` (zoom-api.md §4).
    static var query: String { get }

    /// One page's edges, typed. Pure.
    func rows(_ edges: [JSONValue]) -> Page
}

extension SnapshotStream {
    /// Every page of the connection, handed to `emit` (which loads it) as it arrives.
    ///
    /// An expired cursor (zoom-api.md §8, GraphQL errors) restarts the listing from its first
    /// page, at most `maxRestarts` times: a snapshot is merged by key, so pages loaded before
    /// the restart are merged again, never doubled.
    public func extract(client: ZoomClient, maxRestarts: Int = ZoomClient.maxListingRestarts, emit: (Page) async throws -> Void) async throws {
        guard case .graphQLCursor(let connectionName, let pageSize) = Self.declaration.paging else {
            preconditionFailure("\(Self.declaration.name): a snapshot is read over a GraphQL connection")
        }
        var cursor: String?
        var seen: Set<String> = []
        var restarts = 0
        var pages = 0
        // Not repeat-while: a restart's `continue` would test the emptied cursor and stop there.
        while true {
            var variables: [String: JSONValue] = ["first": .int(Int64(pageSize))]
            if let cursor { variables["after"] = .string(cursor) }
            let data: JSONValue
            do {
                data = try await client.graphQL(Self.query, variables: variables, category: Self.category)
            } catch let error as ZoomError where cursor != nil && error.recovery == .restartListing && restarts < maxRestarts {
                restarts += 1
                client.logger.info("the \(connectionName) cursor expired; listing again from the first page",
                                   metadata: ["event": "listing_restarted", "endpoint": "\(Self.endpoint)"])
                (cursor, seen, pages) = (nil, [], 0)
                continue
            }
            pages += 1
            guard let connection = data[connectionName], let edges = connection["edges"]?.array else {
                throw ZoomError(.decoding(detail: "the \(connectionName) connection has no edges"), endpoint: Self.endpoint)
            }
            try await emit(rows(edges))
            let next = connection["pageInfo"]?["cursor"]?.string ?? ""
            if !next.isEmpty && !seen.insert(next).inserted {
                throw ZoomError(.endlessListing(detail: "GraphQL returned a cursor it had already sent in this listing"), endpoint: Self.endpoint)
            }
            // GraphQL gives no total: the same bound as a REST listing without `total_records`.
            if !next.isEmpty, pages >= ListingPageLimit.withoutTotal {
                throw ZoomError(.endlessListing(detail: "more than \(pages) pages of \(connectionName)"), endpoint: Self.endpoint)
            }
            guard !next.isEmpty else { return }
            cursor = next
        }
    }

    /// The cheapest call of the connection: one edge, for `check`'s entitlement probe.
    public static var probeQuery: String {
        guard case .graphQLCursor(let connection, _) = declaration.paging else { return "" }
        return "query { \(connection)(first: 1) { edges { __typename } pageInfo { cursor } } }"
    }
}
