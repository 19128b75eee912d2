import Foundation
import Records

/// Which webinars are large (`SandboxAccount.largeWebinarSessions`).
extension SyntheticAccount {
    /// The join sessions of the instance `key` names if it is a large webinar, else nil.
    ///
    /// The large one of a block is its first webinar in generation order (day, then ordinal) among
    /// instances present from the start, so a revision never moves it. Finding it replays only the
    /// first draws of the block's instances (`SyntheticMeeting.identityDraws`), up to the first
    /// webinar, once per block.
    func largeWebinarSize(_ key: InstanceKey) -> Int? {
        guard let sessions = largeWebinarSessions, key.revision == 0, key.day >= largeWebinarFrom else { return nil }
        let block = largeWebinarFrom.days(until: key.day) / largeWebinarPeriodDays
        let chosen = instanceMemo.largeWebinar(block: block) {
            let first = largeWebinarFrom.adding(days: block * largeWebinarPeriodDays)
            for day in (0..<largeWebinarPeriodDays).map({ first.adding(days: $0) }) {
                for (candidate, _) in instanceHosts(on: day) where candidate.revision == 0 {
                    var random = stream(.meeting, day, revision: 0, ordinal: candidate.ordinal)
                    if SyntheticMeeting.identityDraws(self, &random).isWebinar { return candidate }
                }
            }
            return nil
        }
        return chosen == key ? sessions : nil
    }

    /// The large webinars that start on `from`...`to` (account days), ended or not, in start order.
    public func largeWebinars(from: CivilDate, to: CivilDate) -> [SyntheticMeeting] {
        guard largeWebinarSessions != nil, from <= to else { return [] }
        return (from.dayNumber...to.dayNumber).flatMap { meetings(on: CivilDate(dayNumber: $0)) }.filter(\.isLarge)
    }
}
