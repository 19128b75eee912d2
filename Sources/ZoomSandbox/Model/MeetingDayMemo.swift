import Records
import Synchronization

/// The days of meetings an account generated last, so that each is generated once while clients
/// page through it, not once per request.
///
/// Generating a day (every instance with all its join sessions) is the sandbox's main cost, and
/// the list endpoints regenerate their whole window, up to a month, for every page they serve.
/// A day with a new revision holds late arrivals, so (day, revision) is the key. The least
/// recently used day goes first once `capacity` is reached, which keeps memory bounded at any
/// range; the default capacity holds the widest report window (a month, plus the day before it
/// for instances that end past midnight) with room to spare.
final class MeetingDayMemo: Sendable {
    struct Key: Hashable, Sendable {
        let day: CivilDate
        let revision: Int
    }

    static let defaultCapacity = 40

    let capacity: Int
    private let state: Mutex<State>

    private struct State {
        var days: [Key: (meetings: [SyntheticMeeting], lastUse: UInt64)] = [:]
        var uses: UInt64 = 0
    }

    init(capacity: Int = MeetingDayMemo.defaultCapacity) {
        precondition(capacity > 0, "a memo holds at least one day")
        self.capacity = capacity
        state = Mutex(State())
    }

    /// The day's meetings if they are held, marking them as just used.
    func meetings(_ key: Key) -> [SyntheticMeeting]? {
        state.withLock { state in
            guard let meetings = state.days[key]?.meetings else { return nil }
            state.uses += 1
            state.days[key]?.lastUse = state.uses
            return meetings
        }
    }

    /// Holds a day's meetings, dropping the least recently used day when full. Two requests may
    /// generate the same day at once; generation is deterministic, so the later store is a no-op
    /// in content.
    func store(_ meetings: [SyntheticMeeting], for key: Key) {
        state.withLock { state in
            state.uses += 1
            state.days[key] = (meetings, state.uses)
            // A linear scan: at a few dozen entries it costs nothing next to generating a day.
            if state.days.count > capacity, let oldest = state.days.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
                state.days[oldest] = nil
            }
        }
    }

    /// How many days are held.
    var count: Int { state.withLock { $0.days.count } }
}
