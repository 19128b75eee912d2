import Foundation
import Records

/// One row of Zoom's daily usage report (`GET /report/daily`), as the sandbox serves it.
public struct DailyUsageDay: Sendable, Hashable {
    public let date: CivilDate
    public let newUsers: Int
    public let meetings: Int
    public let participants: Int
    public let meetingMinutes: Int

    public init(date: CivilDate, newUsers: Int, meetings: Int, participants: Int, meetingMinutes: Int) {
        self.date = date
        self.newUsers = newUsers
        self.meetings = meetings
        self.participants = participants
        self.meetingMinutes = meetingMinutes
    }
}

extension SyntheticAccount {
    /// The day's figures as Zoom would report them at `now`.
    ///
    /// Derived from the day's meetings: `meetings` counts instances started, `participants` sums
    /// each instance's distinct attendees, `meeting_minutes` sums participant minutes, `new_users`
    /// counts users created that day. For today (or a day whose meetings still run) the figures are
    /// what has happened by `now`, so they grow during the day: a client must not treat them as final.
    public func dailyUsage(on day: CivilDate, asOf now: Date) -> DailyUsageDay {
        var meetings = 0, participants = 0, minutes = 0
        for meeting in self.meetings(on: day) where meeting.startTime <= now {
            meetings += 1
            participants += meeting.participantsCount(asOf: now)
            minutes += meeting.participantMinutes(asOf: now)
        }
        let newUsers = joiners(on: day).count { $0.createdAt <= now }
        return DailyUsageDay(date: day, newUsers: newUsers, meetings: meetings, participants: participants, meetingMinutes: minutes)
    }

    /// The `dates` of the daily report for a month: every day up to and including today
    /// (account time zone), nothing after. Does not apply the 6-month rule; see `dailyReportAccepts`.
    public func dailyUsage(year: Int, month: Int, asOf now: Date) -> [DailyUsageDay] {
        guard let first = CivilDate(year: year, month: month, day: 1) else { return [] }
        let last = min(first.lastOfMonth, today(asOf: now))
        guard first <= last else { return [] }
        return (0...first.days(until: last)).map { dailyUsage(on: first.adding(days: $0), asOf: now) }
    }

    /// Zoom's 6-month window for `/report/daily` (zoom-api.md §2), exactly as the client mirrors it:
    /// a month is accepted iff its last day is on or after today minus 6 calendar months (day
    /// clamped to the month's length) and its first day is on or before today.
    public static func dailyReportAccepts(year: Int, month: Int, today: CivilDate) -> Bool {
        guard let first = CivilDate(year: year, month: month, day: 1) else { return false }
        return first.lastOfMonth >= today.adding(months: -6) && first <= today
    }
}
