import Foundation

/// One page of a paginated REST listing.
public struct ListingPage: Sendable {
    public let document: JSONValue
    /// True for the first page of a chain that restarted because its `next_page_token` expired:
    /// rows already seen will come again (the loader merges them, so nothing doubles).
    public let restarted: Bool
}

extension ZoomClient {
    /// Follows `next_page_token` through a listing, asking again with the same query plus the
    /// token each time (zoom-api.md §2). A token that expired (400, code 300; they live 15
    /// minutes) restarts the chain from the first page, at most `maxRestarts` times.
    public func pages(_ path: String, query: [(String, String)], category: RateLimitCategory, maxRestarts: Int = 3) -> AsyncThrowingStream<ListingPage, any Error> {
        AsyncThrowingStream(bufferingPolicy: .bufferingOldest(1)) { continuation in
            let task = Task {
                do {
                    var token: String?
                    var restarts = 0
                    var restarted = false
                    while true {
                        var pageQuery = query
                        if let token { pageQuery.append(("next_page_token", token)) }
                        let body: Data
                        do {
                            body = try await get(path, query: pageQuery, category: category)
                        } catch let error as ZoomError where token != nil && error.isExpiredPageToken && restarts < maxRestarts {
                            restarts += 1
                            restarted = true
                            token = nil
                            continue
                        }
                        let document = try JSONValue.parse(body, endpoint: path)
                        continuation.yield(ListingPage(document: document, restarted: restarted))
                        restarted = false
                        let next = document["next_page_token"]?.string ?? ""
                        if next.isEmpty { break }
                        if next == token {
                            throw ZoomError(.decoding(detail: "Zoom returned the same next_page_token twice"), endpoint: path)
                        }
                        token = next
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}

extension ZoomError {
    /// "The next page token is invalid or expired" (400, code 300).
    var isExpiredPageToken: Bool {
        guard case .api(400, 300, let message) = kind else { return false }
        return message.localizedCaseInsensitiveContains("token")
    }
}
