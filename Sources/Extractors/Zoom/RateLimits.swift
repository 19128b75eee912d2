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

    /// Reads an `X-RateLimit-Category` value, ignoring case.
    public init?(headerName: String) {
        guard let match = Self.allCases.first(where: { $0.headerName.caseInsensitiveCompare(headerName) == .orderedSame }) else { return nil }
        self = match
    }
}

/// At most `requests` request starts in any `window`.
public struct RateLimit: Sendable, Hashable {
    public var requests: Int
    public var window: Duration

    public init(_ requests: Int, per window: Duration) {
        self.requests = requests
        self.window = window
    }
}

/// A daily budget shared by `categories`, counted per UTC day (zoom-api.md §5).
public struct DailyCap: Sendable, Hashable {
    public var categories: Set<RateLimitCategory>
    public var limit: Int

    public init(_ categories: Set<RateLimitCategory>, limit: Int) {
        self.categories = categories
        self.limit = limit
    }
}

/// The account's Zoom plan, which sets its per-category rates and daily caps (zoom-api.md §5).
public enum ZoomPlan: String, Sendable, CaseIterable, Codable {
    case free, pro, business
    /// No pacing and no daily cap. Zoom has no such plan: it exists for load benchmarks against
    /// `zoom-etl sandbox --unthrottled`; against Zoom its 429s would still be honored.
    case unthrottled

    /// The per-category limit, or nil when the plan paces nothing.
    public func rate(for category: RateLimitCategory) -> RateLimit? {
        switch (self, category) {
        case (.free, .light): RateLimit(4, per: .seconds(1))
        case (.free, .medium): RateLimit(2, per: .seconds(1))
        case (.free, .heavy): RateLimit(1, per: .seconds(1))
        case (.free, .resourceIntensive): RateLimit(10, per: .seconds(60))
        case (.pro, .light): RateLimit(30, per: .seconds(1))
        case (.pro, .medium): RateLimit(20, per: .seconds(1))
        case (.pro, .heavy): RateLimit(10, per: .seconds(1))
        case (.pro, .resourceIntensive): RateLimit(10, per: .seconds(60))
        case (.business, .light): RateLimit(80, per: .seconds(1))
        case (.business, .medium): RateLimit(60, per: .seconds(1))
        case (.business, .heavy): RateLimit(40, per: .seconds(1))
        case (.business, .resourceIntensive): RateLimit(20, per: .seconds(60))
        case (.unthrottled, _): nil
        }
    }

    /// Zoom's daily caps: Pro and Business+ share one between heavy and resource-intensive
    /// calls; Free caps each category on its own.
    public var dailyCaps: [DailyCap] {
        switch self {
        case .free:
            [DailyCap([.light], limit: 6000), DailyCap([.medium], limit: 2000),
             DailyCap([.heavy], limit: 1000), DailyCap([.resourceIntensive], limit: 30_000)]
        case .pro: [DailyCap([.heavy, .resourceIntensive], limit: 30_000)]
        case .business: [DailyCap([.heavy, .resourceIntensive], limit: 60_000)]
        case .unthrottled: []
        }
    }

    /// The daily cap shared by heavy and resource-intensive calls; nil where Zoom sets per-category caps instead.
    public var dailyHeavyCap: Int? {
        switch self {
        case .free, .unthrottled: nil
        case .pro: 30_000
        case .business: 60_000
        }
    }

    /// Fan-out workers when a job does not say: enough requests in flight to use the whole heavy
    /// budget while Zoom takes up to a second to answer (Pro 10, Business+ 40). Most of them wait
    /// in the pacer holding nothing, so more workers cost little.
    public var defaultConcurrency: Int {
        switch self {
        case .free: 2
        case .pro: 10
        case .business: 40
        case .unthrottled: 16
        }
    }
}
