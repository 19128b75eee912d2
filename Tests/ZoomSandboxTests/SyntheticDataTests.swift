import Foundation
import Records
import Testing
@testable import ZoomSandbox

@Suite("The synthetic data behind the report and QoS endpoints")
struct SyntheticDataTests {
    static let account = SyntheticAccount(.demo)
    /// 90 days up to the endpoint tests' today.
    static let days = (0..<90).map { CivilDate(year: 2026, month: 8, day: 28)!.adding(days: $0) }
    static let meetings = days.flatMap { account.meetings(on: $0) }

    @Test("ninety days have every quirk a client must survive")
    func quirks() {
        let meetings = Self.meetings
        #expect(meetings.contains { $0.uuid.hasPrefix("/") })
        #expect(meetings.contains { $0.uuid.contains("//") && !$0.uuid.hasPrefix("/") })
        #expect(meetings.contains { $0.uuid.contains("+") })
        #expect(meetings.allSatisfy { $0.uuid.hasSuffix("==") })
        #expect(meetings.contains { $0.kind == .webinar })
        #expect(meetings.contains { $0.participantsCount == 1 })
        let series = Dictionary(grouping: meetings.filter { $0.type == 8 }, by: \.meetingId)
        #expect(series.values.contains { $0.count > 3 }, "recurring instances share one meeting_id")
        #expect(meetings.contains { $0.sessions.count > $0.participantsCount }, "rejoins")
        let sessions = meetings.flatMap(\.sessions)
        #expect(sessions.contains { $0.userId(in: Self.account).isEmpty && $0.email.isEmpty }, "anonymous outsiders")
        #expect(sessions.contains { $0.userId(in: Self.account).isEmpty && !$0.email.isEmpty }, "outsiders whose e-mail shows")
        #expect(sessions.contains { $0.isPhone })
        #expect(sessions.contains { $0.status == "in_waiting_room" })
        #expect(sessions.contains { !$0.breakoutRoomId.isEmpty })
        #expect(sessions.contains { !$0.customerKey.isEmpty })
        #expect(sessions.contains { $0.failover })
        let zones = Set(meetings.map { Self.account.foundingUsers[$0.hostIndex].timeZone.identifier })
        #expect(zones.count >= 3, "hosts in several time zones")
    }

    @Test("a scale-1 account stays small enough to load 90 days of every stream quickly")
    func volume() {
        let perDay = Self.days.map { Self.account.meetings(on: $0).count }
        #expect(perDay.max()! <= 40)
        #expect(Double(perDay.reduce(0, +)) / 90 >= 10)
        #expect(Self.meetings.allSatisfy { $0.sessions.count <= 25 })
        let withQoS = Self.meetings.flatMap(\.sessions).filter(\.hasQoS).count
        let all = Self.meetings.flatMap(\.sessions).count
        #expect(withQoS > all / 6 && withQoS < all / 3, "QoS for about a quarter of the joins")
    }

    @Test("join sessions: ordered by join time, a new per-join id on every rejoin")
    func sessions() {
        for meeting in Self.meetings {
            let sessions = meeting.sessions
            #expect(sessions.map(\.joinTime) == sessions.map(\.joinTime).sorted())
            #expect(Set(sessions.map(\.participantId)).count == sessions.count)
            #expect(sessions.allSatisfy { $0.joinTime >= meeting.startTime && $0.leaveTime <= meeting.endTime.addingTimeInterval(1) })
            #expect(meeting.scheduledTime <= meeting.startTime && meeting.startTime.timeIntervalSince(meeting.scheduledTime) <= 180)
        }
        let webinar = Self.meetings.first { $0.kind == .webinar }!
        #expect(Self.account.reportParticipants(of: webinar).contains { $0.joinTime.contains(".") }, "milliseconds")
    }

    @Test("every UUID leads back to its instance, and no other does")
    func lookup() throws {
        for meeting in Self.meetings.prefix(300) {
            #expect(Self.account.meeting(uuid: meeting.uuid) == meeting)
        }
        let other = SyntheticAccount(SandboxAccount(accountId: "other", clientId: "o", clientSecret: "s"))
        #expect(other.meeting(uuid: Self.meetings[0].uuid) == nil)
        #expect(Self.account.meeting(uuid: "4444AAAiAAAAAiAiAiiAii==") == nil)
        #expect(Self.account.meeting(uuid: "not base64") == nil)
        // A late arrival exists only once its revision does.
        let day = CivilDate(year: 2026, month: 11, day: 9)!
        let late = try #require(Self.account.with(revisions: [day: 1]).meetings(on: day).first { $0.revision == 1 })
        #expect(Self.account.meeting(uuid: late.uuid) == nil)
        #expect(Self.account.with(revisions: [day: 1]).meeting(uuid: late.uuid) == late)
    }

