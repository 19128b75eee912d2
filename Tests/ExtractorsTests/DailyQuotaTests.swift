import Foundation
import Records
import Synchronization
import Testing
@testable import Extractors

/// The daily caps' ledger on an injected wall clock: runs of one UTC day add up, midnight resets.
@Suite struct DailyQuotaTests {
    final class WallClock: Sendable {
        private let current: Mutex<Date>
        init(_ iso: String) { current = Mutex(try! Date(iso, strategy: .iso8601)) }
        var now: Date { current.withLock { $0 } }
        var read: @Sendable () -> Date { { self.now } }
        func set(_ iso: String) { current.withLock { $0 = try! Date(iso, strategy: .iso8601) } }
    }

    let proCap = ZoomPlan.pro.dailyCaps

    @Test func heavyAndResourceIntensiveShareOneCapOnProAndBusiness() {
        #expect(ZoomPlan.pro.dailyCaps == [DailyCap([.heavy, .resourceIntensive], limit: 30_000)])
        #expect(ZoomPlan.business.dailyCaps == [DailyCap([.heavy, .resourceIntensive], limit: 60_000)])
        #expect(ZoomPlan.free.dailyCaps.count == 4)
        #expect(ZoomPlan.pro.dailyHeavyCap == 30_000 && ZoomPlan.business.dailyHeavyCap == 60_000 && ZoomPlan.free.dailyHeavyCap == nil)
    }

    @Test func earlierRunsOfTheDayCountAndTheCapStopsTheRun() throws {
        let clock = WallClock("2026-11-25T22:00:00Z")
        let quota = DailyQuota(caps: proCap, usedToday: [.heavy: 29_990, .resourceIntensive: 5], now: clock.read)
        #expect(quota.remaining(.heavy) == 5)
        #expect(quota.remaining(.light) == nil, "light calls have no daily cap on Pro")
        for _ in 0..<4 { try quota.spend(.heavy) }
        try quota.spend(.resourceIntensive)
        let spent = try #require(throws: DailyQuota.Exhausted.self) { try quota.spend(.heavy) }
        #expect(spent.resetsAt == (try Date("2026-11-26T00:00:00Z", strategy: .iso8601)))
        try quota.spend(.light)  // uncapped categories go on
        #expect(quota.takeUnsaved() == [
            DailyQuota.Usage(utcDay: CivilDate(iso: "2026-11-25")!, category: .heavy, requests: 4),
            DailyQuota.Usage(utcDay: CivilDate(iso: "2026-11-25")!, category: .light, requests: 1),
            DailyQuota.Usage(utcDay: CivilDate(iso: "2026-11-25")!, category: .resourceIntensive, requests: 1),
        ])
        #expect(quota.takeUnsaved().isEmpty, "taken once")
    }

    @Test func utcMidnightStartsAFreshDayAndSplitsTheCount() throws {
        let clock = WallClock("2026-11-25T23:59:59Z")
        let quota = DailyQuota(caps: proCap, usedToday: [.heavy: 30_000], now: clock.read)
        #expect(throws: DailyQuota.Exhausted.self) { try quota.spend(.heavy) }
        clock.set("2026-11-26T00:00:00Z")
        #expect(quota.remaining(.heavy) == 30_000)
        try quota.spend(.heavy)
        try quota.spend(.heavy)
        #expect(quota.takeUnsaved() == [DailyQuota.Usage(utcDay: CivilDate(iso: "2026-11-26")!, category: .heavy, requests: 2)])
    }

    @Test func aRequestSpanningMidnightIsRefundedOnTheDayItCounted() throws {
        let clock = WallClock("2026-11-25T23:59:59Z")
        let quota = DailyQuota(caps: proCap, usedToday: [:], now: clock.read)
        let day = try quota.spend(.heavy)
        clock.set("2026-11-26T00:00:01Z")
        try quota.spend(.heavy)
        quota.refund(.heavy, day: day)  // Zoom answered 429: it did not count
        #expect(quota.takeUnsaved() == [DailyQuota.Usage(utcDay: CivilDate(iso: "2026-11-26")!, category: .heavy, requests: 1)])
        #expect(quota.remaining(.heavy) == 29_999)
    }

    @Test func zoomsDailyFiguresOnlyLowerWhatIsLeft() throws {
        let clock = WallClock("2026-11-25T12:00:00Z")
        let quota = DailyQuota(caps: proCap, usedToday: [.heavy: 100], now: clock.read)
        // Other apps on the account spent 400 more than our runs did.
        quota.observe(category: .heavy, remaining: 29_500, limit: 30_000)
        #expect(quota.remaining(.heavy) == 29_500)
        // A figure that says more is left than we know of changes nothing.
        quota.observe(category: .resourceIntensive, remaining: 29_990, limit: 30_000)
        #expect(quota.remaining(.heavy) == 29_500)
        // The account's real cap is lower than the configured plan's.
        quota.observe(category: .heavy, remaining: 20, limit: 600)
        #expect(quota.remaining(.heavy) == 20)
        quota.markSpent(.heavy)
        #expect(throws: DailyQuota.Exhausted.self) { try quota.spend(.resourceIntensive) }
    }

    @Test func freeCapsEachCategoryOnItsOwn() throws {
        let clock = WallClock("2026-11-25T12:00:00Z")
        let quota = DailyQuota(caps: ZoomPlan.free.dailyCaps, usedToday: [.medium: 2000], now: clock.read)
        #expect(throws: DailyQuota.Exhausted.self) { try quota.spend(.medium) }
        try quota.spend(.light)
        #expect(quota.remaining(.light) == 5999)
        #expect(quota.remaining(.heavy) == 1000)
    }

    @Test func usageWhoseSavingFailedIsSavedNextTime() throws {
        let quota = DailyQuota(caps: proCap, usedToday: [:], now: WallClock("2026-11-25T12:00:00Z").read)
        try quota.spend(.heavy)
        let taken = quota.takeUnsaved()
        try quota.spend(.heavy)
        quota.restoreUnsaved(taken)
        #expect(quota.takeUnsaved().map(\.requests) == [2])
    }
}

