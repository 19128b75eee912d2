import Foundation
import Records

/// A stream read per meeting instance (participants, QoS): each fetch returns the instance's
/// whole set, which replaces the instance's previous rows in one transaction.
public protocol InstanceStream: Sendable {
    static var descriptor: StreamDescriptor { get }
    static var category: RateLimitCategory { get }
    /// The REST path pattern, for logs.
    static var endpoint: String { get }

    /// What to do for an instance: some have nothing to fetch (a webinar has no meeting QoS; a
    /// one-person meeting has no participants report), which still counts as done.
    func plan(_ instance: MeetingInstance) -> InstancePlan

    /// Every page of the instance's data, typed, as one page for the loader.
    func fetch(_ instance: MeetingInstance, client: ZoomClient, context: ExtractionContext) async throws -> Page
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
    public let endTime: Date
    public let participantsCount: Int?

    public init(uuid: String, isWebinar: Bool, endTime: Date, participantsCount: Int?) {
        self.uuid = uuid
        self.isWebinar = isWebinar
        self.endTime = endTime
        self.participantsCount = participantsCount
    }
}

extension InstanceStream {
    /// Zoom serves per-meeting reports and QoS for a year (zoom-api.md §2, "How far back").
    public static var retentionDays: Int { 365 }

    /// Reads a listing of one instance to the end; a restarted chain (expired page token) drops
    /// what it had gathered, so the set is complete and has no duplicates.
    static func gather(_ path: String, query: [(String, String)], itemsKey: String, client: ZoomClient,
                       into typed: (inout Page, [JSONValue]) -> Void) async throws -> Page {
        var page = Page(rows: [], requests: 0)
        for try await listing in client.pages(path, query: query, category: category) {
            if listing.restarted { page = Page(rows: [], requests: page.requests) }
            page.requests += 1
            typed(&page, listing.document[itemsKey]?.array ?? [])
        }
        try Task.checkCancellation()
        return page
    }
}
