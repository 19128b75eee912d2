import Foundation

/// One join of one person: one row of Zoom's participant reports, one entry of its QoS lists.
public struct SyntheticSession: Sendable, Hashable {
    public enum Attendee: Sendable, Hashable {
        /// A user of the account (index into `foundingUsers`); the host is one of these.
        case user(index: Int)
        /// Someone from outside the account, numbered within the meeting.
        case guest(number: Int)
    }

    public let attendee: Attendee
    /// Zoom's per-join `user_id` ("16778240"): valid for this meeting only, new on every rejoin
    /// (zoom-api.md §7). zoom-etl calls it `participant_session_id`.
    public let participantId: String
    /// The display name; a phone caller's is their number.
    public let name: String
    /// The e-mail Zoom shows: the user's for account users, "" for most outsiders (zoom-api.md §7).
    public let email: String
    public let joinTime: Date
    public let leaveTime: Date
    /// Zoom's `failover`: the join followed a dropped connection.
    public let failover: Bool
    /// `in_meeting` or `in_waiting_room`.
    public let status: String
    /// The SDK `customer_key`; usually "".
    public let customerKey: String
    /// The breakout room (`bo_mtg_id`); "" outside breakout rooms.
    public let breakoutRoomId: String
    /// Whether the Dashboard has per-minute QoS samples for this join. Only a quarter of joins
    /// do, so a 90-day load of every stream stays quick; phone callers never do.
    public let hasQoS: Bool
    /// Dialled in by phone: no device, no QoS.
    public let isPhone: Bool

    /// Zoom's participant `duration` is whole seconds (zoom-api.md §2); webinar times carry
    /// milliseconds, and the fraction is dropped.
    public var durationSeconds: Int { Int(leaveTime.timeIntervalSince(joinTime)) }

    /// The account user's Zoom id, "" for someone who did not sign in (Zoom's `id` and `participant_user_id`).
    public func userId(in account: SyntheticAccount) -> String {
        if case .user(let index) = attendee { return account.foundingUsers[index].id }
        return ""
    }
}

extension SyntheticSession {
    /// Who joins: an account user, an outsider, or a phone caller.
    struct Person: Sendable, Hashable {
        let attendee: Attendee
        let name: String
        let email: String
        let isPhone: Bool
    }

    private struct Join {
        let person: Int
        var join: Double
        var leave: Double
        let failover: Bool
    }

    /// The joins of a meeting of `people` distinct people, in join order (Zoom's order).
    static func generate(people: Int, host: Int, users: [SyntheticUser], start: Date, duration: Int,
                         isWebinar: Bool, random: inout SplitMix64) -> [SyntheticSession] {
        var persons = [Person(attendee: .user(index: host), name: users[host].displayName, email: users[host].email, isPhone: false)]
        var taken: Set<Int> = [host]
        for guest in 1..<max(1, people) {
            let candidate = random.int(in: 0...(users.count - 1))
            if random.chance(0.65), !taken.contains(candidate) {
                taken.insert(candidate)
                persons.append(Person(attendee: .user(index: candidate), name: users[candidate].displayName,
                                      email: users[candidate].email, isPhone: false))
            } else {
                persons.append(outsider(number: guest, random: &random))
            }
        }

        var joins: [Join] = []
        for position in persons.indices {
            let isHost = position == 0
            var join = isHost ? 0 : random.int(in: 0...min(600, duration / 4))
            let leave = isHost ? duration : duration - (random.chance(0.3) ? random.int(in: 0...(duration / 3)) : random.int(in: 0...60))
            guard leave - join >= 30 else {
                joins.append(Join(person: position, join: Double(join), leave: Double(join + 30), failover: false))
                continue
            }
            // Some people drop and rejoin: Zoom reports each join as its own row (zoom-api.md §7).
            if leave - join > 600, random.chance(0.08) {
                let drop = random.int(in: (join + 120)...(leave - 240))
                joins.append(Join(person: position, join: Double(join), leave: Double(drop), failover: false))
                join = drop + random.int(in: 10...90)
                joins.append(Join(person: position, join: Double(join), leave: Double(leave), failover: random.chance(0.3)))
            } else {
                joins.append(Join(person: position, join: Double(join), leave: Double(leave), failover: false))
            }
        }
        if isWebinar {
            // Webinar reports carry milliseconds ("2019-02-01T12:34:12.66Z", zoom-api.md §2).
            for index in joins.indices {
                joins[index].join += Double(random.int(in: 0...999)) / 1000
                joins[index].leave += Double(random.int(in: 0...999)) / 1000
            }
        }
        joins.sort { ($0.join, $0.person) < ($1.join, $1.person) }

        let base = 16_777_216 + random.int(in: 0...8191) * 1024
        let breakoutRooms = !isWebinar && persons.count >= 4 && random.chance(0.1)
            ? [SyntheticIdentifiers.meetingUUID(random.bytes(16)), SyntheticIdentifiers.meetingUUID(random.bytes(16))] : []
        return joins.enumerated().map { order, join in
            let person = persons[join.person]
            let isHost = join.person == 0
            let waiting = !isHost && random.chance(0.03)
            let customerKey = random.chance(0.04) ? "ck\(random.int(in: 10_000...99_999))" : ""
            let room = !breakoutRooms.isEmpty && !isHost && random.chance(0.5) ? random.pick(breakoutRooms) : ""
            let hasQoS = !person.isPhone && random.chance(0.25)
            return SyntheticSession(
                attendee: person.attendee, participantId: String(base + (order + 1) * 1024), name: person.name,
                email: person.email, joinTime: start.addingTimeInterval(join.join), leaveTime: start.addingTimeInterval(join.leave),
                failover: join.failover, status: waiting ? "in_waiting_room" : "in_meeting", customerKey: customerKey,
                breakoutRoomId: room, hasQoS: hasQoS, isPhone: person.isPhone
            )
        }
    }

    /// Someone from outside the account: no Zoom id, and usually no e-mail (zoom-api.md §7).
    static func outsider(number: Int, random: inout SplitMix64) -> Person {
        if random.chance(0.1) {
            let phone = "+1 \(random.int(in: 201...989)) 555 \(String(format: "%04d", random.int(in: 0...9999)))"
            return Person(attendee: .guest(number: number), name: phone, email: "", isPhone: true)
        }
        let first = random.pick(SyntheticVocabulary.firstNames), last = random.pick(SyntheticVocabulary.lastNames)
        // Zoom shows some outsiders' e-mail ("with exceptions"); most are "".
        let shown = random.chance(0.35)
        let local = "\(first).\(last)".lowercased().filter { ($0.isASCII && $0.isLetter) || $0 == "." }
        let email = shown ? "\(local)@\(random.pick(SyntheticVocabulary.guestDomains))" : ""
        return Person(attendee: .guest(number: number), name: "\(first) \(last)", email: email, isPhone: false)
    }
}
