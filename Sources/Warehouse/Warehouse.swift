import Foundation
import Logging
import Records

/// The warehouse: one PostgreSQL session, owned by an actor that runs on its own serial queue.
///
/// Everything the ETL writes goes through here: migrations, runs, the account lock, pages of rows
/// with their rejects and checkpoint. The session matters: the account lock is a session-level
/// advisory lock, so it lives exactly as long as this connection.
public actor Warehouse {
    private let executor: QueueExecutor
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    let logger: Logger
    private var connection: PGConnection?
    /// Accounts whose advisory lock this session holds; the lock is taken once per account.
    var lockedAccounts: Set<String> = []
    /// Runs this session began and has not finished: never marked abandoned by our own lock.
    var openRuns: Set<Int64> = []
    /// Per partitioned table, the spans whose monthly partitions exist for sure: created ahead by
    /// `preparePartitions`, or by another session (`assumePartitions`).
    var preparedPartitions: [TableName: [ClosedRange<Date>]] = [:]

    private init(logger: Logger) {
        self.executor = QueueExecutor(label: "zoom-etl.warehouse")
        self.logger = logger
    }

    /// Connects to PostgreSQL; nil or "" uses libpq's PG* environment variables.
    ///
    /// Accepts a URI (`postgresql://…`) or key=value pairs. The session uses UTC, ISO dates and
    /// `application_name` zoom-etl unless the connection string names another.
    public static func connect(_ connectionString: String?, logger: Logger) async throws -> Warehouse {
        let warehouse = Warehouse(logger: logger)
        try await warehouse.open(connectionString)
        return warehouse
    }

    /// Connects, runs `body` with the warehouse, and closes it however `body` ends: the closure
    /// scopes the session, as postgres-nio's `withConnection` does, so no close is left to a
    /// task nobody waits for.
    public static func withSession<T>(_ connectionString: String?, logger: Logger, _ body: (Warehouse) async throws -> T) async throws -> T {
        let warehouse = try await connect(connectionString, logger: logger)
        do {
            let result = try await body(warehouse)
            await warehouse.close()
            return result
        } catch {
            await warehouse.close()
            throw error
        }
    }

    private func open(_ connectionString: String?) throws {
        let connection = try PGConnection(connectionString: connectionString, logger: logger)
        self.connection = connection
        logger.debug("connected to PostgreSQL", metadata: ["server_version": "\(connection.serverVersion)"])
    }

    /// Ends the session, which also releases every advisory lock it holds. Idempotent.
    public func close() {
        // The server frees a closed session's locks only once its backend has exited, a moment
        // after we hang up; releasing them first lets the next run take the lock at once.
        if let connection, connection.isAlive {
            _ = try? connection.execute(Self.unlockAll)
        }
        connection = nil
        lockedAccounts = []
    }

    private static let unlockAll = SQLQuery("locks.release-all", "SELECT pg_advisory_unlock_all()")

    /// The open connection, or `.connect` once closed.
    func session() throws -> PGConnection {
        guard let connection else { throw WarehouseError(.connect, "the warehouse connection is closed") }
        return connection
    }

    /// True while the session is open and libpq considers the connection healthy.
    public var isConnected: Bool { connection?.isAlive ?? false }

    /// Runs one read-only reporting statement with `$n` text parameters and returns its rows as text.
    ///
    /// For `status`, `demo` and tests. Values come back in PostgreSQL's text format, NULL as nil.
    public func queryRows(_ sql: String, _ parameters: [String?] = []) async throws -> [[String?]] {
        try runQuery(sql, parameters).rows
    }

    /// Like `queryRows`, with the column names.
    public func query(_ sql: String, _ parameters: [String?] = []) async throws -> QueryResult {
        try runQuery(sql, parameters)
    }

    private func runQuery(_ sql: String, _ parameters: [String?]) throws -> QueryResult {
        let result = try session().execute(SQLQuery("ad-hoc query", sql), parameters)
        return QueryResult(columns: result.columnNames, rows: result.rows)
    }

    /// Runs SQL text that may hold several statements and no parameters, for test and demo setup.
    public func executeScript(_ sql: String) async throws {
        try session().executeScript(sql, name: "script")
    }
}

/// Rows of a reporting query, as text.
public struct QueryResult: Sendable, Hashable {
    public let columns: [String]
    public let rows: [[String?]]
}
