import Foundation
import Synchronization

/// `next_page_token`s for paginated endpoints (zoom-api.md §2, §5).
///
/// A token remembers the account, the endpoint, the query it was issued for (minus paging
/// parameters) and the offset of the next page. It expires after `pageTokenLifetime`; an expired,
/// unknown or mismatched token is Zoom's 400 code 300 "The next page token is invalid or expired".
final class PageTokenStore: Sendable {
    struct Position: Sendable, Hashable {
        let accountId: String
        let path: String
        let query: [String]
        let offset: Int
    }

    private struct Entry {
        let position: Position
        let expiresAt: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    /// The token `reusableToken` gave each position, so a cycling listing repeats its tokens.
    private let reusable = Mutex<[Position: String]>([:])

    /// Query parameters that may change between pages of one listing.
    static let pagingParameters: Set<String> = ["next_page_token", "page_size", "page_number"]

    static func fingerprint(_ query: QueryParameters) -> [String] {
        query.items.filter { !pagingParameters.contains($0.name) }.map { "\($0.name)=\($0.value ?? "")" }.sorted()
    }

    func issue(accountId: String, path: String, query: QueryParameters, offset: Int, now: Date, lifetime: Duration) -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        let token = String((0..<32).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        let position = Position(accountId: accountId, path: path, query: PageTokenStore.fingerprint(query), offset: offset)
        entries.withLock { $0[token] = Entry(position: position, expiresAt: now.addingTimeInterval(lifetime.timeInterval)) }
        return token
    }

    /// The token last issued by this method for the position while it is valid, else a new one
    /// (`SandboxFault.cyclingPageToken`: the same page is always offered by the same token).
    func reusableToken(accountId: String, path: String, query: QueryParameters, offset: Int, now: Date, lifetime: Duration) -> String {
        let position = Position(accountId: accountId, path: path, query: PageTokenStore.fingerprint(query), offset: offset)
        if let token = reusable.withLock({ $0[position] }), resolve(token, accountId: accountId, path: path, query: query, now: now) == offset {
            return token
        }
        let token = issue(accountId: accountId, path: path, query: query, offset: offset, now: now, lifetime: lifetime)
        reusable.withLock { $0[position] = token }
        return token
    }

    /// Every token issued so far becomes invalid, as if 15 minutes had passed (`ZoomSandbox.expirePageTokens`).
    func expireAll() {
        entries.withLock { $0.removeAll() }
    }

    /// The offset `token` points at, or nil if it is invalid, expired or for another listing.
    func resolve(_ token: String, accountId: String, path: String, query: QueryParameters, now: Date) -> Int? {
        guard let entry = entries.withLock({ $0[token] }), now < entry.expiresAt else { return nil }
        let position = entry.position
        guard position.accountId == accountId, position.path == path, position.query == PageTokenStore.fingerprint(query) else { return nil }
        return position.offset
    }
}
