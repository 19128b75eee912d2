import Foundation
import Records
import Synchronization

/// The `X-RateLimit-*` and `Retry-After` values of one response.
struct RateLimitHeaders: Sendable, Hashable {
    var category: RateLimitCategory
    var type: RateLimitType
    var limit: Int
    var remaining: Int
    /// Seconds for per-second refusals; an ISO-8601 instant for daily ones (zoom-api.md §5).
    var retryAfter: String?
}

/// Whether a request may proceed, and what its headers say.
enum RateLimitDecision: Sendable, Hashable {
    case allowed(RateLimitHeaders)
    case overPerSecond(RateLimitHeaders)
    case overDaily(RateLimitHeaders)

    var headers: RateLimitHeaders {
        switch self {
        case .allowed(let headers), .overPerSecond(let headers), .overDaily(let headers): return headers
        }
    }
}

/// Per-account, per-category rate limits: a token bucket per category and counters per daily cap.
///
/// The bucket holds `requests` tokens and refills at `requests / seconds`. That admits every
/// sequence with at most `requests` in any window of `seconds` (so a client pacing exactly at the
/// limit, by interval or by sliding window, is never refused) and refuses a burst over it.
/// Time comes in as arguments: the monotonic seconds for buckets, the sandbox clock's date for the
/// UTC day of daily caps, which keeps the limiter testable as values.
final class RateLimiter: Sendable {
    private struct BucketKey: Hashable {
        let accountId: String
        let category: RateLimitCategory
    }

    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    private struct DailyKey: Hashable {
        let accountId: String
        let cap: Int
        let utcDay: CivilDate
    }

    private struct State {
        var buckets: [BucketKey: Bucket] = [:]
        var daily: [DailyKey: Int] = [:]
    }

    private let state = Mutex(State())

    /// Admits or refuses one request, spending budget only when admitted.
    func admit(accountId: String, category: RateLimitCategory, policy: RateLimitPolicy,
               monotonic: Double, now: Date, enforce: Bool) -> RateLimitDecision {
        state.withLock { state in
            let utcDay = CivilDate(now, in: .gmt)
            let capIndex = policy.dailyCapIndex(for: category)
            let dailyKey = capIndex.map { DailyKey(accountId: accountId, cap: $0, utcDay: utcDay) }
            let used = dailyKey.flatMap { state.daily[$0] } ?? 0

            // A spent daily cap wins over the per-second limit: retrying in a second is pointless.
            if enforce, let capIndex, used >= policy.dailyCaps[capIndex].limit {
                let nextMidnight = utcDay.adding(days: 1)
                return .overDaily(RateLimitHeaders(
                    category: category, type: .daily, limit: policy.dailyCaps[capIndex].limit,
                    remaining: 0, retryAfter: "\(nextMidnight)T00:00:00Z"
                ))
            }

            let rate = policy.rates[category] ?? RateLimitPolicy.Rate(1, per: 1)
            let capacity = Double(rate.requests)
            let perSecond = capacity / rate.seconds
            let key = BucketKey(accountId: accountId, category: category)
            var bucket = state.buckets[key] ?? Bucket(tokens: capacity, updated: monotonic)
            bucket.tokens = min(capacity, bucket.tokens + max(0, monotonic - bucket.updated) * perSecond)
            bucket.updated = monotonic
            // The epsilon forgives floating-point dust for a client pacing at exactly the rate.
            if enforce, bucket.tokens < 1 - 1e-9 {
                state.buckets[key] = bucket
                let wait = max(1, Int(((1 - bucket.tokens) / perSecond).rounded(.up)))
                return .overPerSecond(RateLimitHeaders(
                    category: category, type: .perSecond, limit: rate.requests, remaining: 0, retryAfter: String(wait)
                ))
            }
            bucket.tokens = max(0, bucket.tokens - 1)
            state.buckets[key] = bucket
            // A category with a daily cap reports that budget, as Zoom was seen doing on a 200
            // (`x-ratelimit-limit: 6000` for Free's Light calls, zoom-api.md §5); the others report
            // what is left of the current second.
            if let dailyKey, let capIndex {
                state.daily[dailyKey] = used + 1
                return .allowed(RateLimitHeaders(
                    category: category, type: .daily, limit: policy.dailyCaps[capIndex].limit,
                    remaining: max(0, policy.dailyCaps[capIndex].limit - used - 1)
                ))
            }
            return .allowed(RateLimitHeaders(
                category: category, type: .perSecond, limit: rate.requests, remaining: Int(bucket.tokens + 1e-9)
            ))
        }
    }

    /// The headers a response would carry now, spending nothing (for injected faults).
    func peek(accountId: String, category: RateLimitCategory, policy: RateLimitPolicy, monotonic: Double, now: Date) -> RateLimitHeaders {
        state.withLock { state in
            if let capIndex = policy.dailyCapIndex(for: category) {
                let used = state.daily[DailyKey(accountId: accountId, cap: capIndex, utcDay: CivilDate(now, in: .gmt))] ?? 0
                let limit = policy.dailyCaps[capIndex].limit
                return RateLimitHeaders(category: category, type: .daily, limit: limit, remaining: max(0, limit - used))
            }
            let rate = policy.rates[category] ?? RateLimitPolicy.Rate(1, per: 1)
            let bucket = state.buckets[BucketKey(accountId: accountId, category: category)]
            let tokens = bucket.map { min(Double(rate.requests), $0.tokens + max(0, monotonic - $0.updated) * Double(rate.requests) / rate.seconds) }
                ?? Double(rate.requests)
            return RateLimitHeaders(category: category, type: .perSecond, limit: rate.requests, remaining: Int(tokens + 1e-9))
        }
    }
}
