import Foundation

/// One page of a paginated REST listing.
public struct ListingPage: Sendable {
    public let document: JSONValue
    /// True for the first page of a chain that restarted because its `next_page_token` expired:
    /// rows already seen will come again (the loader merges them, so nothing doubles).
    public let restarted: Bool
}

extension ZoomClient {
    /// Restarts a listing rides out: each follows a token that expired (15 minutes at Zoom), so a
    /// listing that needs more than this is being refused on every attempt.
    public static let maxListingRestarts = 8

    /// Follows `next_page_token` through a listing, asking again with the same query plus the
    /// token each time (zoom-api.md §2). A token that expired (400, code 300; they live 15
    /// minutes) restarts the chain from the first page, at most `maxRestarts` times.
    public func pages(_ path: String, query: [(String, String)], category: RateLimitCategory, maxRestarts: Int = ZoomClient.maxListingRestarts) -> AsyncThrowingStream<ListingPage, any Error> {
        // Pull-based: the next page is requested only when the consumer asks for it, so a slow
        // loader never holds fetched pages in memory and a token's 15 minutes start when needed.
        let cursor = ListingCursor(client: self, path: path, query: query, category: category, maxRestarts: maxRestarts)
        return AsyncThrowingStream { try await cursor.next() }
    }
}

/// Where a listing stands: the token for the next page, and how often it restarted.
private actor ListingCursor {
    let client: ZoomClient
    let path: String
    let query: [(String, String)]
    let category: RateLimitCategory
    let maxRestarts: Int
    private var token: String?
    /// Every token of the chain so far: a token seen again means Zoom is going round in a cycle.
    private var seenTokens: Set<String> = []
    private var finished = false
    private var restarts = 0

    init(client: ZoomClient, path: String, query: [(String, String)], category: RateLimitCategory, maxRestarts: Int) {
        self.client = client
        self.path = path
        self.query = query
        self.category = category
        self.maxRestarts = maxRestarts
    }

    func next() async throws -> ListingPage? {
        guard !finished else { return nil }
        var restarted = false
        while true {
            var pageQuery = query
            if let token { pageQuery.append(("next_page_token", token)) }
            let document: JSONValue
            do {
                document = try await client.get(path, query: pageQuery, category: category)
            } catch let error as ZoomError where token != nil && error.recovery == .restartListing && restarts < maxRestarts {
                restarts += 1
                restarted = true
                token = nil
                seenTokens = []
                continue
            }
            let next = document["next_page_token"]?.string ?? ""
            if !next.isEmpty && !seenTokens.insert(next).inserted {
                throw ZoomError(.decoding(detail: "Zoom returned a next_page_token it had already sent in this listing"), endpoint: path)
            }
            token = next.isEmpty ? nil : next
            finished = next.isEmpty
            return ListingPage(document: document, restarted: restarted)
        }
    }
}
