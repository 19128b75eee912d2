import Extractors
import Foundation
import Records
import Warehouse

/// What one instance's task brings back to the fan-out loop.
enum InstanceResult: Sendable {
    /// The whole set, small enough to hold: it commits with the next batch of instances.
    case gathered(Page)
    /// A large set, already committed with its progress row on a session of its own.
    case streamed(LoadStats, requests: Int, unparsableExamples: [UnparsableValue])
    /// The fetch failed after spending `requests`; what it wrote was rolled back.
    case failed(any Error, requests: Int)
}

/// Fetches one instance's set: gathered in memory while it is small, streamed into the warehouse
/// page by page once it is not, so memory stays flat whatever the instance's size.
struct InstanceFetch: Sendable {
    /// Rows an instance may hold before it streams: a typical meeting's QoS stays below it, a
    /// large webinar's goes over within a few pages. The fan-out's memory is bounded by its width
    /// times this, plus one page per streaming instance.
    static let defaultGatheredRows = 2_000

    let stream: any InstanceStream
    let client: ZoomClient
    let context: ExtractionContext
    let writers: WriterPool
    let accountId: String
    let runId: Int64
    let maxGatheredRows: Int

    private var descriptor: StreamDescriptor { type(of: stream).descriptor }

    func callAsFunction(_ instance: MeetingInstance) async -> InstanceResult {
        if case .nothing(let reason) = stream.plan(instance) {
            context.logger.debug("nothing to fetch", metadata: ["meeting_uuid": "\(instance.uuid)", "reason": "\(reason)"])
            return .gathered(Page(rows: [], requests: 0))
        }
        var gathered = Page(rows: [], requests: 0)
        var writer: (session: Warehouse, replacement: ParentReplacement)?
        do {
            try await stream.fetch(instance, client: client, context: context) { part in
                if part.restarted {
                    (gathered.rows, gathered.rejects, gathered.nullifiedValues) = ([], [], 0)
                    (gathered.unparsableValues, gathered.unparsableExamples) = (0, [])
                    if var open = writer {
                        try await open.session.restart(&open.replacement)
                        writer = open
                    }
                }
                gathered.requests += part.page.requests
                gathered.rejects += part.page.rejects
                gathered.nullifiedValues += part.page.nullifiedValues
                gathered.unparsableValues += part.page.unparsableValues
                UnparsableValue.keep(part.page.unparsableExamples, in: &gathered.unparsableExamples)
                if var open = writer {
                    try await open.session.write(part.page.rows, to: &open.replacement)
                    writer = open
                    return
                }
                gathered.rows += part.page.rows
                guard gathered.rows.count > maxGatheredRows else { return }
                writer = try await startStreaming(instance, rows: gathered.rows)
                gathered.rows = []
            }
        } catch {
            // Zoom failed the instance: the session is sound. Anything else (the database, a
            // cancellation mid-COPY) leaves it in a state not worth trusting.
            if let writer { await end(writer, reuse: error is ZoomError) }
            return .failed(error, requests: gathered.requests)
        }
        guard let writer else { return .gathered(gathered) }
        do {
            let stats = try await writer.session.commit(writer.replacement, rejects: gathered.rejects, nullified: gathered.nullifiedValues,
                                                        unparsable: gathered.unparsableValues,
                                                        progress: ChildProgress(stream: descriptor.name, parent: instance.uuid, outcome: .done))
            await writers.release(writer.session)
            return .streamed(stats, requests: gathered.requests, unparsableExamples: gathered.unparsableExamples)
        } catch {
            await end(writer, reuse: false)
            return .failed(error, requests: gathered.requests)
        }
    }

    /// Takes a session, BEGINs the instance's replacement and writes what was gathered so far.
    private func startStreaming(_ instance: MeetingInstance, rows: [Row]) async throws -> (session: Warehouse, replacement: ParentReplacement) {
        let session = try await writers.acquire()
        // The fan-out made the partitions of the instance's window ahead (`FanOutLoader`).
        await session.assumePartitions(of: descriptor, from: instance.startTime ?? instance.endTime, to: instance.endTime)
        do {
            var replacement = try await session.beginReplacement(of: [.text(instance.uuid)], in: descriptor, account: accountId, runId: runId)
            do {
                try await session.write(rows, to: &replacement)
            } catch {
                await session.abandon(replacement)
                throw error
            }
            context.logger.debug("streaming a large instance", metadata: ["meeting_uuid": "\(instance.uuid)"])
            return (session, replacement)
        } catch {
            await writers.discard(session)
            throw error
        }
    }

    /// Rolls the replacement back, and gives the session back or up.
    private func end(_ writer: (session: Warehouse, replacement: ParentReplacement), reuse: Bool) async {
        await writer.session.abandon(writer.replacement)
        if reuse {
            await writers.release(writer.session)
        } else {
            await writers.discard(writer.session)
        }
    }
}
