import Foundation
import Records

/// Requests the client sent, for the run's accounting and the benchmark.
struct RequestCounters: Sendable {
    var sent: [RateLimitCategory: Int] = [:]
    var rateLimited: [RateLimitCategory: Int] = [:]
    /// Wall time during which at least one request waited for the rate budget (its pacing or a
    /// 429's pause): the union of the waits, not their sum, so it never exceeds the run's time
    /// however many workers wait at once.
    var rateLimitWait: Duration = .zero
    var waitingRequests = 0
    var waitingSince: ContinuousClock.Instant?

    mutating func startWaiting(at now: ContinuousClock.Instant) {
        if waitingRequests == 0 { waitingSince = now }
        waitingRequests += 1
    }

    mutating func stopWaiting(at now: ContinuousClock.Instant) {
        waitingRequests -= 1
        if waitingRequests == 0, let since = waitingSince {
            rateLimitWait += now - since
            waitingSince = nil
        }
    }

    /// The wait so far, including a wait still in progress.
    func rateLimitWait(at now: ContinuousClock.Instant) -> Duration {
        rateLimitWait + (waitingSince.map { now - $0 } ?? .zero)
    }
}

extension ZoomClient {
    /// Waits for the category's next slot in the account's budget, timing the wait.
    func acquireSlot(_ category: RateLimitCategory) async throws {
        counters.withLock { $0.startWaiting(at: .now) }
        defer { counters.withLock { $0.stopWaiting(at: .now) } }
        try await budget.acquire(category)
    }

    /// Counts the request against its daily cap, or ends the run (exit 75) when the cap is spent.
    func spendQuota(_ category: RateLimitCategory, endpoint: String) throws(ZoomError) -> CivilDate? {
        guard let quota = configuration.quota else { return nil }
        do {
            return try quota.spend(category)
        } catch {
            throw ZoomError(.quotaSpent(retryAt: error.resetsAt), endpoint: endpoint)
        }
    }

    /// Reads Zoom's `X-RateLimit-*` headers into the budget (per-second figures) or the daily
    /// ledger (daily figures). Headers are optional (zoom-api.md §5: documented nowhere now).
    func observeRateLimitHeaders(_ response: HTTPResponse, category requested: RateLimitCategory) async {
        guard let remaining = response.header("X-RateLimit-Remaining").flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else { return }
        let category = response.header("X-RateLimit-Category").flatMap(RateLimitCategory.init(headerName:)) ?? requested
        let limit = response.header("X-RateLimit-Limit").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if Self.isDailyLimit(response, now: configuration.now()) {
            // A 429 answer is handled by `rateLimited`; a daily figure on it would say 0 anyway.
            if response.status != 429 { configuration.quota?.observe(category: category, remaining: remaining, limit: limit) }
        } else {
            await budget.observe(category, remaining: remaining, limit: limit)
        }
    }

    /// Handles a 429: the daily limit ends the run (exit 75); a per-second one pauses and slows
    /// the category for its `Retry-After` (seconds or a date), or a backoff when there is none.
    /// Returns the wait.
    func rateLimited(_ response: HTTPResponse, category: RateLimitCategory, endpoint: String, quotaDay: CivilDate?, waits: Int) async throws -> Duration {
        counters.withLock { $0.rateLimited[category, default: 0] += 1 }
        // Zoom does not count what it refused.
        if let quotaDay { configuration.quota?.refund(category, day: quotaDay) }
        let now = configuration.now()
        let retryAfter = RetryAfter.delay(response.header("Retry-After"), now: now)
        if Self.isDailyLimit(response, now: now) {
            configuration.quota?.markSpent(category)
            throw ZoomError(.quotaSpent(retryAt: retryAfter.map { now.addingTimeInterval($0) } ?? DailyQuota.nextReset(after: now)), endpoint: endpoint)
        }
        guard waits <= configuration.maxRateLimitWaits else {
            throw ZoomError(.rateLimited(waits: waits - 1), endpoint: endpoint)
        }
        // A wait too long to sit out holding the account's lock (a year, say) is Zoom's budget
        // spent for a while: the run stops with what it loaded and the next one goes on (exit 75).
        if let retryAfter, retryAfter > Double(configuration.maxRetryAfter.components.seconds) {
            throw ZoomError(.waitTooLong(seconds: Int(retryAfter.rounded(.up))), endpoint: endpoint)
        }
        let wait = retryAfter.map { Duration.seconds($0) } ?? backoff(waits)
        await budget.rateLimited(category, wait: wait)
        return wait
    }

    /// Whether the answer is about the daily cap rather than the current second: its headers'
    /// figures are the day's, and a 429 ends the run with exit 75 instead of being waited out.
    ///
    /// `X-RateLimit-Type` says so where Zoom sends it (zoom-api.md §5). Without it (Zoom was seen
    /// omitting it on 200s), a limit of 1,000 or more can only be daily: the largest per-second
    /// limit is 80, the smallest daily cap 1,000. A 429 may still say "daily" in its message, or
    /// ask to wait more than a few minutes, which only the daily reset takes.
    static func isDailyLimit(_ response: HTTPResponse, now: Date) -> Bool {
        if let type = response.header("X-RateLimit-Type") {
            return type.localizedCaseInsensitiveContains("daily")
        }
        let limit = response.header("X-RateLimit-Limit").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if (limit ?? 0) >= 1000 { return true }
        guard response.status == 429 else { return false }
        let body = try? JSONDecoder().decode(ZoomErrorBody.self, from: response.body)
        if body?.message?.localizedCaseInsensitiveContains("daily") == true { return true }
        return (RetryAfter.delay(response.header("Retry-After"), now: now) ?? 0) > 300
    }
}
