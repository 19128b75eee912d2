import Foundation
import Logging
import Records

/// A Zoom plan, as far as the sandbox cares: entitlements and rate-limit budgets (zoom-api.md §5).
public enum SandboxPlan: String, Sendable, CaseIterable {
    case free
    case pro
    /// Business and above (Business, Education, Enterprise, Partners) share one rate-limit table.
    case business
}

/// A paid feature or add-on an endpoint needs (zoom-api.md §2, §3, §8).
public enum SandboxFeature: String, Sendable, Hashable, CaseIterable {
    /// `/report/history_meetings`; without it the client falls back to per-host reports.
    case historyMeetings
    /// The Dashboard (`/metrics/...`, QoS): Business+ only.
    case dashboard
    /// The Quality of Service Subscription add-on (`qos_summary`), bought separately.
    case qss
    /// The Webinar add-on: the account hosts webinars and may read their reports.
    case webinars
}

/// One Zoom account the sandbox serves: its Server-to-Server OAuth app and the shape of its data.
public struct SandboxAccount: Sendable {
    public var accountId: String
    public var clientId: String
    public var clientSecret: String
    public var plan: SandboxPlan
    /// The account's time zone: the days of the daily report are calendar days here (zoom-api.md §8).
    public var timeZone: TimeZone
    /// With `scale` and `accountId`, fixes every synthetic figure the account serves.
    public var seed: UInt64
    /// Multiplies the number of users and meetings; 1 is a small demo account.
    public var scale: Int
    /// The scopes the app was granted; the token response lists them and endpoints check them.
    public var scopes: [String]
    /// Features the account starts with; `ZoomSandbox.setEntitlement` changes them at run time.
    /// `webinars` also decides, once, whether the synthetic data has webinars.
    public var features: Set<SandboxFeature>
    /// When set, the first webinar of every `largeWebinarPeriodDays`-day block from
    /// `largeWebinarFrom` on (first in generation order: day, then ordinal; late arrivals never)
    /// has exactly this many join sessions, each attendee joining once: thousands make
    /// participants take many 300-row pages and QoS hundreds of 10-row ones.
    /// `SyntheticAccount.largeWebinars` lists them. nil (the default) leaves every figure as it was.
    ///
    /// For exactly one large webinar in a window, start the blocks inside it with a period longer
    /// than the window: the one is then the first webinar on or after `largeWebinarFrom`.
    public var largeWebinarSessions: Int?
    /// The length in days of the blocks `largeWebinarSessions` picks one webinar from; 7 by default.
    public var largeWebinarPeriodDays: Int
    /// The first day of the first block; nil: `SyntheticAccount.origin` (2023-01-01, a Sunday).
    /// Days before it have no large webinar.
    public var largeWebinarFrom: CivilDate?
    /// The share (0...1, default 0) of non-empty QoS and QoS-summary values spelled in a unit no
    /// client knows ("126 msec", "27.15 kbit/s", "0.03 pct", "12 frames", "11 pct"): `QoSReading`
    /// tells them from empty ones. Drawn per value from streams of their own, so 0 changes nothing.
    public var unknownUnitShare: Double

    public init(
        accountId: String,
        clientId: String,
        clientSecret: String,
        plan: SandboxPlan = .business,
        timeZone: TimeZone = TimeZone(identifier: "America/New_York")!,
        seed: UInt64 = 42,
        scale: Int = 1,
        scopes: [String] = SandboxAccount.defaultScopes,
        features: Set<SandboxFeature>? = nil,
        largeWebinarSessions: Int? = nil,
        largeWebinarPeriodDays: Int = 7,
        largeWebinarFrom: CivilDate? = nil,
        unknownUnitShare: Double = 0
    ) {
        precondition(scale >= 1, "scale must be at least 1")
        precondition(largeWebinarSessions.map { $0 >= 2 } ?? true, "a large webinar has at least two sessions")
        precondition(largeWebinarPeriodDays >= 1, "large webinars come at most once a day")
        precondition((0...1).contains(unknownUnitShare), "unknownUnitShare is a share from 0 to 1")
        self.accountId = accountId
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.plan = plan
        self.timeZone = timeZone
        self.seed = seed
        self.scale = scale
        self.scopes = scopes
        self.features = features ?? SandboxAccount.defaultFeatures(for: plan)
        self.largeWebinarSessions = largeWebinarSessions
        self.largeWebinarPeriodDays = largeWebinarPeriodDays
        self.largeWebinarFrom = largeWebinarFrom
        self.unknownUnitShare = unknownUnitShare
    }

