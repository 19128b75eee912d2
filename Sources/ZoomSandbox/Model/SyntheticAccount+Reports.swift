import Foundation
import Records

/// Ground truth of the report endpoints, in exactly the shapes they serve (zoom-api.md §2).
extension SyntheticAccount {
    /// Which report of `/report/users/{userId}/meetings` (its `type` parameter).
    public enum UserMeetingsType: String, Sendable {
        /// Meetings the user hosted (`past`, the default, and `pastOne`).
        case past
        /// Meetings the user hosted or joined.
        case pastJoined
    }

    /// Meetings and webinars whose `end_time` falls on `from`...`to`, calendar days of the account's
    /// time zone, that have ended by `now`; in `/report/history_meetings` order (end time, then UUID).
    ///
    /// Zoom does not say in which zone `from`/`to` of history_meetings are read; the sandbox reads
    /// them in the account's, like the daily report (zoom-api.md §8).
    public func endedInstances(from: CivilDate, to: CivilDate, asOf now: Date = .distantFuture) -> [SyntheticMeeting] {
        guard from <= to else { return [] }
        let lower = from.start(in: timeZone), upper = to.adding(days: 1).start(in: timeZone)
        // An instance ends on its start day or, past midnight, the next one.
        return (from.adding(days: -1).dayNumber...to.dayNumber)
            .flatMap { meetings(on: CivilDate(dayNumber: $0)) }
            .filter { $0.endTime >= lower && $0.endTime < upper && $0.endTime <= now }
            .sorted { ($0.endTime, $0.uuid) < ($1.endTime, $1.uuid) }
    }

    /// Ended instances that started on `from`...`to` (account time zone), in start order:
    /// history_meetings with `date_type=start_time`, and the per-user reports.
    public func endedInstances(startedFrom from: CivilDate, to: CivilDate, asOf now: Date = .distantFuture) -> [SyntheticMeeting] {
        guard from <= to else { return [] }
        return (from.dayNumber...to.dayNumber).flatMap { meetings(on: CivilDate(dayNumber: $0)) }.filter { $0.endTime <= now }
    }

    /// The history_meetings object of `meeting`.
    public func historyMeeting(_ meeting: SyntheticMeeting) -> HistoryMeeting {
        let host = foundingUsers[meeting.hostIndex]
        let traits = traits(of: meeting)
        let viewers = meeting.kind == .webinar ? Set(meeting.sessions.filter { !$0.isHost(meeting) && !$0.isPhone }.map(\.attendee)).count : 0
        return HistoryMeeting(
            meetingUUID: meeting.uuid, meetingId: meeting.meetingId, type: meeting.kind == .webinar ? "Webinar" : "Meeting",
            hostDisplayName: host.displayName, hostEmail: host.email, startTime: ZoomTime.iso(meeting.startTime),
            endTime: ZoomTime.iso(meeting.endTime), topic: meeting.topic, participants: meeting.participantsCount,
            duration: meeting.durationMinutes, totalParticipantMinutes: meeting.totalParticipantMinutes, department: host.dept,
            group: SplitMix64.key(host.id) % 4 == 0 ? ["\(host.dept) team"] : [], source: traits.source,
            uniqueViewers: viewers, maxConcurrentViews: meeting.kind == .webinar ? meeting.maxConcurrentViewers : 0,
            createTime: ZoomTime.iso(traits.createdAt), customFields: [],
            trackingFields: traits.purpose.map { [HistoryMeeting.TrackingField(field: "Purpose", value: $0)] } ?? [],
            featureUsed: [
                "screen_sharing": traits.screenShare, "video_on": traits.video, "remote_control": false,
                "closed_caption": false, "breakout_room": meeting.sessions.contains { !$0.breakoutRoomId.isEmpty },
                "telephone_usage": meeting.sessions.contains(where: \.isPhone), "in_meeting_chat": traits.chat,
                "poll": traits.poll, "waiting_room": meeting.sessions.contains { $0.status == "in_waiting_room" },
                "record_to_cloud": traits.recording, "reaction": traits.chat && traits.video,
            ]
        )
    }

