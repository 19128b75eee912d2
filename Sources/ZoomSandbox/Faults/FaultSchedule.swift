import Foundation
import Synchronization

/// A fault drawn for one request, with a random word for its details (which 5xx, which body).
struct InjectedFault: Sendable, Hashable {
    let fault: SandboxFault
    let variant: UInt64
}

/// Draws the faults of the current `FaultPlan` request by request, and counts what it injected.
final class FaultSchedule: Sendable {
    private struct Ongoing {
        let fault: SandboxFault
        var remaining: Int
    }

    private struct State {
        var plan: FaultPlan?
        /// Per request identity: how often it was seen, and the burst it is in.
        var seen: [String: Int] = [:]
        var ongoing: [String: Ongoing] = [:]
        var started: [SandboxFault: Int] = [:]
        var injected: [SandboxFault: Int] = [:]
    }

    private let state: Mutex<State>

    init(plan: FaultPlan?) {
        state = Mutex(State(plan: plan))
    }

    var plan: FaultPlan? { state.withLock { $0.plan } }

    /// Replaces the plan and forgets every draw and count of the previous one.
    func set(_ plan: FaultPlan?) {
        state.withLock { $0 = State(plan: plan) }
    }

    /// How often each fault was actually injected under the current plan.
    var injected: [SandboxFault: Int] { state.withLock { $0.injected } }

    func recordInjected(_ fault: SandboxFault) {
        state.withLock { $0.injected[fault, default: 0] += 1 }
    }

    /// The fault for the next attempt of this request, if any: nil without a plan, outside its
    /// paths, or when the fault drawn cannot happen to this request (`applicable` says which can).
    func draw(method: String, path: String, query: QueryParameters, isOAuth: Bool,
              applicable: (SandboxFault) -> Bool) -> InjectedFault? {
        state.withLock { state in
            guard let plan = state.plan, plan.applies(to: path, isOAuth: isOAuth) else { return nil }
            let identity = Self.identity(method: method, path: path, query: query)
            let attempt = state.seen[identity, default: 0]
            state.seen[identity] = attempt + 1
            var random = SplitMix64(keys: plan.seed, SplitMix64.key(identity), UInt64(attempt))

            if var burst = state.ongoing[identity] {
                burst.remaining -= 1
                state.ongoing[identity] = burst.remaining > 0 ? burst : nil
                return applicable(burst.fault) ? InjectedFault(fault: burst.fault, variant: random.next()) : nil
            }
            var roll = random.unit()
            for fault in FaultPlan.perRequest {
                guard let rate = plan.rates[fault], rate.probability > 0 else { continue }
                guard roll < rate.probability else {
                    roll -= rate.probability
                    continue
                }
                guard applicable(fault), state.started[fault, default: 0] < rate.limit ?? .max else { return nil }
                state.started[fault, default: 0] += 1
                let length = random.int(in: rate.burst)
                if length > 1 { state.ongoing[identity] = Ongoing(fault: fault, remaining: length - 1) }
                return InjectedFault(fault: fault, variant: random.next())
            }
            return nil
        }
    }

    /// Whether `record` (its canonical JSON) is one of the records `fault` (`wrongTypes`,
    /// `nulInText`) spoils: decided by the seed and the record alone, so every read of it agrees.
    func spoils(record canonical: String, with fault: SandboxFault = .wrongTypes) -> Bool {
        guard let plan = state.withLock({ $0.plan }), let rate = plan.rates[fault], rate.probability > 0 else { return false }
        let salt = fault == .wrongTypes ? "record" : "record \(fault.rawValue)"
        var random = SplitMix64(keys: plan.seed, SplitMix64.key(salt), SplitMix64.key(canonical))
        return random.chance(rate.probability)
    }

    /// A request as the plan knows it: method, path and query without `next_page_token`, whose
    /// value is random, so a retry and a restarted listing are recognised as the same request.
    static func identity(method: String, path: String, query: QueryParameters) -> String {
        let items = query.items.filter { $0.name != "next_page_token" }.map { "\($0.name)=\($0.value ?? "")" }.sorted()
        return "\(method) \(path)?\(items.joined(separator: "&"))"
    }
}
