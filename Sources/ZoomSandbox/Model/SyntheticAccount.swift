import Foundation
import Records

/// The synthetic Zoom account a sandbox serves: its users and, per day, its meetings.
///
/// This is the sandbox's ground truth. Every endpoint answers from it, and tests compare what
/// zoom-etl loaded with it. It is a pure function of (seed, scale, account id, revisions): each
/// day is generated on demand from its own random stream, so a year at scale 10 stays cheap and
/// a day looks the same whichever order days are asked for. Recent days are kept in a bounded
/// memo (MeetingDayMemo), which changes what a request costs, never what it answers.
public struct SyntheticAccount: Sendable {
    public let accountId: String
    public let plan: SandboxPlan
    public let timeZone: TimeZone
    public let seed: UInt64
    public let scale: Int
    /// Users who existed before `origin`. The licensed ones host every meeting.
    public let foundingUsers: [SyntheticUser]
    /// Indexes into `foundingUsers` of the licensed users, the hosts.
    public let hostIndices: [Int]
    /// Late-arrival revisions per day (see `ZoomSandbox.reviseDailyUsage`); absent means 0.
    public let revisions: [CivilDate: Int]
    /// The features the account was created with; `webinars` decides whether it hosts any.
    public let features: Set<SandboxFeature>
    /// `SandboxAccount.largeWebinarSessions`, `largeWebinarPeriodDays` and `largeWebinarFrom`
    /// (nil there: `origin`).
    public let largeWebinarSessions: Int?
    public let largeWebinarPeriodDays: Int
    public let largeWebinarFrom: CivilDate
    /// `SandboxAccount.unknownUnitShare`.
    public let unknownUnitShare: Double
    /// Seals each instance's place in the model into its UUID (InstanceKey).
    let cipher: InstanceCipher
    /// The days generated last, shared by the copies `with(revisions:)` makes (they differ only
    /// in revisions, which are part of the key).
    let memo: MeetingDayMemo
    /// Facts about single instances that cost a pass to derive (InstanceMemo).
    let instanceMemo: InstanceMemo

    /// The first day the account has meetings or new users; nothing before it exists.
    public static let origin = CivilDate(year: 2023, month: 1, day: 1)!

    public init(_ account: SandboxAccount, revisions: [CivilDate: Int] = [:]) {
        memo = MeetingDayMemo()
        instanceMemo = InstanceMemo()
        largeWebinarSessions = account.largeWebinarSessions
        largeWebinarPeriodDays = account.largeWebinarPeriodDays
        largeWebinarFrom = account.largeWebinarFrom ?? SyntheticAccount.origin
        unknownUnitShare = account.unknownUnitShare
        accountId = account.accountId
        plan = account.plan
        timeZone = account.timeZone
        seed = account.seed
        scale = account.scale
        features = account.features
        self.revisions = revisions
        let accountKey = SplitMix64.key(account.accountId)
        var random = SplitMix64(keys: account.seed, accountKey, StreamTag.foundingUsers.rawValue)
        let domain = SyntheticAccount.domain(of: account.accountId)
        let foundedFrom = CivilDate(year: 2021, month: 1, day: 1)!.start(in: account.timeZone)
        let span = SyntheticAccount.origin.start(in: account.timeZone).timeIntervalSince(foundedFrom)
        var users: [SyntheticUser] = []
        for number in 1...(24 * account.scale) {
            let createdAt = foundedFrom.addingTimeInterval(random.unit() * span).rounded
            // The first few are always licensed so even tiny accounts have hosts.
            let licensed = number <= 4 || random.chance(0.6)
            users.append(SyntheticUser(number: number, domain: domain, createdAt: createdAt, licensed: licensed, random: &random))
        }
        foundingUsers = users
        hostIndices = users.indices.filter { users[$0].isLicensed }
        cipher = InstanceCipher(seed: account.seed, accountKey: accountKey)
    }

    /// The same account with other revisions; the sandbox keeps revisions apart from the model.
    public func with(revisions: [CivilDate: Int]) -> SyntheticAccount {
        SyntheticAccount(copying: self, revisions: revisions, memo: memo, instanceMemo: instanceMemo)
    }

