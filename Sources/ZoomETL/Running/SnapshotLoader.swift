import Extractors
import Foundation
import Records
import Warehouse

/// Loads a stream read whole each run (the users list), page by page, merged by key.
struct SnapshotLoader {
    let stream: any SnapshotStream
    let warehouse: Warehouse
    let client: ZoomClient
    let context: ExtractionContext
    let accountId: String
    let runId: Int64
    let progress: RunProgress

    func load() async throws -> StreamOutcome {
        var outcome = StreamOutcome()
        do {
            try await stream.extract(client: client) { page in
                let stats = try await warehouse.load(page, into: type(of: stream).descriptor, account: accountId, runId: runId)
                outcome.stats.add(stats, requests: page.requests)
                progress.advance(type(of: stream).descriptor.name, by: 1, rows: stats.rows)
                page.logRejects(context.logger)
            }
        } catch let error as ZoomError where error.recovery == .skipStream {
            outcome.skip(because: error, logger: context.logger)
        }
        return outcome
    }
}
