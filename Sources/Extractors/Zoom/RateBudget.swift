/// One account's request schedule, shared by every stream and worker of a run: a `RateWindow`
/// per rate-limit category, sized from the plan and tightened by what Zoom says.
///
/// Time comes from `now` and waits go through `sleep`, so tests drive it with a manual clock.
actor RateBudget {
    typealias Instant = ContinuousClock.Instant

    /// Every category has one; a plan without a rate for it paces nothing but Zoom's 429s.
    private var windows: [RateLimitCategory: RateWindow] = [:]
    private let now: @Sendable () -> Instant
    private let sleep: @Sendable (Instant) async throws -> Void

    init(plan: ZoomPlan,
         now: @escaping @Sendable () -> Instant = { ContinuousClock.now },
         sleep: @escaping @Sendable (Instant) async throws -> Void = { try await Task.sleep(until: $0, clock: .continuous) }) {
        for category in RateLimitCategory.allCases {
            windows[category] = RateWindow(plan.rate(for: category))
        }
        self.now = now
        self.sleep = sleep
    }

    /// Waits until a request of this category may start; the start counts from then on.
    ///
    /// A pause that began while we slept (another worker's 429) sends us back for a new slot.
    func acquire(_ category: RateLimitCategory) async throws {
        while true {
            let start = windows[category]!.reserve(now: now())
            if start > now() { try await sleep(start) }
            if !windows[category]!.isPaused(at: now()) { return }
        }
    }

    /// Zoom refused a request of this category for its per-second limit.
    func rateLimited(_ category: RateLimitCategory, wait: Duration) {
        windows[category]?.rateLimited(now: now(), wait: wait)
    }

    func succeeded(_ category: RateLimitCategory) {
        windows[category]?.succeeded()
    }

    /// `X-RateLimit-Remaining` (and `-Limit`) of a per-second answer.
    func observe(_ category: RateLimitCategory, remaining: Int, limit: Int?) {
        windows[category]?.observe(remaining: remaining, limit: limit, now: now())
    }

    /// The category's schedule as it stands, for tests and logs.
    func window(_ category: RateLimitCategory) -> RateWindow? {
        windows[category]
    }
}
