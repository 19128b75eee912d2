/// Zoom's rate-limit categories; the raw value is the `X-RateLimit-Category` spelling (zoom-api.md §5).
public enum RateLimitCategory: String, Sendable, Hashable, CaseIterable {
    case light = "Light"
    case medium = "Medium"
    case heavy = "Heavy"
    case resourceIntensive = "Resource-intensive"
}

/// Which limit a response's `X-RateLimit-*` headers describe (zoom-api.md §8).
public enum RateLimitType: String, Sendable, Hashable {
    case perSecond = "QPS"
    case daily = "Daily-limit"
}

/// A plan's rate-limit table: a rate per category and the daily caps (zoom-api.md §5).
public struct RateLimitPolicy: Sendable, Hashable {
    /// `requests` per `seconds`: 10 per 1 s, or 20 per 60 s for resource-intensive calls.
    public struct Rate: Sendable, Hashable {
        public var requests: Int
        public var seconds: Double

        public init(_ requests: Int, per seconds: Double) {
            self.requests = requests
            self.seconds = seconds
        }
    }

    /// A daily budget shared by `categories`, counted per UTC day.
    public struct DailyCap: Sendable, Hashable {
        public var categories: Set<RateLimitCategory>
        public var limit: Int

        public init(_ categories: Set<RateLimitCategory>, limit: Int) {
            self.categories = categories
            self.limit = limit
        }
    }

    public var rates: [RateLimitCategory: Rate]
    public var dailyCaps: [DailyCap]

    public init(rates: [RateLimitCategory: Rate], dailyCaps: [DailyCap]) {
        self.rates = rates
        self.dailyCaps = dailyCaps
    }

    /// Zoom's published table for `plan`.
    public static func zoom(_ plan: SandboxPlan) -> RateLimitPolicy {
        switch plan {
        case .free:
            // Free has a cap per category, not a combined one.
            return RateLimitPolicy(
                rates: [.light: Rate(4, per: 1), .medium: Rate(2, per: 1), .heavy: Rate(1, per: 1), .resourceIntensive: Rate(10, per: 60)],
                dailyCaps: [
                    DailyCap([.light], limit: 6000), DailyCap([.medium], limit: 2000),
                    DailyCap([.heavy], limit: 1000), DailyCap([.resourceIntensive], limit: 30_000),
                ]
            )
        case .pro:
            return RateLimitPolicy(
                rates: [.light: Rate(30, per: 1), .medium: Rate(20, per: 1), .heavy: Rate(10, per: 1), .resourceIntensive: Rate(10, per: 60)],
                dailyCaps: [DailyCap([.heavy, .resourceIntensive], limit: 30_000)]
            )
        case .business:
            return RateLimitPolicy(
                rates: [.light: Rate(80, per: 1), .medium: Rate(60, per: 1), .heavy: Rate(40, per: 1), .resourceIntensive: Rate(20, per: 60)],
                dailyCaps: [DailyCap([.heavy, .resourceIntensive], limit: 60_000)]
            )
        }
    }

    /// The same table with every daily cap set to `limit`.
    public func overridingDailyCaps(_ limit: Int) -> RateLimitPolicy {
        RateLimitPolicy(rates: rates, dailyCaps: dailyCaps.map { DailyCap($0.categories, limit: limit) })
    }

    /// Index of the daily cap that counts `category`, if any.
    func dailyCapIndex(for category: RateLimitCategory) -> Int? {
        dailyCaps.firstIndex { $0.categories.contains(category) }
    }
}
