import Foundation

/// Zoom's rate-limit categories; every endpoint belongs to one (zoom-api.md §2, §3, §5).
public enum RateLimitCategory: String, Sendable, CaseIterable, Codable {
    case light, medium, heavy
    case resourceIntensive = "resource_intensive"

    /// The spelling of Zoom's `X-RateLimit-Category` header.
    public var headerName: String {
        switch self {
        case .light: "Light"
        case .medium: "Medium"
        case .heavy: "Heavy"
        case .resourceIntensive: "Resource-intensive"
        }
    }
}

/// The account's Zoom plan, which sets its per-category rates (zoom-api.md §5).
public enum ZoomPlan: String, Sendable, CaseIterable, Codable {
    case free, pro, business

    /// Requests allowed per window for one category.
    public func rate(for category: RateLimitCategory) -> (requests: Int, per: Duration) {
        switch (self, category) {
        case (.free, .light): (4, .seconds(1))
        case (.free, .medium): (2, .seconds(1))
        case (.free, .heavy): (1, .seconds(1))
        case (.free, .resourceIntensive): (10, .seconds(60))
        case (.pro, .light): (30, .seconds(1))
        case (.pro, .medium): (20, .seconds(1))
        case (.pro, .heavy): (10, .seconds(1))
        case (.pro, .resourceIntensive): (10, .seconds(60))
        case (.business, .light): (80, .seconds(1))
        case (.business, .medium): (60, .seconds(1))
        case (.business, .heavy): (40, .seconds(1))
        case (.business, .resourceIntensive): (20, .seconds(60))
        }
    }

    /// The daily cap shared by heavy and resource-intensive calls; nil where Zoom sets per-category caps instead.
    public var dailyHeavyCap: Int? {
        switch self {
        case .free: nil
        case .pro: 30_000
        case .business: 60_000
        }
    }
}

/// Paces request starts so no category exceeds the plan's rate in any window, and pauses a
/// category when Zoom says so (a 429's `Retry-After`, or `X-RateLimit-Remaining: 0`).
///
/// A sliding window rather than a token bucket: Zoom counts requests per window, and a full
/// bucket plus its refill would briefly send more than that.
actor RateBudget {
    private let plan: ZoomPlan
    private let now: @Sendable () -> ContinuousClock.Instant
    /// Start times of the most recent requests, per category, oldest first.
    private var starts: [RateLimitCategory: [ContinuousClock.Instant]] = [:]
    private var pausedUntil: [RateLimitCategory: ContinuousClock.Instant] = [:]
    /// Our clock and Zoom's disagree by network jitter: keep a little under the limit.
    private let safety = 1.05

    init(plan: ZoomPlan, now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        self.plan = plan
        self.now = now
    }

    /// Waits until a request of this category may start, and records that it did.
    func acquire(_ category: RateLimitCategory) async throws {
        while true {
            let start = earliestStart(category)
            let current = now()
            if start <= current { break }
            try await Task.sleep(until: start, clock: .continuous)
        }
        starts[category, default: []].append(now())
    }

    private func earliestStart(_ category: RateLimitCategory) -> ContinuousClock.Instant {
        let (limit, window) = plan.rate(for: category)
        var earliest = pausedUntil[category] ?? now()
        var recent = starts[category, default: []]
        let horizon = now() - window * safety
        recent.removeAll { $0 < horizon }
        starts[category] = recent
        if recent.count >= limit {
            earliest = max(earliest, recent[recent.count - limit] + window * safety)
        }
        return earliest
    }

    /// Holds every request of the category until `instant` (a 429, or no quota left this second).
    func pause(_ category: RateLimitCategory, until instant: ContinuousClock.Instant) {
        pausedUntil[category] = max(pausedUntil[category] ?? instant, instant)
    }
}
