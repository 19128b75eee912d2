import Foundation
import Records

/// One ended or scheduled instance of a meeting or webinar (one Zoom meeting UUID).
public struct SyntheticMeeting: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case meeting
        case webinar
    }

    /// The account day (account time zone) the instance started on.
    public let day: CivilDate
    /// 0 for meetings present from the start; k for late arrivals that appear with the k-th revision.
    public let revision: Int
    public let uuid: String
    /// Recurring meetings reuse one id across instances, as at Zoom; ids exceed 2^31 (zoom-api.md §7).
    public let meetingId: Int64
    public let kind: Kind
    /// Zoom's meeting type: 2 scheduled, 8 recurring with fixed time, 5 webinar.
    public let type: Int
    public let topic: String
    /// Index into the account's `foundingUsers`.
    public let hostIndex: Int
    public let startTime: Date
    public let endTime: Date
    /// One entry per join: someone who leaves and rejoins has two (zoom-api.md §7).
    public let sessions: [SyntheticSession]

    /// Whole minutes, as Zoom's report `duration`.
    public var durationMinutes: Int { Int(endTime.timeIntervalSince(startTime)) / 60 }

    /// Distinct people who joined.
    public var participantsCount: Int { Set(sessions.map(\.attendee)).count }

    /// Sum of every session's minutes, as `total_minutes` / `total_participant_minutes`.
    public var totalParticipantMinutes: Int { participantMinutes(asOf: .distantFuture) }

    /// Distinct people who had joined by `now`.
    public func participantsCount(asOf now: Date) -> Int {
        Set(sessions.lazy.filter { $0.joinTime <= now }.map(\.attendee)).count
    }

    /// Participant minutes accrued by `now`: sessions still running count up to `now`.
    public func participantMinutes(asOf now: Date) -> Int {
        var seconds = 0.0
        for session in sessions {
            seconds += max(0, min(session.leaveTime, now).timeIntervalSince(session.joinTime))
        }
        return Int(seconds) / 60
    }

    init(account: SyntheticAccount, host hostIndex: Int, day: CivilDate, revision: Int,
         dayStart: Date, dayLength: TimeInterval, random: inout SplitMix64) {
        let host = account.foundingUsers[hostIndex]
        self.day = day
        self.revision = revision
        self.hostIndex = hostIndex

        var uuidBytes = random.bytes(16)
        // Force a share of the awkward UUIDs that need double encoding (zoom-api.md §5).
        if random.chance(0.03) { uuidBytes[0] |= 0xFC }                                    // starts with "/"
        if random.chance(0.02) { uuidBytes[0] |= 0x03; uuidBytes[1] = 0xFF; uuidBytes[2] |= 0xC0 }  // "x//..."
        uuid = SyntheticIdentifiers.meetingUUID(uuidBytes)

        let isWebinar = account.plan == .business && random.chance(0.03)
        if isWebinar {
            kind = .webinar
            type = 5
            meetingId = 90_000_000_000 + Int64(random.int(in: 0...9_999_999_999))
            topic = random.pick(SyntheticVocabulary.webinarTopics)
        } else if random.chance(0.4) {
            // One of the host's three recurring series: same id and topic every time.
            kind = .meeting
            type = 8
            let series = UInt64(random.int(in: 0...2))
            var seriesRandom = SplitMix64(keys: account.seed, SplitMix64.key(host.id), series)
            meetingId = 8_100_000_000 + Int64(seriesRandom.int(in: 0...1_799_999_999))
            topic = seriesRandom.pick(SyntheticVocabulary.meetingTopics)
        } else {
            kind = .meeting
            type = 2
            meetingId = 80_000_000_000 + Int64(random.int(in: 0...9_999_999_999))
            topic = random.pick(SyntheticVocabulary.meetingTopics)
        }

        // Hosts meet in their own working hours; place that instant within the account's day.
        let localSecond = random.int(in: 7...18) * 3600 + random.pick([0, 0, 0, 15, 30, 30, 45]) * 60 + random.int(in: 0...180)
        let noon = dayStart.addingTimeInterval(dayLength / 2)
        let shift = host.timeZone.secondsFromGMT(for: noon) - account.timeZone.secondsFromGMT(for: noon)
        let daySeconds = Int(dayLength)
        let accountSecond = ((localSecond - shift) % daySeconds + daySeconds) % daySeconds
        startTime = dayStart.addingTimeInterval(TimeInterval(accountSecond))

        let plannedMinutes = random.pick(isWebinar ? [45, 60, 90] : [15, 30, 30, 30, 45, 60, 60, 90])
        let duration = max(120, plannedMinutes * 60 + random.int(in: -240...420))
        endTime = startTime.addingTimeInterval(TimeInterval(duration))

        let people: Int
        if isWebinar {
            people = random.int(in: 15...(60 * account.scale))
        } else if random.chance(0.08) {
            people = 1  // the host alone: report participant endpoints skip these (zoom-api.md §7)
        } else {
            people = min(40, 2 + random.poisson(mean: 3))
        }
        sessions = SyntheticMeeting.sessions(
            people: people, host: hostIndex, userCount: account.foundingUsers.count,
            start: startTime, duration: duration, random: &random
        )
    }

    private static func sessions(people: Int, host: Int, userCount: Int, start: Date, duration: Int,
                                 random: inout SplitMix64) -> [SyntheticSession] {
        var attendees: [SyntheticSession.Attendee] = [.user(index: host)]
        var taken: Set<Int> = [host]
        for guest in 1..<max(1, people) {
            let candidate = random.int(in: 0...(userCount - 1))
            if random.chance(0.65), !taken.contains(candidate) {
                taken.insert(candidate)
                attendees.append(.user(index: candidate))
            } else {
                attendees.append(.guest(number: guest))
            }
        }
        var result: [SyntheticSession] = []
        for (position, attendee) in attendees.enumerated() {
            let isHost = position == 0
            var join = isHost ? 0 : random.int(in: 0...min(600, duration / 4))
            let leave = isHost ? duration : duration - (random.chance(0.3) ? random.int(in: 0...(duration / 3)) : random.int(in: 0...60))
            guard leave - join >= 30 else {
                result.append(SyntheticSession(attendee: attendee, start: start, join: join, leave: join + 30, failover: false))
                continue
            }
            // Some people drop and rejoin: Zoom reports each join as its own row (zoom-api.md §7).
            if leave - join > 600, random.chance(0.08) {
                let drop = random.int(in: (join + 120)...(leave - 240))
                result.append(SyntheticSession(attendee: attendee, start: start, join: join, leave: drop, failover: false))
                join = drop + random.int(in: 10...90)
                result.append(SyntheticSession(attendee: attendee, start: start, join: join, leave: leave, failover: random.chance(0.3)))
            } else {
                result.append(SyntheticSession(attendee: attendee, start: start, join: join, leave: leave, failover: false))
            }
        }
        return result
    }
}

/// One join of one person: Zoom's participant row.
public struct SyntheticSession: Sendable, Hashable {
    public enum Attendee: Sendable, Hashable {
        /// A user of the account (index into `foundingUsers`); the host is one of these.
        case user(index: Int)
        /// Someone from outside the account, numbered within the meeting.
        case guest(number: Int)
    }

    public let attendee: Attendee
    public let joinTime: Date
    public let leaveTime: Date
    /// Zoom's `failover`: the join followed a dropped connection.
    public let failover: Bool

    /// Zoom's participant `duration` is seconds (zoom-api.md §2).
    public var durationSeconds: Int { Int(leaveTime.timeIntervalSince(joinTime)) }

    init(attendee: Attendee, start: Date, join: Int, leave: Int, failover: Bool) {
        self.attendee = attendee
        joinTime = start.addingTimeInterval(TimeInterval(join))
        leaveTime = start.addingTimeInterval(TimeInterval(leave))
        self.failover = failover
    }
}
