import Extractors
import Records

/// What each stream needs from the account's app and plan, as `check` verifies it: the scopes
/// (any one of a list suffices) and the one cheap request that shows whether the plan serves it.
enum StreamRequirements {
    /// Scopes per stream, classic first, then the granular ones zoom-api.md lists (§2, §3, §4).
    /// `daily_usage`: zoom-api.md lists no granular scope for `/report/daily`.
    static let scopes: [String: [String]] = [
        DailyUsage.descriptor.name: ["report:read:admin"],
        ActiveHosts.descriptor.name: ["report:read:admin", "report:read:list_users:admin"],
        Meetings.descriptor.name: ["report:read:admin", "report:read:list_history_meetings:admin"],
        MeetingParticipants.descriptor.name: ["report:read:admin", "report:read:list_meeting_participants:admin"],
        MeetingQoS.descriptor.name: dashboard,
        // list_meeting_participants_qos "also covers qos_summary" (zoom-api.md §3).
        MeetingQoSSummary.descriptor.name: dashboard,
        Users.descriptor.name: ["user:read:admin", "user:read:list_users:admin"],
    ]

    private static let dashboard = ["dashboard:read:admin", "dashboard_meetings:read:admin", "dashboard:read:list_meeting_participants_qos:admin"]

    /// The scopes `stream` could use that the token lacks all of: empty when one is granted.
    static func missingScopes(for stream: String, granted: [String]) -> [String] {
        let accepted = scopes[stream] ?? []
        return accepted.contains(where: granted.contains) ? [] : accepted
    }

    /// Extra query items of a per-instance probe: QoS must ask for `type=past` (zoom-api.md §3, §7).
    static let instanceProbeQuery: [String: [(String, String)]] = [
        MeetingParticipants.descriptor.name: [("page_size", "1")],
        MeetingQoS.descriptor.name: [("type", "past"), ("page_size", "1")],
        MeetingQoSSummary.descriptor.name: [("page_size", "1")],
    ]

    /// The GraphQL probe: one user, the cheapest `users` call there is.
    static let usersProbe = "query { users(first: 1) { edges { id } pageInfo { cursor } } }"
}

extension CatalogStream {
    /// The rate-limit category its requests count in (every report, QoS and participants call is HEAVY).
    var category: RateLimitCategory {
        switch self {
        case .report(let stream): type(of: stream).category
        case .perInstance(let stream): type(of: stream).category
        case .users: Users.category
        }
    }
}
