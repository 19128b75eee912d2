import Foundation
import Records

/// Everything about a stream but its mapping, in one value: what the engine reads, how it pages,
/// which days it plans, what Zoom requires, and where the rows go.
///
/// Each stream's file declares one (`DeclaredStream.declaration`), beside the pure function that
/// maps Zoom's records to rows; the generic engine (`ReportStream`, `InstanceStream`,
/// `SnapshotStream` and the runner's drivers) does the rest. The model is a dlt resource.
public struct StreamDeclaration: Sendable {
    /// Name, table, typed columns, key, write disposition and partitioning: what the warehouse needs.
    public let descriptor: StreamDescriptor
    /// The REST path pattern (`{meetingId}` for a child), or `/v3/graphql` and the connection.
    public let endpoint: String
    public let category: RateLimitCategory
    public let paging: Paging
    /// What the engine plans a run in: report days, a parent's instances, or the whole set.
    public let reading: Reading
    /// How far back Zoom serves the stream (zoom-api.md §2, "How far back").
    public let retention: Retention
    /// The scopes that grant the endpoint, classic first: any one suffices (zoom-api.md §2–§4).
    public let scopes: [String]

    public init(_ descriptor: StreamDescriptor, endpoint: String, category: RateLimitCategory, paging: Paging, reading: Reading,
                retention: Retention, scopes: [String]) {
        precondition(!scopes.isEmpty, "\(descriptor.name): a stream names the scopes it needs")
        if case .perParent = reading {
            guard case .replaceByParent = descriptor.disposition else { preconditionFailure("\(descriptor.name): a child replaces its parent's set") }
        }
        self.descriptor = descriptor
        self.endpoint = endpoint
        self.category = category
        self.paging = paging
        self.reading = reading
        self.retention = retention
        self.scopes = scopes
    }

    public var name: StreamName { descriptor.name }
}

/// How Zoom hands a stream's records over.
public enum Paging: Sendable, Equatable {
    /// A REST listing followed by `next_page_token` (zoom-api.md §2): the records are under
    /// `itemsKey`, at most `pageSize` a page.
    case pageToken(itemsKey: String, pageSize: Int)
    /// A GraphQL connection followed by `pageInfo.cursor` (zoom-api.md §4): `first: pageSize`.
    case graphQLCursor(connection: String, pageSize: Int)
    /// One answer holds the window whole (the daily usage report's month): the records are under `itemsKey`.
    case single(itemsKey: String)

    /// The records' key in each answer.
    public var itemsKey: String {
        switch self {
        case .pageToken(let key, _), .single(let key): key
        case .graphQLCursor: "edges"
        }
    }

    /// The query items that ask for a page of `size` (nil: the declared size).
    public func pageSizeQuery(_ size: Int? = nil) -> [(String, String)] {
        switch self {
        case .pageToken(_, let declared): [("page_size", "\(size ?? declared)")]
        case .graphQLCursor, .single: []
        }
    }
}

/// What a run of the stream plans its reads in.
public enum Reading: Sendable, Equatable {
    /// Report days of the account's time zone, read in windows no longer than `limit` (Zoom's
    /// window limit), with a checkpoint on the last day loaded (`ReportCursor`) and the job's
    /// lookback re-read each run.
    case reportDays(limit: WindowLimit)
    /// One read per parent instance (`ParentLink`), each recorded in `etl.child_progress`.
    case perParent(ParentLink)
    /// The whole set, each run, merged by key: no cursor.
    case snapshot
}

/// The longest window Zoom answers for a report in one listing.
public enum WindowLimit: Sendable, Equatable {
    /// One calendar month per request (zoom-api.md §2). With `wholePeriods`, a window is widened
    /// to its month's first day still served, because the stream replaces a month's set at once.
    case calendarMonth(wholePeriods: Bool)
}

public enum Retention: Sendable, Equatable {
    case months(Int)
    case days(Int)
    /// Zoom serves the set as it is now, no history (a snapshot such as users).
    case currentOnly

    /// The earliest day Zoom still serves, seen from `today`.
    public func oldestDay(today: CivilDate) -> CivilDate {
        switch self {
        case .months(let months): today.adding(months: -months)
        case .days(let days): today.adding(days: -days)
        case .currentOnly: today
        }
    }

    public var description: String {
        switch self {
        case .months(let months): "\(months) months"
        case .days(let days): "\(days) days"
        case .currentOnly: "the current set only"
        }
    }
}

/// A child stream's parent: the warehouse table whose rows it fans out over, and the parent's
/// fields it needs, decoded into a typed value (`MeetingInstance(_:)`).
public struct ParentLink: Sendable, Hashable {
    public let stream: StreamName
    public let table: TableName
    /// The parent's key, what `etl.child_progress.parent` holds.
    public let key: String
    /// When the parent ended (its window, lookback and order) and when it started.
    public let endColumn: String
    public let startColumn: String?
    /// The further parent columns the child reads, by name.
    public let fields: [String]

    public init(stream: StreamName, table: TableName, key: String, endColumn: String, startColumn: String?, fields: [String]) {
        self.stream = stream
        self.table = table
        self.key = key
        self.endColumn = endColumn
        self.startColumn = startColumn
        self.fields = fields
    }
}

/// A parent row as the fan-out reads it: its key, times and the fields its `ParentLink` names.
public struct ParentRow: Sendable, Hashable {
    public let key: String
    public let end: Date
    public let start: Date?
    /// The link's fields, by name, as PostgreSQL's text (NULL as nil).
    public let fields: [String: String?]

    public init(key: String, end: Date, start: Date?, fields: [String: String?]) {
        self.key = key
        self.end = end
        self.start = start
        self.fields = fields
    }

    public subscript(field: String) -> String? { fields[field] ?? nil }
}

/// One REST request of a stream: the path with its parameters filled in, and the query without
/// the paging items (the engine adds those from `Paging`).
public struct ZoomRequest: Sendable {
    public var path: String
    public var query: [(String, String)]

    public init(_ path: String, query: [(String, String)] = []) {
        self.path = path
        self.query = query
    }
}

/// A stream zoom-etl loads: its declaration, and (in the sub-protocols) its pure mapping.
public protocol DeclaredStream: Sendable {
    static var declaration: StreamDeclaration { get }
}

extension DeclaredStream {
    public static var descriptor: StreamDescriptor { declaration.descriptor }
    public static var endpoint: String { declaration.endpoint }
    public static var category: RateLimitCategory { declaration.category }
}
