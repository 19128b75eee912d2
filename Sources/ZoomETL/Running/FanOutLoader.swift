import Extractors
import Foundation
import Logging
import Records
import Warehouse

/// Loads a child stream instance by instance, from the meeting instances in `zoom.meetings`.
///
/// Each instance's set commits with its progress row, so a resumed run fetches only the
/// instances not done yet; instances inside the lookback are fetched again (Zoom's participant
/// data can lag). An instance whose calls keep failing is recorded with its error and retried
/// on later runs up to `maxAttempts` times; it never stops the other instances.
struct FanOutLoader {
    let stream: any InstanceStream
    let warehouse: Warehouse
    let client: ZoomClient
    let context: ExtractionContext
    let accountId: String
    let runId: Int64
    let progress: RunProgress
    let concurrency: Int
    var maxAttempts = 5

    private var name: String { type(of: stream).descriptor.name }

    func load(mode: RunMode, job: JobSettings, today: CivilDate) async throws -> StreamOutcome {
        var query = FanOutQuery(parentTable: Meetings.descriptor.table, parentKey: "meeting_uuid", timeColumn: "end_time",
                                columns: ["kind", "participants_count"], from: nil, to: nil, refetchSince: nil, maxAttempts: maxAttempts)
        switch mode {
        case .incremental:
            query.from = today.adding(days: -type(of: stream).retentionDays).start(in: context.timeZone)
            query.refetchSince = today.adding(days: -job.lookbackDays).start(in: context.timeZone)
        case .backfill(let range, _):
            query.from = range.from.start(in: context.timeZone)
            query.to = range.to.adding(days: 1).start(in: context.timeZone)
        }
        var parents = PendingParentWindows(warehouse: warehouse, account: accountId, childStream: name, query: query)
        progress.expect(name, total: try await warehouse.pendingParentCount(account: accountId, childStream: name, query))
        var outcome = StreamOutcome()
        context.logger.info("fanning out", metadata: ["concurrency": "\(concurrency)"])

        let width = max(1, concurrency)
        try await withThrowingTaskGroup(of: (MeetingInstance, Result<Page, any Error>).self) { group in
            // No nested function captures `group`: the version that added tasks from one crashed in
            // release builds (Swift 6.3.1, "pure virtual method called" as a child completed).
            var running = 0
            // Zoom's budget ran out (the daily quota): start nothing more, but load what the
            // workers already fetched, since those requests are spent; then stop the run.
            var tryLater: ZoomError?
            var batch = PageBatch()
            while true {
                while tryLater == nil, running < width, let parent = try await parents.next() {
                    let instance = MeetingInstance(uuid: parent.key, isWebinar: parent.columns[0] == "webinar", endTime: parent.time,
                                                   participantsCount: parent.columns[1].flatMap { Int($0) })
                    let stream = stream, client = client, context = context
                    group.addTask { (instance, await Self.fetch(instance, stream: stream, client: client, context: context)) }
                    running += 1
                }
                guard running > 0, let (instance, result) = try await group.next() else { break }
                running -= 1
                do {
                    if case .failure(let error as ZoomError) = result, error.isTryLater {
                        tryLater = tryLater ?? error
                    } else if let page = try settle(instance, result, outcome: &outcome) {
                        batch.append(page)
                    }
                    if outcome.skippedReason != nil || running == 0 || batch.isDue {
                        try await commit(&batch, outcome: &outcome)
                    }
                } catch {
                    group.cancelAll()
                    throw error
                }
                if outcome.skippedReason != nil {
                    group.cancelAll()
                    break
                }
            }
            try await commit(&batch, outcome: &outcome)
            if let tryLater { throw tryLater }
        }
        try Task.checkCancellation()
        context.logger.info("fanned out", metadata: ["instances": "\(outcome.instances)", "failed": "\(outcome.failedInstances)"])
        return outcome
    }

    /// Fetches one instance's set, or says why there was nothing to fetch; never throws.
    private static func fetch(_ instance: MeetingInstance, stream: any InstanceStream, client: ZoomClient,
                              context: ExtractionContext) async -> Result<Page, any Error> {
        switch stream.plan(instance) {
        case .nothing(let reason):
            context.logger.debug("nothing to fetch", metadata: ["meeting_uuid": "\(instance.uuid)", "reason": "\(reason)"])
            return .success(Page(rows: [], requests: 0))
        case .fetch:
            do {
                return .success(try await stream.fetch(instance, client: client, context: context))
            } catch {
                return .failure(error)
            }
        }
    }

    /// The page that commits one instance: its set and `done`, or its error and `failed`; nil
    /// when the account is not entitled to the stream (recorded in `outcome`).
    private func settle(_ instance: MeetingInstance, _ result: Result<Page, any Error>, outcome: inout StreamOutcome) throws -> Page? {
        switch result {
        case .success(var page):
            page.parent = [.text(instance.uuid)]
            page.childProgress = ChildProgress(stream: name, parent: instance.uuid, outcome: .done)
            return page
        case .failure(let error as ZoomError) where error.isEntitlementError:
            outcome.skip(because: error, logger: context.logger)
            return nil
        case .failure(let error as ZoomError) where error.isInstanceFailure:
            context.logger.warning("an instance failed; recorded, and retried on a later run",
                                   metadata: ["event": "instance_failed", "meeting_uuid": "\(instance.uuid)", "error": "\(error)"])
            outcome.failedInstances += 1
            return Page(rows: [], requests: 1, childProgress: ChildProgress(stream: name, parent: instance.uuid, outcome: .failed(reason: error.description)))
        case .failure(let error):
            // Credentials, quota, an unreachable Zoom: nothing one instance can fix; end the run.
            throw error
        }
    }

    /// Commits the batched instances in one transaction, each with its progress row.
    private func commit(_ batch: inout PageBatch, outcome: inout StreamOutcome) async throws {
        guard !batch.pages.isEmpty else { return }
        let stats = try await warehouse.load(batch.pages, into: type(of: stream).descriptor, account: accountId, runId: runId)
        for (page, loaded) in zip(batch.pages, stats) {
            outcome.stats.add(loaded, requests: page.requests)
            page.logRejects(context.logger)
        }
        progress.advance(name, by: batch.pages.count, rows: stats.reduce(0) { $0 + $1.rows })
        outcome.instances += batch.pages.count
        batch = PageBatch()
    }
}

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
    let childStream: String
    let query: FanOutQuery
    private var windowStart: Date?
    private var finished = false
    private var buffered: [PendingParent] = []
    private var position = 0

    init(warehouse: Warehouse, account: String, childStream: String, query: FanOutQuery) {
        self.warehouse = warehouse
        self.account = account
        self.childStream = childStream
        self.query = query
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
        }
        defer { position += 1 }
        return buffered[position]
    }
}

extension ZoomError {
    /// A failure that belongs to one instance (Zoom will not serve it, or sent something unreadable for it).
    var isInstanceFailure: Bool {
        switch kind {
        case .api(let status, _, _): (400..<500).contains(status) && status != 401 && status != 429
        case .decoding: true
        default: false
        }
    }
}
