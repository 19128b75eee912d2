/// The schedule of one rate-limit category: pure arithmetic on instants, so tests drive it as values.
///
/// A sliding window rather than a token bucket: Zoom counts requests per window, and a full
/// bucket plus its refill would briefly send more than that. Each caller *reserves* a start
/// instant (now, or later when the window is full) and the reservation counts at once, so many
/// concurrent workers get distinct, evenly spaced starts instead of all waking at the same
/// instant and racing for one slot.
struct RateWindow: Sendable {
    typealias Instant = ContinuousClock.Instant

    /// Requests per window: the plan's, lowered when Zoom's `X-RateLimit-Limit` says less.
    private(set) var limit: Int
    let window: Duration
    /// Added to the window: we start a request before Zoom counts it, by a network delay that
    /// varies, so two starts exactly one window apart may arrive a little closer than that.
    let margin: Duration
    /// How much longer than `window` we currently space requests; 1 until Zoom answers 429.
    private(set) var slowdown: Double = 1
    /// Until when nothing may start (a 429's `Retry-After`, or no quota left this window).
    private(set) var pausedUntil: Instant?
    private var lastSlowdown: Instant?
    /// The most recent reserved starts (some may lie ahead), ascending; at most `limit`.
    private var starts: [Instant] = []
    /// False for a plan that paces nothing (`ZoomPlan.unthrottled`): only Zoom's pauses apply.
    let paced: Bool

    static let maxSlowdown = 4.0
    /// Each 429 stretches the window by this factor...
    static let slowdownStep = 1.25
    /// ...and each success takes this much of the stretch back: about 50 successes per step,
    /// so sustained contention costs roughly one 429 in fifty requests, not one in five.
    static let recoveryPerSuccess = 0.005

    /// A schedule for `rate`; nil paces nothing but still honors Zoom's 429s and pauses.
    init(_ rate: RateLimit?) {
        paced = rate != nil
        limit = max(1, rate?.requests ?? 1)
        window = rate?.window ?? .seconds(1)
        margin = Self.margin(for: window)
    }

    /// 25 ms on a one-second window (2.5%), 1% of longer ones.
    static func margin(for window: Duration) -> Duration {
        max(.milliseconds(25), window / 100)
    }

    /// The window requests are spaced by now: the plan's, stretched by 429s, plus the margin.
    var effectiveWindow: Duration {
        window * slowdown + margin
    }

    /// Reserves the earliest start at or after `now` that keeps every window within the limit.
    mutating func reserve(now: Instant) -> Instant {
        var start = now
        if let pausedUntil, pausedUntil > start { start = pausedUntil }
        guard paced else { return start }
        if starts.count >= limit {
            start = max(start, starts[starts.count - limit] + effectiveWindow)
        }
        insert(start)
        return start
    }

    func isPaused(at now: Instant) -> Bool {
        (pausedUntil ?? now) > now
    }

    /// Holds every start until `instant`; a later pause wins over an earlier one.
    mutating func pause(until instant: Instant) {
        pausedUntil = max(pausedUntil ?? instant, instant)
    }

    /// Zoom refused a request for the per-second limit: wait `wait`, then go slower for a while.
    /// The refusals of one burst arrive together: they slow the category one step, not one each.
    mutating func rateLimited(now: Instant, wait: Duration) {
        if lastSlowdown.map({ now - $0 >= effectiveWindow }) ?? true {
            slowdown = min(slowdown * Self.slowdownStep, Self.maxSlowdown)
            lastSlowdown = now
        }
        pause(until: now + wait)
    }

    /// A request went through: take back a little of any slowdown.
    mutating func succeeded() {
        slowdown = max(1, slowdown - Self.recoveryPerSuccess)
    }

    /// Zoom's view of this window, from `X-RateLimit-Limit` / `X-RateLimit-Remaining` on a
    /// per-second (`QPS`) answer. Limits are per account and shared by all its apps, so Zoom may
    /// have counted requests we did not send: those count here as if we had sent them now, and
    /// a lower limit than the plan's (a misconfigured plan) replaces ours. Never loosens.
    mutating func observe(remaining: Int, limit zoomLimit: Int?, now: Instant) {
        guard paced else { return }
        if let zoomLimit, zoomLimit >= 1, zoomLimit < limit {
            limit = zoomLimit
            if starts.count > limit { starts.removeFirst(starts.count - limit) }
        }
        if remaining <= 0 {
            pause(until: now + window)
            return
        }
        let horizon = now - effectiveWindow
        let ours = starts.lazy.filter { $0 > horizon && $0 <= now }.count
        let others = (limit - remaining) - ours
        for _ in 0..<min(max(0, others), limit) { insert(now) }
    }

    private mutating func insert(_ instant: Instant) {
        let position = starts.lastIndex { $0 <= instant }.map { $0 + 1 } ?? 0
        starts.insert(instant, at: position)
        if starts.count > limit { starts.removeFirst(starts.count - limit) }
    }
}
