import Foundation
import Logging
import Records
import TestSupport
import Testing
import ZoomSandbox
@testable import Extractors

/// `next_page_token` paging against the sandbox, including Zoom's 15-minute token expiry.
@Suite struct PagingTests {
    @Test func followsTokensToTheEndAndRestartsAChainWhoseTokenExpired() async throws {
        let clock = ManualClock(Date())
        var configuration = SandboxConfiguration()
        configuration.now = clock.read
        try await withSandbox(configuration) { sandbox, url in
            let account = SandboxAccount.demo
            var settings = ZoomClientConfiguration(credentials: ZoomCredentials(accountId: account.accountId, clientId: account.clientId,
                                                                                clientSecret: Secret(account.clientSecret)),
                                                   oauthURL: url.absoluteString, plan: .business)
            settings.now = clock.read
            let client = ZoomClient(settings, logger: Logger(label: "test"))
            let today = CivilDate(clock.now, in: account.timeZone)
            let from = today.adding(days: -10), to = today.adding(days: -1)
            let truth = sandbox.groundTruth(accountId: account.accountId).endedInstances(from: from, to: to, asOf: clock.now).map(\.uuid)
            #expect(truth.count > 15, "the window must span several pages")

            let query = [("from", "\(from)"), ("to", "\(to)"), ("date_type", "end_time"), ("meeting_type", "all"), ("page_size", "5")]
            var pages = client.pages("/report/history_meetings", query: query, category: .heavy).makeAsyncIterator()
            let first = try #require(try await pages.next())
            #expect(!first.restarted)
            // Sixteen minutes later the token of page two has expired (zoom-api.md §5).
            clock.advance(by: .seconds(16 * 60))
            var afterRestart: [String] = []
            var sawRestart = false
            while let page = try await pages.next() {
                if page.restarted { sawRestart = true }
                afterRestart += (page.document["history_meetings"]?.array ?? []).compactMap { $0["meeting_uuid"]?.string }
            }
            #expect(sawRestart)
            #expect(afterRestart == truth, "the restarted chain must deliver the whole listing once")
            #expect(sandbox.requestLog.contains { $0.status == 400 && $0.query("next_page_token") != nil })
        }
    }
}