    @Test("QoS samples: one a minute with gaps, Zoom's varied spellings, and truth values that match them")
    func qosSamples() throws {
        let participants = Self.meetings.prefix(400).flatMap { Self.account.qosSamples(of: $0) }
        let samples = participants.flatMap(\.userQoS)
        #expect(participants.contains { $0.userQoS.isEmpty })
        #expect(samples.allSatisfy { $0.dateTime.hasSuffix(":00Z") })
        let metrics = samples.flatMap { $0.metrics.map(\.metric) }
        let bitrates = metrics.compactMap(\.bitrate)
        #expect(bitrates.contains { $0.hasSuffix(" kbps") } && bitrates.contains { $0.hasSuffix("kbps") && !$0.contains(" ") })
        #expect(bitrates.contains { $0.hasSuffix(" Mbps") })
        let latencies = metrics.compactMap(\.latency)
        #expect(latencies.contains { $0.hasSuffix(" ms") } && latencies.contains { $0.hasSuffix("ms") && !$0.contains(" ") })
        #expect(metrics.compactMap(\.avgLoss).contains { $0.hasSuffix("%") && $0.contains(".") })
        #expect(metrics.compactMap(\.frameRate).contains { $0.hasSuffix(" fps") })
        #expect(metrics.compactMap(\.resolution).contains("1280*720"))
        #expect(bitrates.contains(""), "empty values")
        #expect(metrics.contains { $0.bitrate == nil }, "absent keys")
        #expect(samples.contains { $0.videoOutput == nil }, "absent channels")
        // Gaps: some sessions miss minutes.
        #expect(participants.contains { participant in
            zip(participant.userQoS, participant.userQoS.dropFirst()).contains { $1.time.timeIntervalSince($0.time) > 60 }
        })
        for metric in metrics.prefix(20_000) {
            #expect(Self.parse(metric.bitrate) == metric.bitrateKbps)
            #expect(Self.parse(metric.latency) == metric.latencyMs)
            #expect(Self.parse(metric.avgLoss) == metric.avgLossPct)
            #expect(Self.parse(metric.frameRate) == metric.frameRateFps)
        }
    }

    @Test("the QoS summary covers the sessions with samples and spells units the QSS way")
    func qosSummary() throws {
        let meeting = try #require(Self.meetings.first { $0.sessions.filter(\.hasQoS).count >= 2 && $0.durationMinutes > 20 })
        let summary = Self.account.qosSummary(of: meeting)
        #expect(summary.map(\.participantId) == meeting.sessions.filter(\.hasQoS).map(\.participantId))
        let audio = try #require(summary.first?.qos.first { $0.type == "audio_input" })
        #expect(audio.details["min_bitrate"]?.hasSuffix("kbps") == true && audio.details["min_bitrate"]?.contains(" ") == false)
        #expect(audio.details["avg_latency"]?.hasSuffix(" ms") == true)
        #expect(audio.details["max_jitter"]?.hasSuffix("ms") == true && audio.details["max_jitter"]?.contains(" ") == false)
        #expect(audio.details["avg_loss"]?.hasSuffix("%") == true)
        for entry in summary.flatMap(\.qos) {
            for (key, text) in entry.details where key != "resolution" {
                #expect(Self.parse(text) == entry.values[key], "\(key) \(text)")
            }
        }
    }

    @Test("ZoomTime spells Zoom's three timestamp forms")
    func times() {
        let instant = Date(timeIntervalSince1970: 1_548_999_252.66)  // 2019-02-01T05:34:12.66Z
        #expect(ZoomTime.iso(instant) == "2019-02-01T05:34:12Z")
        #expect(ZoomTime.iso(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(ZoomTime.iso(Date(timeIntervalSince1970: 86_399.5)) == "1970-01-01T23:59:59Z")
        #expect(ZoomTime.iso(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(ZoomTime.iso(Date(timeIntervalSince1970: 1_800_000_610)) == "2027-01-15T08:10:10Z")
        #expect(ZoomTime.isoMilliseconds(instant) == "2019-02-01T05:34:12.66Z")
        #expect(ZoomTime.isoMilliseconds(Date(timeIntervalSince1970: 1_548_999_252)) == "2019-02-01T05:34:12Z")
        #expect(ZoomTime.reportLocal(instant, in: TimeZone(identifier: "America/New_York")!) == "02/01/2019 00:34")
        #expect(ZoomTime.reportLocal(instant, in: TimeZone(identifier: "Asia/Kolkata")!) == "02/01/2019 11:04")
    }

    @Test("report windows: one month, the last six months", arguments: [
        ("2026-11-01", "2026-11-30", nil), ("2026-06-01", "2026-06-30", nil), ("2026-10-15", "2026-11-14", nil),
        ("2026-10-15", "2026-11-15", "month"), ("2026-11-01", "2026-12-01", "month"), ("2026-11-10", "2026-11-09", "before"),
        ("2026-05-25", "2026-06-01", nil), ("2026-05-24", "2026-06-01", "6 months"), ("2026-11-20", "2026-12-10", nil),
    ] as [(String, String, String?)])
    func windows(from: String, to: String, problem: String?) {
        let found = SyntheticAccount.reportWindowProblem(from: CivilDate(iso: from)!, to: CivilDate(iso: to)!, today: CivilDate(iso: "2026-11-25")!)
        if let problem {
            #expect(found?.contains(problem == "before" ? "before the start" : problem) == true, "\(found ?? "nil")")
        } else {
            #expect(found == nil)
        }
    }

    /// The number in "27.15 kbps", "1.2 Mbps" (as kbps), "126ms", "0.03%", "12 fps"; nil for nil or "".
    static func parse(_ text: String?) -> Double? {
        guard let text, !text.isEmpty else { return nil }
        let number = text.prefix { $0.isNumber || $0 == "." }
        guard let value = Double(number) else { return nil }
        return text.hasSuffix("Mbps") ? (value * 1000).rounded() : value
    }
}
