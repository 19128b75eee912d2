import Records

extension TableName {
    static let quotaUsage = TableName(schema: "etl", name: "quota_usage")
}

extension Warehouse {
    private static let readUsage = SQLQuery("quota.read", """
        SELECT category, requests FROM etl.quota_usage WHERE account_id = $1 AND utc_day = $2::date ORDER BY category
        """)
    /// Adds to the day's count; a negative delta (a refund) never takes it below zero.
    private static let addUsage = SQLQuery("quota.add", writes: .quotaUsage, """
        INSERT INTO etl.quota_usage (account_id, utc_day, category, requests, updated_at, run_id)
        VALUES ($1, $2::date, $3, greatest(0, $4::integer), now(), $5::bigint)
        ON CONFLICT (account_id, utc_day, category)
        DO UPDATE SET requests = greatest(0, etl.quota_usage.requests + $4::integer), updated_at = now(), run_id = EXCLUDED.run_id
        """)

    /// Requests per rate-limit category (`light`, `medium`, `heavy`, `resource_intensive`) that
    /// runs sent for the account on `utcDay`; categories with none are absent.
    public func quotaUsage(account: String, utcDay: CivilDate) async throws -> [String: Int] {
        let result = try session().execute(Self.readUsage, [account, utcDay.description])
        return Dictionary(try result.decodeAll(as: (String, Int).self, query: Self.readUsage), uniquingKeysWith: { $1 })
    }

    /// Adds requests to the account's counts, per UTC day and category, in one transaction.
    public func addQuotaUsage(account: String, runId: Int64, _ usage: [(utcDay: CivilDate, category: String, requests: Int)]) async throws {
        guard !usage.isEmpty else { return }
        let connection = try session()
        try connection.transaction {
            for entry in usage {
                try connection.execute(Self.addUsage, [account, entry.utcDay.description, entry.category, String(entry.requests), String(runId)])
            }
        }
    }
}