    /// `GET /report/users?type=active`: hosts with at least one instance started on `from`...`to`
    /// (account days) by `now`, in the account's user order. Figures are those of the daily report,
    /// so they sum to its totals over the window.
    public func activeHosts(from: CivilDate, to: CivilDate, asOf now: Date = .distantFuture) -> [ActiveHost] {
        guard from <= to else { return [] }
        var figures: [Int: (meetings: Int, participants: Int, minutes: Int)] = [:]
        for meeting in (from.dayNumber...to.dayNumber).flatMap({ meetings(on: CivilDate(dayNumber: $0)) }) where meeting.startTime <= now {
            let old = figures[meeting.hostIndex] ?? (0, 0, 0)
            figures[meeting.hostIndex] = (old.meetings + 1, old.participants + meeting.participantsCount(asOf: now),
                                          old.minutes + meeting.participantMinutes(asOf: now))
        }
        return figures.keys.sorted().map { index in
            let figure = figures[index]!
            return activeHost(foundingUsers[index], meetings: figure.meetings, participants: figure.participants, minutes: figure.minutes)
        }
    }

    /// `GET /report/users?type=inactive`: users existing at the window's end who hosted nothing in it.
    public func inactiveHosts(from: CivilDate, to: CivilDate, asOf now: Date = .distantFuture) -> [ActiveHost] {
        let active = Set(activeHosts(from: from, to: to, asOf: now).map(\.id))
        let end = min(now, to.adding(days: 1).start(in: timeZone))
        return users(asOf: end).filter { !active.contains($0.id) }.map { activeHost($0, meetings: 0, participants: 0, minutes: 0) }
    }

    /// The user with this Zoom id or e-mail (case-insensitive) who exists at `now`.
    public func user(idOrEmail: String, asOf now: Date = .distantFuture) -> SyntheticUser? {
        let email = idOrEmail.lowercased()
        let match: (SyntheticUser) -> Bool = { $0.id == idOrEmail || $0.email.lowercased() == email }
        if let founding = foundingUsers.first(where: match) { return founding.createdAt <= now ? founding : nil }
        return users(asOf: now).first(where: match)
    }

    /// `GET /report/users/{userId}/meetings`: ended instances started on `from`...`to` (account days)
    /// with two or more participants (zoom-api.md §2), in start order; nil for an unknown user.
    public func reportMeetings(userId: String, from: CivilDate, to: CivilDate, type: UserMeetingsType = .past,
                               asOf now: Date = .distantFuture) -> [ReportMeeting]? {
        guard let user = user(idOrEmail: userId, asOf: now) else { return nil }
        guard let index = foundingUsers.firstIndex(of: user) else { return [] }  // joiners never meet
        return endedInstances(startedFrom: from, to: to, asOf: now).compactMap { meeting in
            let own = meeting.sessions.filter { $0.attendee == .user(index: index) }
            let included = type == .past ? meeting.hostIndex == index : !own.isEmpty
            guard included, meeting.participantsCount >= 2, let first = own.first else { return nil }
            return reportMeeting(meeting, user: user, sessions: own, firstJoin: first)
        }
    }

    /// The rows of the participants report of `meeting`, as served and in served order (join time).
    public func reportParticipants(of meeting: SyntheticMeeting) -> [ReportParticipant] {
        meeting.sessions.map { reportParticipant($0, in: meeting) }
    }

    /// The participants report row of one join session.
    func reportParticipant(_ session: SyntheticSession, in meeting: SyntheticMeeting) -> ReportParticipant {
        let time = { (date: Date) -> String in meeting.kind == .webinar ? ZoomTime.isoMilliseconds(date) : ZoomTime.iso(date) }
        let userId = session.userId(in: self)
        return ReportParticipant(
            id: userId, participantUserId: userId, userId: session.participantId, name: session.name,
            userEmail: session.email, joinTime: time(session.joinTime), leaveTime: time(session.leaveTime),
            duration: session.durationSeconds, failover: session.failover, status: session.status,
            customerKey: session.customerKey, boMtgId: session.breakoutRoomId
        )
    }

