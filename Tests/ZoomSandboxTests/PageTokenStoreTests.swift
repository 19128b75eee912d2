import Foundation
import Testing
@testable import ZoomSandbox

@Suite("next_page_token")
struct PageTokenStoreTests {
    @Test("resolves within its lifetime for the same listing only")
    func lifecycle() {
        let store = PageTokenStore()
        let now = Date(iso: "2026-11-25T15:00:00Z")
        let query = QueryParameters(encoded: "from=2026-11-01&to=2026-11-30&page_size=300")
        let token = store.issue(accountId: "a", path: "/v2/report/users", query: query, offset: 300, now: now, lifetime: .seconds(900))
        let next = QueryParameters(encoded: "to=2026-11-30&from=2026-11-01&page_size=100&next_page_token=\(token)")
        #expect(store.resolve(token, accountId: "a", path: "/v2/report/users", query: next, now: now.addingTimeInterval(899)) == 300)
        #expect(store.resolve(token, accountId: "a", path: "/v2/report/users", query: next, now: now.addingTimeInterval(900)) == nil)
        #expect(store.resolve(token, accountId: "b", path: "/v2/report/users", query: next, now: now) == nil)
        #expect(store.resolve(token, accountId: "a", path: "/v2/report/users",
                              query: QueryParameters(encoded: "from=2026-10-01&to=2026-10-31"), now: now) == nil)
        #expect(store.resolve("nonsense", accountId: "a", path: "/v2/report/users", query: next, now: now) == nil)
    }
}
