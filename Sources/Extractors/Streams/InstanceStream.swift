import Foundation
import Records

/// A stream read per meeting instance (participants, QoS): each fetch reads the instance's
/// whole set, which replaces the instance's previous rows in one transaction.
///
/// The set is handed over page by page as Zoom sends it, never gathered: a 10,000-person
/// webinar has about a million QoS rows (DESIGN.md, guarantee 4).
public protocol InstanceStream: DeclaredStream {
    /// What to do for an instance: some have nothing to fetch (a one-person meeting has no
    /// participants report), which still counts as done. The default fetches every instance.
    func plan(_ instance: MeetingInstance) -> InstancePlan

    /// The request that reads the instance's set (the engine pages it as declared).
    func request(for instance: MeetingInstance) -> ZoomRequest

    /// One answer's records of the instance, typed; `recordsBefore` counts the records of the
    /// listing's earlier pages (Zoom's order, for a `row_no`). Pure, like every mapping.
    func rows(_ records: [JSONValue], instance: MeetingInstance, recordsBefore: Int) -> Page
}

/// One page of an instance's set, typed.
public struct InstancePage: Sendable {
    public var page: Page
    /// The listing began again (its page token expired): drop what this instance emitted before.
    public var restarted: Bool

    public init(page: Page, restarted: Bool = false) {
        self.page = page
        self.restarted = restarted
    }
}

public enum InstancePlan: Sendable, Equatable {
    case fetch
    /// Done with an empty set, without a request; the reason goes to the debug log.
    case nothing(reason: String)
}

/// A meeting or webinar instance from `zoom.meetings`, the parent of every child stream.
public struct MeetingInstance: Sendable, Hashable {
    public let uuid: String
    public let isWebinar: Bool
    /// Nil where the parent row has none (it always has in `zoom.meetings`).
    public let startTime: Date?
    public let endTime: Date
    public let participantsCount: Int?

    public init(uuid: String, isWebinar: Bool, startTime: Date? = nil, endTime: Date, participantsCount: Int?) {
        self.uuid = uuid
        self.isWebinar = isWebinar
        self.startTime = startTime
        self.endTime = endTime
        self.participantsCount = participantsCount
    }

    /// The typed decoder of a `Meetings.instances` parent row (its fields by name).
    public init(_ parent: ParentRow) {
        self.init(uuid: parent.key, isWebinar: parent["kind"] == "webinar", startTime: parent.start, endTime: parent.end,
                  participantsCount: parent["participants_count"].flatMap { Int($0) })
    }
}

extension InstanceStream {
    public func plan(_ instance: MeetingInstance) -> InstancePlan { .fetch }

    /// Reads the instance's listing to the end, handing each typed page to `emit` as it
    /// arrives; a restarted chain (expired page token) counts from 0 again and says so.
    public func fetch(_ instance: MeetingInstance, client: ZoomClient, context: ExtractionContext,
                      emit: (InstancePage) async throws -> Void) async throws {
        var recordsBefore = 0
        try await Self.eachAnswer(request(for: instance), client: client) { records, restarted in
            if restarted { recordsBefore = 0 }
            let page = rows(records, instance: instance, recordsBefore: recordsBefore)
            recordsBefore += records.count
            try await emit(InstancePage(page: page, restarted: restarted))
        }
        try Task.checkCancellation()
    }

    /// `meetings` or `webinars`: Zoom serves each kind under its own path, and refuses the
    /// other kind's UUID with 404 code 3001 (zoom-api.md §9).
    static func family(_ instance: MeetingInstance) -> String {
        instance.isWebinar ? "webinars" : "meetings"
    }
}
