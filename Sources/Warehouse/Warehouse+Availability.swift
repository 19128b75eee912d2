import Records

extension Warehouse {
    private static let upsertAvailability = SQLQuery("availability.record", writes: .streamAvailability, """
        INSERT INTO etl.stream_availability (account_id, stream, available, reason, checked_at, run_id)
        VALUES ($1, $2, $3::boolean, $4, now(), $5::bigint)
        ON CONFLICT (account_id, stream) DO UPDATE
        SET available = EXCLUDED.available, reason = EXCLUDED.reason, checked_at = EXCLUDED.checked_at,
            run_id = EXCLUDED.run_id
        """)
    private static let listUnavailable = SQLQuery("availability.unavailable", """
        SELECT stream, reason FROM etl.stream_availability
        WHERE account_id = $1 AND NOT available
        ORDER BY stream COLLATE "C"
        """)

    /// Records whether the account's plan and add-ons include `stream`, as a run just found.
    ///
    /// A stream Zoom refuses for the plan is skipped with a warning (DESIGN.md, guarantee 3);
    /// recording it lets `status` say why its data stops. A later success records it available.
    /// Commits at once, on its own: it describes the account, not a page.
    public func recordAvailability(account: String, stream: StreamName, available: Bool, reason: String?, runId: Int64) async throws {
        try session().execute(Self.upsertAvailability, [account, stream.rawValue, available ? "t" : "f", reason, String(runId)])
    }

    /// The streams last found unavailable to the account, by name, with why.
    public func unavailableStreams(account: String) async throws -> [(stream: StreamName, reason: String?)] {
        try session().execute(Self.listUnavailable, [account]).rows.map { row in
            guard let stream = row[0] else {
                throw WarehouseError(.protocolViolation, "unreadable availability row", query: Self.listUnavailable.name)
            }
            return (StreamName(stream), row[1])
        }
    }
}