/// What the client reads from Zoom's rate-limit headers, including when there are none.
@Suite struct RateLimitHeaderTests {
    let now = try! Date("2026-11-25T12:00:00Z", strategy: .iso8601)

    func response(_ status: Int, _ headers: [(String, String)], body: String = "") -> HTTPResponse {
        HTTPResponse(status: status, headers: headers.map { (name: $0.0, value: $0.1) }, body: Array(body.utf8))
    }

    @Test func theTypeHeaderSaysWhichLimitTheFiguresCount() {
        #expect(ZoomClient.isDailyLimit(response(200, [("X-RateLimit-Type", "Daily-limit"), ("X-RateLimit-Limit", "30000")]), now: now))
        #expect(!ZoomClient.isDailyLimit(response(200, [("x-ratelimit-type", "QPS"), ("X-RateLimit-Limit", "10")]), now: now))
    }

    @Test func withoutATypeOnlyADailySizedLimitIsDaily() {
        // Seen on a 200: x-ratelimit-category Light, limit 6000, remaining 5893 (zoom-api.md §5).
        #expect(ZoomClient.isDailyLimit(response(200, [("X-RateLimit-Limit", "6000")]), now: now))
        #expect(!ZoomClient.isDailyLimit(response(200, [("X-RateLimit-Limit", "80")]), now: now))
        #expect(!ZoomClient.isDailyLimit(response(200, []), now: now))
    }

    @Test func aDaily429IsKnownByItsHeaderItsMessageOrALongRetryAfter() {
        #expect(ZoomClient.isDailyLimit(response(429, [("X-RateLimit-Type", "Daily-limit"), ("Retry-After", "2026-11-26T00:00:00Z")]), now: now))
        #expect(!ZoomClient.isDailyLimit(response(429, [("X-RateLimit-Type", "QPS"), ("Retry-After", "1")]), now: now))
        // No headers at all: Zoom's message, then the length of the wait, decide.
        let daily = #"{"code":429,"message":"You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request."}"#
        let perSecond = #"{"code":429,"message":"You have reached the maximum per-second rate limit for this API. Try again later."}"#
        #expect(ZoomClient.isDailyLimit(response(429, [], body: daily), now: now))
        #expect(!ZoomClient.isDailyLimit(response(429, [], body: perSecond), now: now))
        #expect(ZoomClient.isDailyLimit(response(429, [("Retry-After", "Thu, 26 Nov 2026 00:00:00 GMT")]), now: now))
        #expect(!ZoomClient.isDailyLimit(response(429, [("Retry-After", "2")]), now: now))
        #expect(!ZoomClient.isDailyLimit(response(429, []), now: now))
    }

    @Test func categoriesReadZoomsSpelling() {
        #expect(RateLimitCategory(headerName: "Heavy") == .heavy)
        #expect(RateLimitCategory(headerName: "resource-intensive") == .resourceIntensive)
        #expect(RateLimitCategory(headerName: "Enormous") == nil)
    }
}
