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
    ///
    /// A chain fails (`.endlessListing`) when a token comes again or it runs past what its
    /// `total_records` allow (`ListingPageLimit`); `maxPagesWithoutTotal` bounds one without.
    public func pages(_ path: String, query: [(String, String)], category: RateLimitCategory, maxRestarts: Int = ZoomClient.maxListingRestarts,
                      maxPagesWithoutTotal: Int = ListingPageLimit.withoutTotal) -> AsyncThrowingStream<ListingPage, any Error> {
        // Pull-based: the next page is requested only when the consumer asks for it, so a slow
        // loader never holds fetched pages in memory and a token's 15 minutes start when needed.
        let cursor = ListingCursor(client: self, path: path, query: query, category: category, maxRestarts: maxRestarts,
                                   pageLimit: ListingPageLimit(requestedPageSize: query.first { $0.0 == "page_size" }.flatMap { Int($0.1) },
                                                               withoutTotal: maxPagesWithoutTotal))
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
    /// Pages read since the chain (re)started, and the most Zoom's own figures allow.
    private var pagesRead = 0
    private var pageLimit: ListingPageLimit

    init(client: ZoomClient, path: String, query: [(String, String)], category: RateLimitCategory, maxRestarts: Int, pageLimit: ListingPageLimit) {
        self.client = client
        self.path = path
        self.query = query
        self.category = category
        self.maxRestarts = maxRestarts
        self.pageLimit = pageLimit
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
                pagesRead = 0
                continue
            }
            pagesRead += 1
            pageLimit.observe(document)
            let next = document["next_page_token"]?.string ?? ""
            if !next.isEmpty && !seenTokens.insert(next).inserted {
                finished = true
                throw ZoomError(.endlessListing(detail: "Zoom sent a next_page_token it had already sent in this listing (\(pagesRead) pages read)"),
                                endpoint: path)
            }
            if !next.isEmpty, pagesRead >= pageLimit.maxPages {
                finished = true
                throw ZoomError(.endlessListing(detail: "Zoom offered page \(pagesRead + 1), more than its total_records allow (\(pageLimit))"),
                                endpoint: path)
            }
            token = next.isEmpty ? nil : next
            finished = next.isEmpty
            return ListingPage(document: document, restarted: restarted)
        }
    }
}

/// How many pages a listing may take: what Zoom's `total_records` and page size allow, plus slack
/// for records added while it is read. A chain past that (fresh tokens for ever, zoom-api.md §2)
/// is Zoom going round, which would otherwise spend the day's Heavy budget on one listing.
public struct ListingPageLimit: Sendable, CustomStringConvertible {
    /// Without `total_records`, a listing of more pages than this is taken to be endless: at 300
    /// records a page, three million records.
    public static let withoutTotal = 10_000
    let requestedPageSize: Int?
    let withoutTotal: Int
    /// The largest `total_records` any page of the chain reported.
    private(set) var totalRecords: Int?
    private(set) var pageSize: Int?

    init(requestedPageSize: Int?, totalRecords: Int? = nil, withoutTotal: Int = Self.withoutTotal) {
        self.requestedPageSize = requestedPageSize
        self.withoutTotal = withoutTotal
        self.totalRecords = totalRecords
    }

    mutating func observe(_ document: JSONValue) {
        if let total = document["total_records"]?.int, total >= 0, total <= Int64(Int32.max) {
            totalRecords = max(totalRecords ?? 0, Int(total))
        }
        if let size = document["page_size"]?.int, size > 0, size <= 10_000 { pageSize = Int(size) }
    }

    /// The pages Zoom's figures allow, with 10% (at least 2) more for records added meanwhile.
    var maxPages: Int {
        guard let totalRecords, let size = pageSize ?? requestedPageSize, size > 0 else { return withoutTotal }
        let pages = max(1, (totalRecords + size - 1) / size)
        return pages + max(2, pages / 10)
    }

    public var description: String {
        guard let totalRecords else { return "no total_records; at most \(withoutTotal) pages" }
        return "total_records \(totalRecords), page_size \((pageSize ?? requestedPageSize).map(String.init) ?? "-"), at most \(maxPages) pages"
    }
}