    /// Business: history, Dashboard and the Webinar add-on. Pro: history only (no Dashboard, and
    /// webinars are an add-on it did not buy). Free: nothing. QSS is a paid add-on: always off.
    public static func defaultFeatures(for plan: SandboxPlan) -> Set<SandboxFeature> {
        switch plan {
        case .business: return [.historyMeetings, .dashboard, .webinars]
        case .pro: return [.historyMeetings]
        case .free: return []
        }
    }

    /// Classic admin scopes covering every endpoint zoom-etl reads (zoom-api.md §2–§4).
    public static let defaultScopes = [
        "report:read:admin", "dashboard:read:admin", "user:read:admin", "meeting:read:admin",
    ]

    /// The account `zoom-etl demo` and most tests use.
    public static let demo = SandboxAccount(
        accountId: "sandbox-account",
        clientId: "sandbox-client-id",
        clientSecret: "sandbox-client-secret"
    )
}

/// How a `ZoomSandbox` listens, whom it serves, and which clock it reads.
public struct SandboxConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port; `ZoomSandbox.start()` returns the one bound.
    public var port: Int
    public var accounts: [SandboxAccount]
    public var tokenLifetime: Duration
    /// How long a `next_page_token` stays valid (zoom-api.md §2: 15 minutes).
    public var pageTokenLifetime: Duration
    /// When false, no request is refused with 429; rate-limit headers are still sent.
    public var enforceRateLimits: Bool
    /// Replaces every daily cap of the plan (the combined heavy + resource-intensive cap on
    /// Pro and Business+, each category's cap on Free), so tests can spend a cap quickly.
    public var dailyCapOverride: Int?
    /// The sandbox's wall clock: data windows, "today", token and page-token expiry, and the UTC
    /// day of daily caps. Per-second rate limits always use the real monotonic clock, because
    /// clients pace themselves in real time.
    public var now: @Sendable () -> Date
    /// Where the sandbox and Hummingbird log; silent by default so `zoom-etl demo` output stays clean.
    public var logger: Logger
    /// Faults injected from the start; `ZoomSandbox.setFaultPlan` changes them at run time.
    public var faultPlan: FaultPlan?

    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        accounts: [SandboxAccount] = [.demo],
        tokenLifetime: Duration = .seconds(3600),
        pageTokenLifetime: Duration = .seconds(900),
        enforceRateLimits: Bool = true,
        dailyCapOverride: Int? = nil,
        now: @escaping @Sendable () -> Date = { Date() },
        logger: Logger = Logger(label: "zoom-sandbox", factory: { _ in SwiftLogNoOpLogHandler() }),
        faultPlan: FaultPlan? = nil
    ) {
        self.host = host
        self.port = port
        self.accounts = accounts
        self.tokenLifetime = tokenLifetime
        self.pageTokenLifetime = pageTokenLifetime
        self.enforceRateLimits = enforceRateLimits
        self.dailyCapOverride = dailyCapOverride
        self.now = now
        self.logger = logger
        self.faultPlan = faultPlan
    }

    /// The account with this id, if the sandbox serves it.
    public func account(id: String) -> SandboxAccount? {
        accounts.first { $0.accountId == id }
    }
}

extension Duration {
    /// Whole and fractional seconds, for arithmetic with `Date`.
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
