import Foundation

/// The join sessions of a large webinar, each made on demand from its own stream keyed by its
/// position, so any one costs the same whatever the webinar's size.
///
/// Random access needs the order to be known without sorting: session `i` joins in the `i`-th
/// slice of the first minutes (the host first, at the start), so join times rise with `i`. Every
/// attendee joins once: the account's other users at evenly spaced positions, outsiders elsewhere.
/// Times carry milliseconds, as webinar reports do (zoom-api.md §2).
struct LargeWebinarSessions: Sendable, Hashable {
    let count: Int
    let start: Date
    /// Seconds from start to end.
    let duration: Int
    /// The first `user_id` is `base + 1024`, as for other instances.
    let base: Int
    let stream: UInt64
    let host: SyntheticSession.Person
    /// The account users who attend besides the host, in the order they join.
    let users: [SyntheticSession.Person]

    init(count: Int, host hostIndex: Int, users: [SyntheticUser], start: Date, duration: Int, random: inout SplitMix64) {
        precondition(count >= 2, "a large webinar has the host and at least one attendee")
        self.count = count
        self.start = start
        self.duration = duration
        base = 16_777_216 + random.int(in: 0...8191) * 1024
        stream = random.next()
        let person = { (index: Int) in
            SyntheticSession.Person(attendee: .user(index: index), name: users[index].displayName, email: users[index].email, isPhone: false)
        }
        host = person(hostIndex)
        self.users = users.indices.filter { $0 != hostIndex }.prefix(count - 1).map(person)
    }

    /// Attendees' joins spread over the first ten minutes, or the first quarter of a short webinar, in ms.
    private var joinWindow: Int { min(600, duration / 4) * 1000 }

    /// Positions between two account users' joins.
    private var userSpacing: Int { users.isEmpty ? 1 : max(1, (count - 1) / users.count) }

    func session(_ index: Int) -> SyntheticSession {
        precondition((0..<count).contains(index), "session \(index) of \(count)")
        var random = SplitMix64(keys: stream, UInt64(index))
        let joinMs: Int, leaveMs: Int, person: SyntheticSession.Person
        if index == 0 {
            joinMs = 0
            leaveMs = duration * 1000 + random.int(in: 0...999)
            person = host
        } else {
            let slot = index * joinWindow / count, next = (index + 1) * joinWindow / count
            joinMs = slot + random.int(in: 0...max(0, next - slot - 1))
            let early = random.chance(0.3) ? random.int(in: 0...(duration / 3)) : random.int(in: 0...60)
            leaveMs = max(joinMs + 30_000, (duration - early) * 1000 + random.int(in: 0...999))
            let position = index - 1
            if position % userSpacing == 0, position / userSpacing < users.count {
                person = users[position / userSpacing]
            } else {
                person = SyntheticSession.outsider(number: index, random: &random)
            }
        }
        let waiting = index != 0 && random.chance(0.03)
        let customerKey = random.chance(0.04) ? "ck\(random.int(in: 10_000...99_999))" : ""
        let hasQoS = !person.isPhone && random.chance(0.25)
        return SyntheticSession(
            attendee: person.attendee, participantId: String(base + (index + 1) * 1024), name: person.name, email: person.email,
            joinTime: start.addingTimeInterval(Double(joinMs) / 1000), leaveTime: start.addingTimeInterval(Double(leaveMs) / 1000),
            failover: false, status: waiting ? "in_waiting_room" : "in_meeting", customerKey: customerKey,
            breakoutRoomId: "", hasQoS: hasQoS, isPhone: person.isPhone
        )
    }
}
