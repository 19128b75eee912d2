import Foundation
import Records
import Synchronization

/// Facts about single instances that take a pass over many draws to derive and never change:
/// which webinar of a block is large, and which join sessions of an instance have a QoS summary.
///
/// Like MeetingDayMemo it changes what a request costs, never what it answers. Without it a
/// qos_summary page of a 10,000-session webinar would check every session to find its ten.
final class InstanceMemo: Sendable {
    static let summaryCapacity = 16

    private struct State {
        /// Per block of `largeWebinarPeriodDays` days: the large webinar's key, if the block has a webinar.
        var largeWebinars: [Int: InstanceKey?] = [:]
        /// Per instance UUID: the positions of its sessions with a QoS summary, and when last used.
        var summaries: [String: (positions: [Int], lastUse: UInt64)] = [:]
        var uses: UInt64 = 0
    }

    private let state = Mutex(State())

    func largeWebinar(block: Int, orFind find: () -> InstanceKey?) -> InstanceKey? {
        if let known = state.withLock({ $0.largeWebinars[block] }) { return known }
        let found = find()
        state.withLock { $0.largeWebinars[block] = .some(found) }
        return found
    }

    /// The positions of `uuid`'s sessions with a summary, found by `find` on first use. The least
    /// recently used instance goes first beyond `summaryCapacity`.
    func summaryPositions(uuid: String, orFind find: () -> [Int]) -> [Int] {
        let held = state.withLock { state -> [Int]? in
            guard let positions = state.summaries[uuid]?.positions else { return nil }
            state.uses += 1
            state.summaries[uuid]?.lastUse = state.uses
            return positions
        }
        if let held { return held }
        let positions = find()
        state.withLock { state in
            state.uses += 1
            state.summaries[uuid] = (positions, state.uses)
            if state.summaries.count > InstanceMemo.summaryCapacity,
               let oldest = state.summaries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
                state.summaries[oldest] = nil
            }
        }
        return positions
    }
}
