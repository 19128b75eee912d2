import Foundation

/// One user of the GraphQL `users` query, as served (zoom-api.md §4, §8: field names are the sandbox's).
public struct GraphQLUser: Sendable, Hashable, Encodable {
    public let id: String
    public let email: String
    public let firstName: String
    public let lastName: String
    /// 1 Basic, 2 Licensed (REST's user type).
    public let type: Int
    public let status: String
    public let dept: String
    /// An IANA zone such as "Europe/Berlin".
    public let timezone: String
    /// ISO-8601 Z.
    public let createdAt: String
    /// ISO-8601 Z; nil (GraphQL null) for a user who never signed in.
    public let lastLoginTime: String?
}

extension SyntheticAccount {
    /// Every user of `users(asOf:)`, in the order the GraphQL `users` query pages through them.
    public func graphQLUsers(asOf now: Date) -> [GraphQLUser] {
        users(asOf: now).map { user in
            GraphQLUser(id: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName, type: user.type,
                        status: user.status, dept: user.dept, timezone: user.timeZone.identifier,
                        createdAt: ZoomTime.iso(user.createdAt), lastLoginTime: user.lastLogin(asOf: now).map(ZoomTime.iso))
        }
    }
}

extension SyntheticUser {
    /// The user's last sign-in before `now`: within the two weeks before today (UTC), never before
    /// the user existed; nil for one in twenty users, and for those created minutes ago. Stable
    /// within a UTC day, so repeated loads of a day agree.
    public func lastLogin(asOf now: Date) -> Date? {
        let key = SplitMix64.key(id)
        guard key % 20 != 0 else { return nil }
        let today = (now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400
        let candidate = Date(timeIntervalSince1970: today - Double(1 + key % 14) * 86_400 + Double(key >> 8 % 86_400))
        if candidate >= createdAt { return candidate }
        let first = createdAt.addingTimeInterval(60)
        return first <= now ? first : nil
    }
}
