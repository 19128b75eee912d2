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
    /// When the instance was scheduled to start: the quarter hour before `startTime`.
    public let scheduledTime: Date
    /// One entry per join: someone who leaves and rejoins has two (zoom-api.md §7).
    public let sessions: SyntheticSessions

    /// A large webinar (`SandboxAccount.largeWebinarSessions`): its sessions are made on demand.
    public var isLarge: Bool { sessions.isGenerated }

    /// Whole minutes, as Zoom's report `duration`.
    public var durationMinutes: Int { Int(endTime.timeIntervalSince(startTime)) / 60 }

    /// Distinct people who joined.
    public var participantsCount: Int { sessions.distinctAttendees }

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

    init(account: SyntheticAccount, host hostIndex: Int, key: InstanceKey,
         dayStart: Date, dayLength: TimeInterval, random: inout SplitMix64) {
        let host = account.foundingUsers[hostIndex]
        self.day = key.day
        self.revision = key.revision
        self.hostIndex = hostIndex

        let (randomBytes, isWebinar) = SyntheticMeeting.identityDraws(account, &random)
        var uuidBytes = randomBytes
        // The second half says where the instance lives, so endpoints can find it (InstanceKey).
        uuidBytes.replaceSubrange(8..<16, with: key.sealed(with: account.cipher))
        uuid = SyntheticIdentifiers.meetingUUID(uuidBytes)

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
        // People start a few minutes after the scheduled time (the quarter hour).
        let lateness = random.int(in: 0...180)
        let localSecond = random.int(in: 7...18) * 3600 + random.pick([0, 0, 0, 15, 30, 30, 45]) * 60 + lateness
        let noon = dayStart.addingTimeInterval(dayLength / 2)
        let shift = host.timeZone.secondsFromGMT(for: noon) - account.timeZone.secondsFromGMT(for: noon)
        let daySeconds = Int(dayLength)
        let accountSecond = ((localSecond - shift) % daySeconds + daySeconds) % daySeconds
        startTime = dayStart.addingTimeInterval(TimeInterval(accountSecond))
        scheduledTime = startTime.addingTimeInterval(TimeInterval(-lateness))

        let plannedMinutes = random.pick(isWebinar ? [45, 60, 90] : [15, 30, 30, 30, 45, 60, 60, 90])
        let duration = max(120, plannedMinutes * 60 + random.int(in: -240...420))
        endTime = startTime.addingTimeInterval(TimeInterval(duration))

        if isWebinar, let large = account.largeWebinarSize(key) {
            sessions = SyntheticSessions(.generated(LargeWebinarSessions(
                count: large, host: hostIndex, users: account.foundingUsers, start: startTime, duration: duration, random: &random
            )))
            return
        }
        let people: Int
        if isWebinar {
            // Small enough that a scale-1 account loads quickly, large enough to need QoS pages.
            people = random.int(in: 8...(16 * account.scale))
        } else if random.chance(0.08) {
            people = 1  // the host alone: report participant endpoints skip these (zoom-api.md §7)
        } else {
            people = min(40, 2 + random.poisson(mean: 3))
        }
        sessions = SyntheticSessions(.stored(SyntheticSession.generate(
            people: people, host: hostIndex, users: account.foundingUsers,
            start: startTime, duration: duration, isWebinar: isWebinar, random: &random
        )))
    }

    /// The first draws of an instance's stream: its UUID's random bytes and whether it is a
    /// webinar. Apart so `SyntheticAccount.largeWebinarSize` can tell webinars without making them.
    static func identityDraws(_ account: SyntheticAccount, _ random: inout SplitMix64) -> (uuidBytes: [UInt8], isWebinar: Bool) {
        var uuidBytes = random.bytes(16)
        // Force a share of the awkward UUIDs that need double encoding (zoom-api.md §5).
        if random.chance(0.03) { uuidBytes[0] |= 0xFC }                                    // starts with "/"
        if random.chance(0.02) { uuidBytes[0] |= 0x03; uuidBytes[1] = 0xFF; uuidBytes[2] |= 0xC0 }  // "x//..."
        return (uuidBytes, account.features.contains(.webinars) && random.chance(0.03))
    }
}
