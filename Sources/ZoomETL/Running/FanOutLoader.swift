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
        let parents = try await warehouse.pendingParents(account: accountId, childStream: name, query)
        var outcome = StreamOutcome()
        context.logger.info("fanning out", metadata: ["instances": "\(parents.count)", "concurrency": "\(concurrency)"])

        try await withThrowingTaskGroup(of: (MeetingInstance, Result<Page, any Error>).self) { group in
            var queue = parents.makeIterator()
            func startNext() -> Bool {
                guard let parent = queue.next() else { return false }
                let instance = MeetingInstance(uuid: parent.key, isWebinar: parent.columns[0] == "webinar", endTime: parent.time,
                                               participantsCount: parent.columns[1].flatMap { Int($0) })
                let stream = stream, client = client, context = context
                group.addTask {
                    switch stream.plan(instance) {
                    case .nothing(let reason):
                        context.logger.debug("nothing to fetch", metadata: ["meeting_uuid": "\(instance.uuid)", "reason": "\(reason)"])
                        return (instance, .success(Page(rows: [], requests: 0)))
                    case .fetch:
                        do {
                            return (instance, .success(try await stream.fetch(instance, client: client, context: context)))
                        } catch {
                            return (instance, .failure(error))
                        }
                    }
                }
                return true
            }
            for _ in 0..<max(1, concurrency) where startNext() {}
            while let (instance, result) = try await group.next() {
                do {
                    try await finish(instance, result, outcome: &outcome)
                } catch {
                    group.cancelAll()
                    throw error
                }
                if outcome.skippedReason != nil {
                    group.cancelAll()
                    break
                }
                _ = startNext()
            }
        }
        try Task.checkCancellation()
        return outcome
    }

    /// Commits one instance: its set and `done`, or its error and `failed`.
    private func finish(_ instance: MeetingInstance, _ result: Result<Page, any Error>, outcome: inout StreamOutcome) async throws {
        var page: Page
        switch result {
        case .success(let fetched):
            page = fetched
            page.parent = [.text(instance.uuid)]
            page.childProgress = ChildProgress(stream: name, parent: instance.uuid, outcome: .done)
        case .failure(let error as ZoomError) where error.isEntitlementError:
            outcome.skip(because: error, logger: context.logger)
            return
        case .failure(let error as ZoomError) where error.isInstanceFailure:
            context.logger.warning("an instance failed; recorded, and retried on a later run",
                                   metadata: ["meeting_uuid": "\(instance.uuid)", "error": "\(error)"])
            page = Page(rows: [], requests: 1, childProgress: ChildProgress(stream: name, parent: instance.uuid, outcome: .failed(reason: error.description)))
            outcome.failedInstances += 1
        case .failure(let error):
            // Credentials, quota, an unreachable Zoom: nothing one instance can fix; end the run.
            throw error
        }
        let stats = try await warehouse.load(page, into: type(of: stream).descriptor, account: accountId, runId: runId)
        outcome.stats.add(stats, requests: page.requests)
        outcome.instances += 1
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
