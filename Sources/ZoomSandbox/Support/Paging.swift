import Foundation

/// `page_size` + `next_page_token` paging, as every Zoom list endpoint does it (zoom-api.md §2, §5).
///
/// A token remembers the account, the raw path, the other query parameters and the next offset,
/// and lives `pageTokenLifetime`. A follow-up must repeat the query; an expired, unknown or
/// mismatched token is 400 code 300 "The next page token is invalid or expired."
struct Paging {
    let offset: Int
    let size: Int

    /// Reads `page_size` (default `defaultSize`; over `maxSize`, under 1 or not a number: 400 code
    /// 300) and `next_page_token` ("" or absent: the first page).
    init(_ request: EndpointRequest, defaultSize: Int, maxSize: Int) throws {
        if let text = request.query["page_size"] {
            guard let number = Int(text), (1...maxSize).contains(number) else {
                throw EndpointFailure(.validationFailed(fields: ["page_size"]))
            }
            size = number
        } else {
            size = defaultSize
        }
        guard let token = request.query["next_page_token"], !token.isEmpty else {
            offset = 0
            return
        }
        guard let account = request.account,
              let resolved = request.state.pageTokens.resolve(token, accountId: account.accountId, path: request.path,
                                                              query: request.query, now: request.now)
        else {
            throw EndpointFailure.zoom(.badRequest, code: 300, message: "The next page token is invalid or expired.")
        }
        offset = resolved
    }

    /// This page's items. On a lazy collection (a large webinar's sessions) only these are made.
    func slice<Items: RandomAccessCollection>(_ items: Items) -> Items.SubSequence where Items.Index == Int {
        items[(items.startIndex + min(offset, items.count))..<(items.startIndex + min(offset + size, items.count))]
    }

    /// The token for the page after this one; "" on the last page, as Zoom sends it.
    func nextToken(total: Int, _ request: EndpointRequest) -> String {
        guard offset + size < total, let account = request.account else { return "" }
        return request.state.pageTokens.issue(
            accountId: account.accountId, path: request.path, query: request.query, offset: offset + size,
            now: request.now, lifetime: request.state.configuration.pageTokenLifetime
        )
    }

    /// Zoom's `page_count`: pages of `size` needed for `total` records.
    func pageCount(total: Int) -> Int {
        (total + size - 1) / size
    }

    /// The deprecated `page_number` some responses still carry: this page's 1-based number.
    var pageNumber: Int { offset / size + 1 }
}