    /// The same account with an empty memo of its own, so what it generates owes nothing to what
    /// this one has generated.
    func withOwnMemo(capacity: Int = MeetingDayMemo.defaultCapacity) -> SyntheticAccount {
        SyntheticAccount(copying: self, revisions: revisions, memo: MeetingDayMemo(capacity: capacity), instanceMemo: InstanceMemo())
    }

    private init(copying other: SyntheticAccount, revisions: [CivilDate: Int], memo: MeetingDayMemo, instanceMemo: InstanceMemo) {
        accountId = other.accountId
        plan = other.plan
        timeZone = other.timeZone
        seed = other.seed
        scale = other.scale
        features = other.features
        largeWebinarSessions = other.largeWebinarSessions
        largeWebinarPeriodDays = other.largeWebinarPeriodDays
        largeWebinarFrom = other.largeWebinarFrom
        unknownUnitShare = other.unknownUnitShare
        cipher = other.cipher
        self.memo = memo
        self.instanceMemo = instanceMemo
        foundingUsers = other.foundingUsers
        hostIndices = other.hostIndices
        self.revisions = revisions
    }

    /// The e-mail domain of the account's users.
    public var domain: String { SyntheticAccount.domain(of: accountId) }

    static func domain(of accountId: String) -> String {
        let label = accountId.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" }
        return "\(label.isEmpty ? "account" : label).example.com"
    }

    /// The account's calendar day at `now`: Zoom's daily report dates are days in this zone (zoom-api.md §8).
    public func today(asOf now: Date) -> CivilDate {
        CivilDate(now, in: timeZone)
    }

    public func revision(of day: CivilDate) -> Int {
        revisions[day] ?? 0
    }

    /// Users who joined the account on `day` (account time zone), in order of creation.
    public func joiners(on day: CivilDate) -> [SyntheticUser] {
        guard day >= SyntheticAccount.origin else { return [] }
        var random = stream(.joiners, day)
        let count = random.poisson(mean: Double(scale) * (day.isWeekend ? 0.2 : 0.8))
        guard count > 0 else { return [] }
        let (start, length) = bounds(of: day)
        let offsets = (0..<count).map { _ in random.unit() * length }.sorted()
        return offsets.enumerated().map { index, offset in
            SyntheticUser(
                number: day.dayNumber * 1000 + index, domain: domain,
                createdAt: start.addingTimeInterval(offset).rounded, licensed: false, random: &random
            )
        }
    }

    /// Every user who exists at `now`: the founding users, then each day's joiners.
    public func users(asOf now: Date) -> [SyntheticUser] {
        var result = foundingUsers.filter { $0.createdAt <= now }
        var day = SyntheticAccount.origin
        let today = today(asOf: now)
        while day <= today {
            result += joiners(on: day).filter { $0.createdAt <= now }
            day = day.adding(days: 1)
        }
        return result
    }

    /// Every meeting and webinar that started on `day` (account time zone), including the late
    /// arrivals of the day's revisions, ordered by start time. Includes meetings not yet started
    /// or ended; callers filter by their `now`. Recent days come from the memo.
    public func meetings(on day: CivilDate) -> [SyntheticMeeting] {
        let key = MeetingDayMemo.Key(day: day, revision: revision(of: day))
        if let meetings = memo.meetings(key) { return meetings }
        let meetings = generateMeetings(on: day)
        memo.store(meetings, for: key)
        return meetings
    }

    /// `meetings(on:)` generated afresh, without the memo.
    func generateMeetings(on day: CivilDate) -> [SyntheticMeeting] {
        let (start, length) = bounds(of: day)
        return instanceHosts(on: day)
            .map { meeting($0.key, host: $0.host, dayStart: start, dayLength: length) }
            .sorted { ($0.startTime, $0.uuid) < ($1.startTime, $1.uuid) }
    }