    private func activeHost(_ user: SyntheticUser, meetings: Int, participants: Int, minutes: Int) -> ActiveHost {
        let key = SplitMix64.key(user.id)
        var attributes: [ActiveHost.CustomAttribute] = []
        if key % 3 == 0 { attributes.append(.init(key: "Gx2dT4fqQ0uT8Z1nVdQx2g==", name: "cost_center", value: "CC-\(100 + Int(key % 9))")) }
        if key % 5 == 0 { attributes.append(.init(key: "p7Lk0vS9R4aVw3mZ6cYb1A==", name: "office", value: ["Berlin", "Austin", "Pune"][Int(key % 3)])) }
        return ActiveHost(id: user.id, email: user.email, userName: user.displayName, type: user.type, dept: user.dept,
                          meetings: meetings, participants: participants, meetingMinutes: minutes, customAttributes: attributes)
    }

    private func reportMeeting(_ meeting: SyntheticMeeting, user: SyntheticUser, sessions: [SyntheticSession],
                               firstJoin: SyntheticSession) -> ReportMeeting {
        let host = foundingUsers[meeting.hostIndex]
        let traits = traits(of: meeting)
        let insiders = Set(meeting.sessions.compactMap { session -> Int? in
            if case .user(let index) = session.attendee { return index }
            return nil
        })
        let local = { ZoomTime.reportLocal($0, in: self.timeZone) }
        return ReportMeeting(
            uuid: meeting.uuid, id: meeting.meetingId, type: meeting.type, topic: meeting.topic, userName: user.displayName,
            userEmail: user.email, startTime: ZoomTime.iso(meeting.startTime), endTime: ZoomTime.iso(meeting.endTime),
            duration: meeting.durationMinutes, totalMinutes: meeting.totalParticipantMinutes,
            participantsCount: meeting.participantsCount, participantsCountMyAccount: insiders.count, source: traits.source,
            sessionKey: "", customKeys: [], scheduleTime: local(meeting.scheduledTime), joinWaitingRoomTime: "",
            joinTime: local(firstJoin.joinTime), leaveTime: local(sessions.map(\.leaveTime).max()!),
            hostOrganization: organization, hostName: host.displayName, hasScreenShare: traits.screenShare,
            hasRecording: traits.recording, hasChat: traits.chat, meetingEncryptionStatus: traits.endToEnd ? 1 : 2
        )
    }

    /// The account's name as Zoom shows it (`host_organization`).
    var organization: String {
        domain.split(separator: ".").first.map { $0.split(separator: "-").map(\.capitalized).joined(separator: " ") } ?? "Account"
    }

    /// Per-instance facts the reports mention but nothing else depends on, from their own stream
    /// (keyed by UUID) so adding one never shifts the rest of the model.
    struct Traits {
        let source: String
        let createdAt: Date
        let screenShare, video, recording, chat, poll, endToEnd: Bool
        let purpose: String?
    }

    func traits(of meeting: SyntheticMeeting) -> Traits {
        var random = SplitMix64(keys: seed, SplitMix64.key(accountId), StreamTag.traits.rawValue, SplitMix64.key(meeting.uuid))
        let created = meeting.scheduledTime.addingTimeInterval(-Double(random.int(in: 600...(30 * 86_400))))
        return Traits(
            source: random.pick(["Zoom", "Zoom", "Zoom", "Zoom", "Zoom", "Google Calendar", "Microsoft Outlook"]),
            createdAt: created.rounded, screenShare: random.chance(0.6), video: random.chance(0.8),
            recording: random.chance(0.15), chat: random.chance(0.5), poll: meeting.kind == .webinar && random.chance(0.5),
            endToEnd: random.chance(0.05), purpose: random.chance(0.3) ? random.pick(["Internal", "Customer", "Training"]) : nil
        )
    }
}

extension SyntheticSession {
    func isHost(_ meeting: SyntheticMeeting) -> Bool {
        attendee == .user(index: meeting.hostIndex)
    }
}

extension SyntheticMeeting {
    /// The most attendees (host excluded) connected at once: a webinar's `max_concurrent_views`.
    var maxConcurrentViewers: Int {
        let events = sessions.filter { !$0.isHost(self) }.flatMap { [($0.joinTime, 1), ($0.leaveTime, -1)] }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var current = 0, peak = 0
        for (_, delta) in events {
            current += delta
            peak = max(peak, current)
        }
        return peak
    }
}
