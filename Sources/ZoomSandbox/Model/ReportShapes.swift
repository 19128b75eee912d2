import Foundation

// The objects the report endpoints serve, field for field (zoom-api.md §2). Endpoints encode
// these very values, so ground truth and responses cannot drift apart. Properties keep Zoom's
// meaning and spelling of values (ISO strings, minutes vs seconds); only the names are Swift's.

/// One user of `GET /report/users` (active or inactive hosts).
public struct ActiveHost: Sendable, Hashable, Encodable {
    public struct CustomAttribute: Sendable, Hashable, Encodable {
        public let key: String
        public let name: String
        public let value: String
    }

    public let id: String
    public let email: String
    public let userName: String
    public let type: Int
    public let dept: String
    /// Instances the user hosted that started in the window (as the daily report counts them).
    public let meetings: Int
    /// Distinct participants summed over those instances.
    public let participants: Int
    /// Participant minutes summed over those instances (the daily report's `meeting_minutes`).
    public let meetingMinutes: Int
    public let customAttributes: [CustomAttribute]

    enum CodingKeys: String, CodingKey {
        case id, email, userName = "user_name", type, dept, meetings, participants
        case meetingMinutes = "meeting_minutes", customAttributes = "custom_attributes"
    }
}

/// One instance of `GET /report/history_meetings`.
public struct HistoryMeeting: Sendable, Hashable, Encodable {
    public struct CustomField: Sendable, Hashable, Encodable {
        public let key: String
        public let value: String
    }

    public struct TrackingField: Sendable, Hashable, Encodable {
        public let field: String
        public let value: String
    }

    public let meetingUUID: String
    public let meetingId: Int64
    /// "Meeting" or "Webinar".
    public let type: String
    public let hostDisplayName: String
    public let hostEmail: String
    public let startTime: String
    public let endTime: String
    public let topic: String
    /// Distinct people who joined.
    public let participants: Int
    /// Minutes.
    public let duration: Int
    public let totalParticipantMinutes: Int
    public let department: String
    public let group: [String]
    public let source: String
    public let uniqueViewers: Int
    public let maxConcurrentViews: Int
    public let createTime: String
    public let customFields: [CustomField]
    public let trackingFields: [TrackingField]
    public let featureUsed: [String: Bool]

    enum CodingKeys: String, CodingKey {
        case meetingUUID = "meeting_uuid", meetingId = "meeting_id", type, hostDisplayName = "host_display_name"
        case hostEmail = "host_email", startTime = "start_time", endTime = "end_time", topic, participants, duration
        case totalParticipantMinutes = "total_participant_minutes", department, group, source
        case uniqueViewers = "unique_viewers", maxConcurrentViews = "max_concurrent_views", createTime = "create_time"
        case customFields = "custom_fields", trackingFields = "tracking_fields", featureUsed = "feature_used"
    }
}

/// One instance of `GET /report/users/{userId}/meetings`, seen from that user.
public struct ReportMeeting: Sendable, Hashable, Encodable {
    public struct CustomKey: Sendable, Hashable, Encodable {
        public let key: String
        public let value: String
    }

    public let uuid: String
    public let id: Int64
    public let type: Int
    public let topic: String
    /// The user the report is about (not necessarily the host, with `type=pastJoined`).
    public let userName: String
    public let userEmail: String
    public let startTime: String
    public let endTime: String
    /// Minutes.
    public let duration: Int
    public let totalMinutes: Int
    public let participantsCount: Int
    public let participantsCountMyAccount: Int
    public let source: String
    public let sessionKey: String
    public let customKeys: [CustomKey]
    /// `MM/dd/yyyy HH:mm` in the account's time zone (zoom-api.md §8), like the next three.
    public let scheduleTime: String
    public let joinWaitingRoomTime: String
    public let joinTime: String
    public let leaveTime: String
    public let hostOrganization: String
    public let hostName: String
    public let hasScreenShare: Bool
    public let hasRecording: Bool
    public let hasChat: Bool
    public let meetingEncryptionStatus: Int

    enum CodingKeys: String, CodingKey {
        case uuid, id, type, topic, userName = "user_name", userEmail = "user_email", startTime = "start_time"
        case endTime = "end_time", duration, totalMinutes = "total_minutes", participantsCount = "participants_count"
        case participantsCountMyAccount = "participants_count_my_account", source, sessionKey = "session_key"
        case customKeys = "custom_keys", scheduleTime = "schedule_time", joinWaitingRoomTime = "join_waiting_room_time"
        case joinTime = "join_time", leaveTime = "leave_time", hostOrganization = "host_organization", hostName = "host_name"
        case hasScreenShare = "has_screen_share", hasRecording = "has_recording", hasChat = "has_chat"
        case meetingEncryptionStatus = "meeting_encryption_status"
    }
}

/// One join session of `GET /report/meetings|webinars/{uuid}/participants`.
public struct ReportParticipant: Sendable, Hashable, Encodable {
    /// The account user's id; "" for someone who did not sign in. Deprecated by Zoom for the next one.
    public let id: String
    public let participantUserId: String
    /// Per join: a rejoin gets a new one (zoom-api.md §7).
    public let userId: String
    public let name: String
    /// "" for most people outside the account.
    public let userEmail: String
    /// ISO-8601 Z; webinars with milliseconds (zoom-api.md §2).
    public let joinTime: String
    public let leaveTime: String
    /// Seconds.
    public let duration: Int
    public let failover: Bool
    public let status: String
    public let customerKey: String
    public let boMtgId: String

    enum CodingKeys: String, CodingKey {
        case id, participantUserId = "participant_user_id", userId = "user_id", name, userEmail = "user_email"
        case joinTime = "join_time", leaveTime = "leave_time", duration, failover, status
        case customerKey = "customer_key", boMtgId = "bo_mtg_id"
    }
}
