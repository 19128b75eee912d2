import Synchronization

/// Each account's features now: they start as `SandboxAccount.features` and tests flip them.
final class EntitlementStore: Sendable {
    private let features: Mutex<[String: Set<SandboxFeature>]>

    init(_ accounts: [SandboxAccount]) {
        features = Mutex(Dictionary(accounts.map { ($0.accountId, $0.features) }, uniquingKeysWith: { first, _ in first }))
    }

    func has(_ feature: SandboxFeature, accountId: String) -> Bool {
        features.withLock { $0[accountId]?.contains(feature) ?? false }
    }

    func all(accountId: String) -> Set<SandboxFeature> {
        features.withLock { $0[accountId] ?? [] }
    }

    func set(_ feature: SandboxFeature, enabled: Bool, accountId: String) {
        features.withLock { features in
            precondition(features[accountId] != nil, "the sandbox serves no account \(accountId)")
            if enabled {
                features[accountId]!.insert(feature)
            } else {
                features[accountId]!.remove(feature)
            }
        }
    }
}

/// Instances whose child endpoints (participants, QoS, QSS) answer an error until served again.
final class InstanceRefusals: Sendable {
    struct Refusal: Sendable {
        let status: Int
        let code: Int
        let message: String
    }

    private let refusals = Mutex<[String: Refusal]>([:])

    func refuse(_ uuid: String, _ refusal: Refusal) {
        refusals.withLock { $0[uuid] = refusal }
    }

    func serve(_ uuid: String) {
        refusals.withLock { $0[uuid] = nil }
    }

    func refusal(for uuid: String) -> Refusal? {
        refusals.withLock { $0[uuid] }
    }
}
