import Records

extension Warehouse {
    /// A failure counts one more attempt and keeps `fetched_at`: rows loaded earlier stay valid.
    private static let markFailed = SQLQuery("progress.failed", writes: .childProgress, """
        INSERT INTO etl.child_progress (account_id, stream, parent, status, attempts, last_error, fetched_at, run_id)
        VALUES ($1, $2, $3, \(ChildStatus.failed.sql), 1, $4, NULL, $5::bigint)
        ON CONFLICT (account_id, stream, parent) DO UPDATE
        SET status = \(ChildStatus.failed.sql), attempts = etl.child_progress.attempts + 1, last_error = EXCLUDED.last_error,
            run_id = EXCLUDED.run_id
        """)
    /// Zoom said the parent no longer exists: kept with Zoom's words, never fetched again.
    private static let markGone = SQLQuery("progress.gone", writes: .childProgress, """
        INSERT INTO etl.child_progress (account_id, stream, parent, status, attempts, last_error, fetched_at, run_id)
        VALUES ($1, $2, $3, \(ChildStatus.gone.sql), 0, $4, now(), $5::bigint)
        ON CONFLICT (account_id, stream, parent) DO UPDATE
        SET status = \(ChildStatus.gone.sql), attempts = 0, last_error = EXCLUDED.last_error, fetched_at = EXCLUDED.fetched_at, run_id = EXCLUDED.run_id
        """)
    private static let summarize = SQLQuery("progress.summary", """
        SELECT count(*) FILTER (WHERE status = \(ChildStatus.done.sql)),
               count(*) FILTER (WHERE status = \(ChildStatus.failed.sql) AND attempts < $3::integer),
               count(*) FILTER (WHERE status = \(ChildStatus.failed.sql) AND attempts >= $3::integer)
        FROM etl.child_progress WHERE account_id = $1 AND stream = $2
        """)
    private static let listFailed = SQLQuery("progress.failed-list", """
        SELECT parent, attempts, last_error FROM etl.child_progress
        WHERE account_id = $1 AND stream = $2 AND status = \(ChildStatus.failed.sql)
        ORDER BY attempts DESC, parent COLLATE "C"
        """)

    /// Records one parent's outcome; `load` calls it inside the page's transaction.
    static func record(_ progress: ChildProgress, account: String, runId: Int64, _ connection: PGConnection) throws {
        switch progress.outcome {
        case .done:
            // One done-upsert for one parent and for a batch (`FreshParentSQL.markManyDone`).
            try connection.execute(FreshParentSQL.markManyDone, [account, progress.stream.rawValue, Warehouse.arrayLiteral([progress.parent]), String(runId)])
        case .failed(let reason):
            try connection.execute(markFailed, [account, progress.stream.rawValue, progress.parent, reason, String(runId)])
        case .gone(let reason):
            try connection.execute(markGone, [account, progress.stream.rawValue, progress.parent, reason, String(runId)])
        }
    }

    /// Counts a child stream's parents: done, failed but still retried, and given up (failed
    /// `maxAttempts` or more times in a row, as `FanOutQuery.maxAttempts` skips them).
    public func childProgressSummary(account: String, stream: StreamName, maxAttempts: Int) async throws
        -> (done: Int, failed: Int, givenUp: Int) {
        let result = try session().execute(Self.summarize, [account, stream.rawValue, String(maxAttempts)])
        let (done, failed, givenUp) = try result.decode(row: 0, as: (Int, Int, Int).self, query: Self.summarize)
        return (done, failed, givenUp)
    }

    /// The parents whose last fetch of `stream` failed, given up or not, most attempts first.
    public func failedChildren(account: String, stream: StreamName) async throws
        -> [(parent: String, attempts: Int, lastError: String?)] {
        try session().execute(Self.listFailed, [account, stream.rawValue]).decodeAll(as: (String, Int, String?).self, query: Self.listFailed)
            .map { (parent: $0.0, attempts: $0.1, lastError: $0.2) }
    }
}
