import Foundation
import Synchronization
import Testing
@testable import Extractors

/// The pacer's arithmetic as values: instants are offsets from one origin, nothing sleeps.
@Suite struct RateWindowTests {
    let t0 = ContinuousClock.now

    @Test(arguments: [
        (ZoomPlan.free, RateLimitCategory.light, 4, Duration.seconds(1)), (.free, .medium, 2, .seconds(1)),
        (.free, .heavy, 1, .seconds(1)), (.free, .resourceIntensive, 10, .seconds(60)),
        (.pro, .light, 30, .seconds(1)), (.pro, .medium, 20, .seconds(1)), (.pro, .heavy, 10, .seconds(1)),
        (.pro, .resourceIntensive, 10, .seconds(60)),
        (.business, .light, 80, .seconds(1)), (.business, .medium, 60, .seconds(1)), (.business, .heavy, 40, .seconds(1)),
        (.business, .resourceIntensive, 20, .seconds(60)),
    ])
    func aFullWindowStartsTheNextRequestOneWindowLater(plan: ZoomPlan, category: RateLimitCategory, limit: Int, window: Duration) throws {
        let rate = try #require(plan.rate(for: category))
        #expect(rate == RateLimit(limit, per: window))
        var schedule = RateWindow(rate)
        // The plan's burst goes at once...
        for _ in 0..<limit { #expect(schedule.reserve(now: t0) == t0) }
        // ...then each further start waits for the start `limit` places back to leave the window.
        let margin = max(Duration.milliseconds(25), window / 100)
        #expect(schedule.reserve(now: t0) == t0 + window + margin)
        // A second window's worth is spaced the same way (Free's heavy calls: one per window).
        let second = schedule.reserve(now: t0 + .milliseconds(1))
        #expect(second == (limit == 1 ? t0 + (window + margin) * 2 : t0 + window + margin))
    }

    @Test func noWindowEverHoldsMoreThanTheLimit() {
        var schedule = RateWindow(RateLimit(10, per: .seconds(1)))
        var starts: [ContinuousClock.Instant] = []
        // Callers arrive every 7 ms, faster than 10/s; each gets its own start.
        for index in 0..<100 {
            starts.append(schedule.reserve(now: t0 + .milliseconds(7 * index)))
        }
        #expect(starts == starts.sorted())
        for (index, start) in starts.enumerated() {
            let inWindow = starts[index...].prefix { $0 < start + .seconds(1) }.count
            #expect(inWindow <= 10, "window from start \(index)")
        }
        // And nothing idles: each later round repeats the first burst one window on.
        #expect(starts[99] == starts[9] + (Duration.seconds(1) + .milliseconds(25)) * 9)
    }

    @Test func aPauseHoldsEveryStartUntilItEnds() {
        var schedule = RateWindow(RateLimit(10, per: .seconds(1)))
        schedule.pause(until: t0 + .seconds(3))
        schedule.pause(until: t0 + .seconds(2))  // an earlier pause does not shorten it
        #expect(schedule.isPaused(at: t0 + .seconds(2)))
        #expect(schedule.reserve(now: t0) == t0 + .seconds(3))
        #expect(!schedule.isPaused(at: t0 + .seconds(3)))
    }

    @Test func a429PausesAndSlowsTheCategoryAndSuccessesWinItBack() {
        var schedule = RateWindow(RateLimit(10, per: .seconds(1)))
        schedule.rateLimited(now: t0, wait: .seconds(2))
        #expect(schedule.pausedUntil == t0 + .seconds(2))
        #expect(schedule.slowdown == 1.25)
        #expect(schedule.effectiveWindow == .milliseconds(1275))
        // The rest of the same burst's refusals do not slow it further...
        for _ in 0..<20 { schedule.rateLimited(now: t0 + .milliseconds(5), wait: .seconds(1)) }
        #expect(schedule.slowdown == 1.25)
        // ...refusals window after window do, up to a limit.
        for round in 1...20 { schedule.rateLimited(now: t0 + .seconds(10 * round), wait: .seconds(1)) }
        #expect(schedule.slowdown == RateWindow.maxSlowdown)
        for _ in 0..<10_000 { schedule.succeeded() }
        #expect(schedule.slowdown == 1)
    }

    @Test func zoomSayingNothingIsLeftPausesForAWindow() {
        var schedule = RateWindow(RateLimit(10, per: .seconds(1)))
        schedule.observe(remaining: 0, limit: 10, now: t0)
        #expect(schedule.reserve(now: t0) == t0 + .seconds(1))
    }

    @Test func requestsOtherAppsSentCountAgainstOurWindow() {
        var schedule = RateWindow(RateLimit(10, per: .seconds(1)))
        _ = schedule.reserve(now: t0)
        // Zoom counted 6 in this window; we sent 1: the other 5 were someone else's.
        schedule.observe(remaining: 4, limit: 10, now: t0)
        for _ in 0..<4 { #expect(schedule.reserve(now: t0) == t0) }
        #expect(schedule.reserve(now: t0) > t0)
    }

    @Test func aLowerLimitFromZoomReplacesThePlansAndAHigherOneIsIgnored() {
        var schedule = RateWindow(RateLimit(40, per: .seconds(1)))
        schedule.observe(remaining: 100, limit: 80, now: t0)
        #expect(schedule.limit == 40)
        schedule.observe(remaining: 10, limit: 10, now: t0)
        #expect(schedule.limit == 10)
        for _ in 0..<10 { #expect(schedule.reserve(now: t0) == t0) }
        #expect(schedule.reserve(now: t0) > t0)
    }

    @Test func theUnthrottledPlanPacesNothing() {
        #expect(RateLimitCategory.allCases.allSatisfy { ZoomPlan.unthrottled.rate(for: $0) == nil })
        #expect(ZoomPlan.unthrottled.dailyCaps.isEmpty)
    }
}

/// The actor that shares one schedule among workers, on a manual clock that sleeping advances.
@Suite struct RateBudgetTests {
    /// A monotonic clock that moves only when someone sleeps.
    final class SleepClock: Sendable {
        let origin = ContinuousClock.now
        private let current: Mutex<ContinuousClock.Instant>
        private let sleeps = Mutex(0)

        init() { current = Mutex(origin) }

        var now: ContinuousClock.Instant { current.withLock { $0 } }
        var sleepCount: Int { sleeps.withLock { $0 } }

        func sleep(until instant: ContinuousClock.Instant) {
            sleeps.withLock { $0 += 1 }
            current.withLock { $0 = max($0, instant) }
        }

        func budget(_ plan: ZoomPlan) -> RateBudget {
            RateBudget(plan: plan, now: { self.now }, sleep: { self.sleep(until: $0) })
        }
    }

    @Test func requestsBeyondTheBurstWaitForTheWindow() async throws {
        let clock = SleepClock()
        let budget = clock.budget(.pro)
        for _ in 0..<10 { try await budget.acquire(.heavy) }
        #expect(clock.now == clock.origin)
        try await budget.acquire(.heavy)
        #expect(clock.now == clock.origin + .milliseconds(1025))
        // Categories are independent: light still has its whole burst.
        for _ in 0..<30 { try await budget.acquire(.light) }
        #expect(clock.now == clock.origin + .milliseconds(1025))
    }

    @Test func a429HoldsTheCategoryForEveryWorker() async throws {
        let clock = SleepClock()
        let budget = clock.budget(.pro)
        try await budget.acquire(.heavy)
        await budget.rateLimited(.heavy, wait: .seconds(5))
        try await budget.acquire(.heavy)
        #expect(clock.now == clock.origin + .seconds(5))
        try await budget.acquire(.medium)
        #expect(clock.now == clock.origin + .seconds(5), "other categories are not held")
    }

    @Test func aPauseThatBeganWhileWaitingSendsTheWaiterBackForANewSlot() async throws {
        let clock = SleepClock()
        let shared = Mutex<RateBudget?>(nil)
        let budget = RateBudget(plan: .pro, now: { clock.now }, sleep: { instant in
            clock.sleep(until: instant)
            // Another worker's request was refused while this one slept.
            if clock.sleepCount == 1, let budget = shared.withLock({ $0 }) { await budget.rateLimited(.heavy, wait: .seconds(5)) }
        })
        shared.withLock { $0 = budget }
        for _ in 0..<10 { try await budget.acquire(.heavy) }
        try await budget.acquire(.heavy)
        #expect(clock.sleepCount == 2)
        #expect(clock.now >= clock.origin + .milliseconds(1025) + .seconds(5))
    }

    @Test func theUnthrottledPlanNeverSleeps() async throws {
        let clock = SleepClock()
        let budget = clock.budget(.unthrottled)
        for _ in 0..<1000 { try await budget.acquire(.heavy) }
        #expect(clock.sleepCount == 0)
    }

    @Test func concurrentWorkersShareOneSchedule() async throws {
        let clock = SleepClock()
        let budget = clock.budget(.business)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { for _ in 0..<10 { try await budget.acquire(.heavy) } }
            }
            try await group.waitForAll()
        }
        // 80 heavy requests at 40 per window: the first 40 at once, the rest one window later.
        #expect(clock.now == clock.origin + .milliseconds(1025))
    }
}
