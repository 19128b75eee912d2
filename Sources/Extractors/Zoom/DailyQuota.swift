import Foundation
import Records
import Synchronization

/// Requests spent against Zoom's daily caps (Pro 30,000 and Business+ 60,000 heavy plus
/// resource-intensive calls, zoom-api.md §5), per UTC day, counting earlier runs' requests too.
///
/// The caller loads what earlier runs spent today (the warehouse keeps it), the client spends
/// one unit per capped request before sending it and refuses to send once the cap is reached,
/// and the caller saves `takeUnsaved()` as it goes. Zoom's own count (`X-RateLimit-Type:
/// Daily-limit` with `X-RateLimit-Remaining`) can only lower what is left: the cap is per
/// account, shared by every app on it.
public final class DailyQuota: Sendable {
    /// Requests of one category on one UTC day.
    public struct Usage: Sendable, Hashable {
        public let utcDay: CivilDate
        public let category: RateLimitCategory
        public var requests: Int

        public init(utcDay: CivilDate, category: RateLimitCategory, requests: Int) {
            self.utcDay = utcDay
            self.category = category
            self.requests = requests
        }
    }

    /// The cap of `category` is spent until `resetsAt` (the next UTC midnight).
    public struct Exhausted: Error, Sendable, Hashable {
        public let category: RateLimitCategory
        public let resetsAt: Date
    }

    private struct Key: Hashable {
        let day: CivilDate
        let category: RateLimitCategory
    }

    private struct State {
        var day: CivilDate
        /// Requests per category on `day`: earlier runs' plus ours.
        var used: [RateLimitCategory: Int]
        /// Per cap: what Zoom counted that we did not send (other apps on the account).
        var others: [Int: Int] = [:]
        /// Per cap: Zoom's `X-RateLimit-Limit` when lower than the plan's.
        var limits: [Int: Int] = [:]
        var unsaved: [Key: Int] = [:]
    }

    public let caps: [DailyCap]
    private let now: @Sendable () -> Date
    private let state: Mutex<State>

    /// `usedToday`: what earlier runs spent on the UTC day of `now()`.
    public init(caps: [DailyCap], usedToday: [RateLimitCategory: Int], now: @escaping @Sendable () -> Date = { Date() }) {
        self.caps = caps
        self.now = now
        state = Mutex(State(day: CivilDate(now(), in: .gmt), used: usedToday))
    }

    /// The UTC day a request sent at `date` counts on.
    public static func utcDay(_ date: Date) -> CivilDate {
        CivilDate(date, in: .gmt)
    }

    /// The next UTC midnight after `date`: when Zoom's daily caps reset.
    public static func nextReset(after date: Date) -> Date {
        utcDay(date).adding(days: 1).start(in: .gmt)
    }

    /// Counts one request of `category` about to be sent, or throws when its cap is spent.
    /// Returns the day it counted on, for `refund`.
    @discardableResult
    public func spend(_ category: RateLimitCategory) throws(Exhausted) -> CivilDate {
        let date = now()
        return try state.withLock { state throws(Exhausted) -> CivilDate in
            roll(&state, to: date)
            if let index = capIndex(category), spent(state, index) >= limit(state, index) {
                throw Exhausted(category: category, resetsAt: Self.nextReset(after: date))
            }
            state.used[category, default: 0] += 1
            state.unsaved[Key(day: state.day, category: category), default: 0] += 1
            return state.day
        }
    }

    /// Takes back a request Zoom did not count (it answered 429).
    public func refund(_ category: RateLimitCategory, day: CivilDate) {
        state.withLock { state in
            if day == state.day { state.used[category, default: 0] -= 1 }
            state.unsaved[Key(day: day, category: category), default: 0] -= 1
        }
    }

    /// Zoom's daily figures for the cap counting `category`, from a `Daily-limit` answer.
    public func observe(category: RateLimitCategory, remaining: Int, limit: Int?) {
        let date = now()
        state.withLock { state in
            roll(&state, to: date)
            guard let index = capIndex(category) else { return }
            if let limit, limit >= 1, limit < caps[index].limit { state.limits[index] = min(state.limits[index] ?? limit, limit) }
            let zoomSpent = self.limit(state, index) - max(0, remaining)
            let ours = caps[index].categories.reduce(0) { $0 + (state.used[$1] ?? 0) }
            state.others[index] = max(state.others[index] ?? 0, zoomSpent - ours)
        }
    }

    /// Zoom refused with its daily limit: the cap is spent, whatever our count says.
    public func markSpent(_ category: RateLimitCategory) {
        observe(category: category, remaining: 0, limit: nil)
    }

    /// Requests left today under the cap counting `category`; nil when no cap counts it.
    public func remaining(_ category: RateLimitCategory) -> Int? {
        let date = now()
        return state.withLock { state in
            roll(&state, to: date)
            return capIndex(category).map { max(0, limit(state, $0) - spent(state, $0)) }
        }
    }

    /// Our requests not handed to `takeUnsaved` yet, per UTC day and category (refunds included).
    /// Whether requests were counted since the last `takeUnsaved`.
    public var hasUnsaved: Bool {
        state.withLock { state in state.unsaved.values.contains { $0 != 0 } }
    }

    public func takeUnsaved() -> [Usage] {
        state.withLock { state in
            defer { state.unsaved = [:] }
            return state.unsaved.filter { $0.value != 0 }
                .map { Usage(utcDay: $0.key.day, category: $0.key.category, requests: $0.value) }
                .sorted { ($0.utcDay, $0.category.rawValue) < ($1.utcDay, $1.category.rawValue) }
        }
    }

    /// Puts back usage whose saving failed, so the next save includes it.
    public func restoreUnsaved(_ usage: [Usage]) {
        state.withLock { state in
            for entry in usage { state.unsaved[Key(day: entry.utcDay, category: entry.category), default: 0] += entry.requests }
        }
    }

    private func capIndex(_ category: RateLimitCategory) -> Int? {
        caps.firstIndex { $0.categories.contains(category) }
    }

    private func limit(_ state: State, _ index: Int) -> Int {
        state.limits[index] ?? caps[index].limit
    }

    private func spent(_ state: State, _ index: Int) -> Int {
        caps[index].categories.reduce(state.others[index] ?? 0) { $0 + (state.used[$1] ?? 0) }
    }

    /// A new UTC day: Zoom's caps reset, and nobody has spent anything of the new day yet.
    private func roll(_ state: inout State, to date: Date) {
        let day = Self.utcDay(date)
        guard day > state.day else { return }
        state.day = day
        state.used = [:]
        state.others = [:]
        state.limits = [:]
    }
}
