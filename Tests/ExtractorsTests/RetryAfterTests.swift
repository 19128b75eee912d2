import Foundation
import Testing
@testable import Extractors

@Suite struct RetryAfterTests {
    let now = try! Date("2026-11-25T12:00:00Z", strategy: .iso8601)

    @Test func readsSeconds() {
        #expect(RetryAfter.delay("2", now: now) == 2)
        #expect(RetryAfter.delay(" 0 ", now: now) == 0)
    }

    @Test func readsAnISODateAsZoomsDailyLimitSendsIt() throws {
        let delay = try #require(RetryAfter.delay("2026-11-26T00:00:00Z", now: now))
        #expect(abs(delay - 12 * 3600) < 0.001)
    }

    @Test func readsAnHTTPDate() {
        #expect(RetryAfter.delay("Wed, 25 Nov 2026 12:00:30 GMT", now: now) == 30)
    }

    @Test func aDateInThePastMeansNoWait() {
        #expect(RetryAfter.delay("2026-11-25T11:00:00Z", now: now) == 0)
    }

    @Test(arguments: [nil, "", "soon", "-"])
    func unreadableOrAbsentGivesNil(header: String?) {
        #expect(RetryAfter.delay(header, now: now) == nil)
    }
}
