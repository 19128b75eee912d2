import Foundation
import Records

/// A stream read per meeting instance (participants, QoS): each fetch reads the instance's
/// whole set, which replaces the instance's previous rows in one transaction.
///
/// The set is handed over page by page as Zoom sends it, never gathered: a 10,000-person
/// webinar has about a million QoS rows (DESIGN.md, guarantee 4).
public protocol InstanceStream: Sendable {
    static var descriptor: StreamDescriptor { get }
    static var category: RateLimitCategory { get }
    /// The REST path pattern, for logs.
    static var endpoint: String { get }

    /// What to do for an instance: some have nothing to fetch (a one-person meeting has no
    /// participants report), which still counts as done.
    func plan(_ instance: MeetingInstance) -> InstancePlan

    /// Reads the instance's set, handing each typed page to `emit` as it arrives.
    func fetch(_ instance: MeetingInstance, client: ZoomClient, context: ExtractionContext,
               emit: (InstancePage) async throws -> Void) async throws
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
}

extension InstanceStream {
    /// Zoom serves per-meeting reports and QoS for a year (zoom-api.md §2, "How far back").
    public static var retentionDays: Int { 365 }

    /// Reads a listing of one instance to the end, page by page. `typed` gets each page's records
    /// and how many records came before them in the listing (Zoom's order, for `row_no`); a
    /// restarted chain (expired page token) counts from 0 again and says so to `emit`.
    static func read(_ path: String, query: [(String, String)], itemsKey: String, client: ZoomClient,
                     emit: (InstancePage) async throws -> Void,
                     typed: (inout Page, _ records: [JSONValue], _ recordsBefore: Int) -> Void) async throws {
        var recordsBefore = 0
        for try await listing in client.pages(path, query: query, category: category) {
            if listing.restarted { recordsBefore = 0 }
            let records = listing.document[itemsKey]?.array ?? []
            var page = Page(rows: [], requests: 1)
            typed(&page, records, recordsBefore)
            recordsBefore += records.count
            try await emit(InstancePage(page: page, restarted: listing.restarted))
        }
        try Task.checkCancellation()
    }

    /// `meetings` or `webinars`: Zoom serves each kind under its own path, and refuses the
    /// other kind's UUID with 404 code 3001 (zoom-api.md §9).
    static func family(_ instance: MeetingInstance) -> String {
        instance.isWebinar ? "webinars" : "meetings"
    }
}
