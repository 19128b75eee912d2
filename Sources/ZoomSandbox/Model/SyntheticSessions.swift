import Foundation

/// The join sessions of one instance, in Zoom's order (join time).
///
/// Most instances hold their few dozen sessions in an array. A large webinar
/// (`SandboxAccount.largeWebinarSessions`) makes each session on demand from its own stream
/// (`LargeWebinarSessions`), so serving one page of a 10,000-session webinar costs that page's
/// sessions, and holding it in the day memo costs nothing.
public struct SyntheticSessions: RandomAccessCollection, Sendable, Hashable {
    enum Storage: Sendable, Hashable {
        case stored([SyntheticSession])
        case generated(LargeWebinarSessions)
    }

    let storage: Storage

    init(_ storage: Storage) {
        self.storage = storage
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .stored(let sessions): sessions.count
        case .generated(let sessions): sessions.count
        }
    }

    public subscript(position: Int) -> SyntheticSession {
        switch storage {
        case .stored(let sessions): sessions[position]
        case .generated(let sessions): sessions.session(position)
        }
    }

    /// Whether these are a large webinar's generated sessions.
    public var isGenerated: Bool {
        if case .generated = storage { return true }
        return false
    }

    /// Distinct people who joined. A large webinar's attendees each join once, so it needs no pass.
    public var distinctAttendees: Int {
        switch storage {
        case .stored(let sessions): Set(sessions.map(\.attendee)).count
        case .generated(let sessions): sessions.count
        }
    }
}
