import Extractors
import Foundation
import Records
import Warehouse

/// Loads a stream read whole each run (the users list), page by page, merged by key.
struct SnapshotLoader {
    let stream: Users
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
                let stats = try await warehouse.load(page, into: Users.descriptor, account: accountId, runId: runId)
                outcome.stats.add(stats, requests: page.requests)
                progress.advance(Users.descriptor.name, by: 1, rows: stats.rows)
                page.logRejects(context.logger)
            }
        } catch let error as ZoomError where error.isEntitlementError {
            outcome.skip(because: error, logger: context.logger)
        }
        return outcome
    }
}
