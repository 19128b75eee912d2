import Foundation
import Logging
import Records

/// A stream Zoom serves by date range (the report endpoints): the declaration says how to page
/// and how long a window may be; the stream says which request reads a window and how its
/// records map to rows. The engine plans the days, reads each window and hands the pages over.
public protocol ReportStream: DeclaredStream {
    /// The request that reads `window` (a whole period for a `wholePeriods` stream).
    func request(for window: DateRange) -> ZoomRequest

    /// Zoom's records of one answer for `window`, typed: rows, and rejects with their reasons.
    /// Pure: the same records give the same page, so it is tested from JSON alone.
    func rows(_ records: [JSONValue], window: DateRange, timeZone: TimeZone) -> Page

    /// Reads `range` window by window, handing each page to `emit` as soon as it is typed.
    ///
    /// `emit` loads the page before it returns, so no page waits in memory and none can be
    /// dropped: the loader's pace is the extractor's pace. The default reads the declaration's
    /// windows (`readWindows`); a stream with a second source (meetings) wraps it.
    func extract(_ range: DateRange, client: ZoomClient, context: ExtractionContext, emit: (WindowPage) async throws -> Void) async throws
}

/// What a stream needs to know about the account it extracts for.
public struct ExtractionContext: Sendable {
    /// The account's time zone: report days are its calendar days (zoom-api.md §8).
    public let timeZone: TimeZone
    public let logger: Logger

    public init(timeZone: TimeZone, logger: Logger) {
        self.timeZone = timeZone
        self.logger = logger
    }
}

/// A page of typed rows. The last page of a window carries `through`, the window's last day:
/// once it commits, the stream's cursor may move there. Earlier pages of a window carry nil.
public struct WindowPage: Sendable {
    public var page: Page
    public var through: CivilDate?
    /// For a replace-by-parent stream: the listing of the page's period started over (an expired
    /// page token), so what its earlier pages wrote is dropped and the set begins with this page.
    public var restarted: Bool

    public init(page: Page, through: CivilDate?, restarted: Bool = false) {
        self.page = page
        self.through = through
        self.restarted = restarted
    }
}

extension ReportStream {
    public func extract(_ range: DateRange, client: ZoomClient, context: ExtractionContext, emit: (WindowPage) async throws -> Void) async throws {
        try await readWindows(range, client: client, context: context, emit: emit)
    }

    /// The earliest day Zoom still serves, seen from `today`.
    public static func oldestAvailableDay(today: CivilDate) -> CivilDate {
        declaration.retention.oldestDay(today: today)
    }

    /// The windows `range` is read in, each with the day its checkpoint reaches.
    ///
    /// Zoom answers one calendar month at most (zoom-api.md §2). A `wholePeriods` stream reads
    /// each month from its first day Zoom still serves, so a period's set is only ever
    /// replaced by a complete read of it.
    public static func windows(of range: DateRange) -> [(read: DateRange, through: CivilDate)] {
        guard case .reportDays(.calendarMonth(let wholePeriods)) = declaration.reading else {
            preconditionFailure("\(declaration.name) is not read by report days")
        }
        let oldest = oldestAvailableDay(today: range.to.adding(days: 1))
        return range.months.map { window in
            guard wholePeriods else { return (window, window.to) }
            return (DateRange(from: max(window.from.firstOfMonth, oldest), to: window.to) ?? window, window.to)
        }
    }

    /// The generic read: every window of `range`, in order.
    public func readWindows(_ range: DateRange, client: ZoomClient, context: ExtractionContext, emit: (WindowPage) async throws -> Void) async throws {
        for window in Self.windows(of: range) {
            try await readWindow(window.read, through: window.through, client: client, context: context, emit: emit)
        }
    }

    /// Reads one window's listing, emitting each page as it arrives; the last one, after the
    /// listing ended, carries `through`. A cancelled listing ends quietly, so only a complete
    /// one moves the cursor (or replaces a period's set).
    public func readWindow(_ window: DateRange, through: CivilDate, client: ZoomClient, context: ExtractionContext,
                           emit: (WindowPage) async throws -> Void) async throws {
        var pending: WindowPage?
        try await Self.eachAnswer(request(for: window), client: client) { records, restarted in
            if let previous = pending { try await emit(previous) }
            pending = WindowPage(page: rows(records, window: window, timeZone: context.timeZone), through: nil, restarted: restarted)
        }
        try Task.checkCancellation()
        var last = pending ?? WindowPage(page: rows([], window: window, timeZone: context.timeZone), through: nil)
        if pending == nil { last.page.requests = 0 }
        last.through = through
        try await emit(last)
    }
}

extension DeclaredStream {
    /// Sends `request` and follows the declared paging to the end, handing each answer's records
    /// to `body` with whether the listing began again (an expired page token).
    static func eachAnswer(_ request: ZoomRequest, client: ZoomClient, pageSize: Int? = nil,
                           _ body: (_ records: [JSONValue], _ restarted: Bool) async throws -> Void) async throws {
        let paging = declaration.paging
        switch paging {
        case .single:
            let document = try await client.get(request.path, query: request.query, category: category)
            try await body(try records(in: document), false)
        case .pageToken:
            let query = request.query + paging.pageSizeQuery(pageSize)
            for try await listing in client.pages(request.path, query: query, category: category) {
                try await body(try records(in: listing.document), listing.restarted)
            }
        case .graphQLCursor:
            preconditionFailure("\(declaration.name): a GraphQL connection is read by `SnapshotStream`")
        }
    }

    /// The records of one answer, under the declared items key. A single answer without its
    /// array is not the endpoint's shape; a listing page without it is empty (Zoom omits them).
    public static func records(in document: JSONValue) throws -> [JSONValue] {
        let paging = declaration.paging
        if let records = document[paging.itemsKey]?.array { return records }
        guard case .pageToken = paging else {
            throw ZoomError(.decoding(detail: "the answer has no \"\(paging.itemsKey)\" array"), endpoint: endpoint)
        }
        return []
    }
}

/// Types each record of a listing with `row`, keeping the ones that fail as rejects.
func typedPage(_ records: [JSONValue], endpoint: String, row: (RecordReader) throws -> Row) -> Page {
    var page = Page(rows: [], requests: 1)
    for record in records {
        page.append(record, endpoint: endpoint, row: row)
    }
    return page
}

extension Page {
    /// Appends the record's typed row, or the record as a reject with the reason it failed.
    mutating func append(_ record: JSONValue, endpoint: String, row: (RecordReader) throws -> Row) {
        do {
            rows.append(try row(RecordReader(record, endpoint: endpoint)))
        } catch {
            rejects.append(Reject(rawJSON: record.sourceText, reason: (error as? RecordReader.Problem)?.reason ?? "\(error)"))
        }
    }
}
