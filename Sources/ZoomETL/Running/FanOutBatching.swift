import Foundation
import Records
import Warehouse

/// Fetched instances waiting to commit together. One transaction per instance kept a backfill's
/// fan-out waiting on PostgreSQL round trips; a batch commits when it is large or a quarter of a
/// second old, so a paced run (a few instances a second) still commits them almost at once.
struct PageBatch {
    static let maxPages = 32
    static let maxRows = 8_000
    static let maxAge = Duration.milliseconds(250)

    private(set) var pages: [Page] = []
    private var rows = 0
    private var started: ContinuousClock.Instant?

    mutating func append(_ page: Page) {
        if pages.isEmpty { started = .now }
        pages.append(page)
        rows += page.rows.count
    }

    var isDue: Bool {
        pages.count >= Self.maxPages || rows >= Self.maxRows || started.map { ContinuousClock.now - $0 >= Self.maxAge } ?? false
    }
}

/// The parents a fan-out still needs, read from the warehouse one week of end times at a time,
/// so what is held in memory does not grow with the range (a year at scale is many thousands).
/// Oldest first, as one query would return them; the last window is open-ended.
struct PendingParentWindows {
    static let window: TimeInterval = 7 * 86_400

    let warehouse: Warehouse
    let account: String
    let childStream: StreamName
    let query: FanOutQuery
    /// Told each window's parents before the first of them is returned (to create the months'
    /// partitions their rows need ahead of time).
    let prepare: ([PendingParent]) async throws -> Void
    private var windowStart: Date?
    private var finished = false
    private var buffered: [PendingParent] = []
    private var position = 0

    init(warehouse: Warehouse, account: String, childStream: StreamName, query: FanOutQuery,
         prepare: @escaping ([PendingParent]) async throws -> Void = { _ in }) {
        self.warehouse = warehouse
        self.account = account
        self.childStream = childStream
        self.query = query
        self.prepare = prepare
        windowStart = query.from
    }

    mutating func next() async throws -> PendingParent? {
        while position == buffered.count {
            guard !finished else { return nil }
            var window = query
            window.from = windowStart
            if let start = windowStart {
                let end = start.addingTimeInterval(Self.window)
                // Past the range's end, or past now when it has none: this window takes the rest.
                if end < (query.to ?? Date()) {
                    window.to = end
                    windowStart = end
                } else {
                    finished = true
                }
            } else {
                finished = true
            }
            buffered = try await warehouse.pendingParents(account: account, childStream: childStream, window)
            position = 0
            if !buffered.isEmpty { try await prepare(buffered) }
        }
        defer { position += 1 }
        return buffered[position]
    }
}
