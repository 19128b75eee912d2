import Foundation
import Records
import Synchronization

/// Everything the endpoints share: configuration, the accounts' models and the mutable stores.
final class SandboxState: Sendable {
    let configuration: SandboxConfiguration
    let tokens = TokenStore()
    let limiter = RateLimiter()
    let faults = FaultInjector()
    let chaos: FaultSchedule
    let log = RequestLog()
    let pageTokens = PageTokenStore()
    let entitlements: EntitlementStore
    let refusals = InstanceRefusals()

    /// Each account's model without revisions, built once (its users are generated eagerly).
    private let baseModels: [String: SyntheticAccount]
    private let revisions = Mutex<[String: [CivilDate: Int]]>([:])
    private let boundURL = Mutex<URL?>(nil)
    /// The zero of the monotonic seconds the rate limiter counts in.
    private let epoch = ContinuousClock.now

    init(configuration: SandboxConfiguration) {
        self.configuration = configuration
        var models: [String: SyntheticAccount] = [:]
        for account in configuration.accounts {
            precondition(models[account.accountId] == nil, "duplicate sandbox account \(account.accountId)")
            models[account.accountId] = SyntheticAccount(account)
        }
        baseModels = models
        entitlements = EntitlementStore(configuration.accounts)
        chaos = FaultSchedule(plan: configuration.faultPlan)
    }

    func model(accountId: String) -> SyntheticAccount {
        guard let base = baseModels[accountId] else {
            preconditionFailure("the sandbox serves no account \(accountId)")
        }
        return base.with(revisions: revisions.withLock { $0[accountId] ?? [:] })
    }

    func revise(accountId: String, day: CivilDate) {
        precondition(baseModels[accountId] != nil, "the sandbox serves no account \(accountId)")
        revisions.withLock { $0[accountId, default: [:]][day, default: 0] += 1 }
    }

    func policy(for account: SandboxAccount) -> RateLimitPolicy {
        let policy = RateLimitPolicy.zoom(account.plan)
        return configuration.dailyCapOverride.map(policy.overridingDailyCaps) ?? policy
    }

    /// Seconds since the sandbox was made, on the monotonic clock.
    var monotonicSeconds: Double {
        (ContinuousClock.now - epoch).timeInterval
    }

    /// The base URL clients reach the sandbox at; the token response's `api_url`.
    var baseURL: URL? {
        get { boundURL.withLock { $0 } }
        set { boundURL.withLock { $0 = newValue } }
    }
}