    /// The instance with this UUID, if the account has it (ended or not; late arrivals only once
    /// their revision exists). Cheap: the UUID says which day, revision and ordinal it is
    /// (InstanceKey). A day in the memo is searched; otherwise the day's host draws say who hosts
    /// it and only that instance is generated, so a lookup never pays for its whole day.
    public func meeting(uuid: String) -> SyntheticMeeting? {
        guard let key = InstanceKey(uuid: uuid, cipher: cipher), key.revision <= revision(of: key.day) else { return nil }
        if let meetings = memo.meetings(MeetingDayMemo.Key(day: key.day, revision: revision(of: key.day))) {
            return meetings.first { $0.uuid == uuid }
        }
        guard let host = instanceHosts(on: key.day).first(where: { $0.key == key })?.host else { return nil }
        let (start, length) = bounds(of: key.day)
        let meeting = meeting(key, host: host, dayStart: start, dayLength: length)
        // A UUID this account did not make can unseal to a real key; its first half gives it away.
        return meeting.uuid == uuid ? meeting : nil
    }

    /// Every instance of `day` and its host, in generation order. Only the draws that decide how
    /// many instances each host has and who hosts the late ones: each instance then comes from its
    /// own stream (`meeting(_:host:dayStart:dayLength:)`), so one can be generated without the rest.
    func instanceHosts(on day: CivilDate) -> [(key: InstanceKey, host: Int)] {
        guard day >= SyntheticAccount.origin, !hostIndices.isEmpty else { return [] }
        var result: [(key: InstanceKey, host: Int)] = []
        var daily = stream(.meetings, day)
        var ordinal = 0
        for hostIndex in hostIndices {
            // About 24 instances a weekday at scale 1: a 90-day load of every stream stays quick.
            for _ in 0..<daily.poisson(mean: day.isWeekend ? 0.25 : 1.5) {
                result.append((InstanceKey(day: day, revision: 0, ordinal: ordinal), hostIndex))
                ordinal += 1
            }
        }
        // Late-arriving data (zoom-api.md §2: reports can take a while to appear) is modelled as
        // meetings that show up only from revision k on, so a revision always changes the day.
        if revision(of: day) > 0 {
            for revision in 1...revision(of: day) {
                var late = stream(.lateMeetings, day, revision: revision)
                for index in 0..<(1 + late.int(in: 0...(2 * scale))) {
                    result.append((InstanceKey(day: day, revision: revision, ordinal: index), late.pick(hostIndices)))
                }
            }
        }
        return result
    }

    /// The instance `key` names, hosted by `host`, from its own random stream.
    func meeting(_ key: InstanceKey, host: Int, dayStart: Date, dayLength: TimeInterval) -> SyntheticMeeting {
        var random = stream(.meeting, key.day, revision: key.revision, ordinal: key.ordinal)
        return SyntheticMeeting(account: self, host: host, key: key, dayStart: dayStart, dayLength: dayLength, random: &random)
    }

    /// Midnight of `day` and the day's length in seconds (23 or 25 hours on DST changes).
    func bounds(of day: CivilDate) -> (start: Date, length: TimeInterval) {
        let start = day.start(in: timeZone)
        return (start, day.adding(days: 1).start(in: timeZone).timeIntervalSince(start))
    }

    enum StreamTag: UInt64 {
        case foundingUsers = 1, joiners, meetings, meeting, lateMeetings, qos, traits, unknownUnits
    }

    func stream(_ tag: StreamTag, _ day: CivilDate, revision: Int = 0, ordinal: Int = 0) -> SplitMix64 {
        SplitMix64(keys: seed, SplitMix64.key(accountId), tag.rawValue,
                   UInt64(bitPattern: Int64(day.dayNumber)), UInt64(revision), UInt64(ordinal))
    }
}

extension CivilDate {
    /// Saturday or Sunday (1970-01-01, day number 0, was a Thursday).
    var isWeekend: Bool {
        let weekday = ((dayNumber + 4) % 7 + 7) % 7  // 0 = Sunday
        return weekday == 0 || weekday == 6
    }
}

extension Date {
    /// Whole seconds, as Zoom's timestamps have.
    var rounded: Date {
        Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down))
    }
}
