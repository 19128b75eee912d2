import Foundation

/// Why a fault specification could not be read; names the offending item.
public struct FaultPlanError: Error, CustomStringConvertible {
    public let description: String
}

extension FaultPlan {
    /// Reads a plan from text, as `zoom-etl sandbox --faults` and `ZOOM_SANDBOX_FAULTS` give it:
    /// comma-separated items, for example
    ///
    ///     mix,seed=7
    ///     seed=3,server_error=0.05:1-3,reset=0.02,rate_limit_bare=0.01:2,stall=0.01,stall_ms=5000
    ///     seed=1,server_error=1:permanent,paths=/v2/metrics/|/v2/report/daily
    ///
    /// `mix` starts from `FaultPlan.mix`; a fault name takes `probability[:burst]`, the burst a
    /// count, a range `min-max` or `permanent`, and `limit=` is spelled `name_limit=N`. Other
    /// items: `seed`, `paths` (prefixes separated by `|`), `oauth` (true/false), `stall_ms`,
    /// `retry_after` (seconds), `oversize_bytes`, `cycle_fresh_tokens` (true/false) and
    /// `hostile_retry_after` (the header's text).
    public init(spec: String) throws {
        var plan = FaultPlan(seed: 0)
        var seed: UInt64?
        for item in spec.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            if item == "mix" {
                plan.rates = FaultPlan.mix(seed: 0).rates
                continue
            }
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw FaultPlanError(description: "fault item \"\(item)\" is not name=value") }
            let (name, value) = (parts[0], parts[1])
            func number<T: LosslessStringConvertible>(_ type: T.Type) throws -> T {
                guard let number = T(value) else { throw FaultPlanError(description: "\(name) needs a number, got \"\(value)\"") }
                return number
            }
            switch name {
            case "seed": seed = try number(UInt64.self)
            case "paths": plan.paths = value.split(separator: "|").map(String.init)
            case "oauth":
                guard let flag = Bool(value) else { throw FaultPlanError(description: "oauth needs true or false, got \"\(value)\"") }
                plan.includeOAuth = flag
            case "stall_ms": plan.stall = .milliseconds(try number(Int.self))
            case "retry_after": plan.retryAfterSeconds = try number(Int.self)
            case "oversize_bytes": plan.oversizeBytes = try number(Int.self)
            case "cycle_fresh_tokens":
                guard let flag = Bool(value) else { throw FaultPlanError(description: "cycle_fresh_tokens needs true or false, got \"\(value)\"") }
                plan.freshCycleTokens = flag
            case "hostile_retry_after": plan.hostileRetryAfter = value
            default:
                if name.hasSuffix("_limit"), let fault = SandboxFault(rawValue: String(name.dropLast("_limit".count))) {
                    var rate = plan.rates[fault] ?? Rate(0)
                    rate.limit = try number(Int.self)
                    plan.rates[fault] = rate
                } else if let fault = SandboxFault(rawValue: name) {
                    plan.rates[fault] = try Self.rate(value, for: name, limit: plan.rates[fault]?.limit)
                } else {
                    let names = SandboxFault.allCases.map(\.rawValue).joined(separator: ", ")
                    throw FaultPlanError(description: "unknown fault \"\(name)\" (faults: \(names))")
                }
            }
        }
        plan.seed = seed ?? 0
        guard plan.requestProbability <= 1 else {
            throw FaultPlanError(description: "the fault probabilities add up to \(plan.requestProbability), more than 1")
        }
        self = plan
    }

    private static func rate(_ text: String, for name: String, limit: Int?) throws -> Rate {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let probability = Double(parts[0]), (0...1).contains(probability) else {
            throw FaultPlanError(description: "\(name) needs a probability from 0 to 1, got \"\(parts[0])\"")
        }
        guard parts.count == 2 else { return Rate(probability, limit: limit) }
        if parts[1] == "permanent" {
            var rate = Rate.permanent(probability)
            rate.limit = limit
            return rate
        }
        let bounds = parts[1].split(separator: "-", maxSplits: 1).compactMap { Int($0) }
        guard (1...2).contains(bounds.count), bounds.allSatisfy({ $0 >= 1 }), bounds.first! <= bounds.last! else {
            throw FaultPlanError(description: "\(name) needs a burst like 2, 1-3 or permanent, got \"\(parts[1])\"")
        }
        return Rate(probability, burst: bounds.first!...bounds.last!, limit: limit)
    }
}
