import Foundation
import Logging
import LocalPostgres
import Warehouse

/// A libpq connection string of a brand-new, empty database, so tests can run in parallel.
///
/// The server is a throwaway cluster started once per test process (and stopped at exit), or,
/// when `ZOOM_ETL_TEST_DATABASE_URL` holds an admin connection string, that server; its test
/// databases (`zoom_etl_test_*`) are then left behind for inspection.
public func freshDatabase() async throws -> String {
    try await TestDatabase.shared.freshDatabase()
}

/// A connected warehouse on a fresh database, migrated unless asked not to.
public func freshWarehouse(migrated: Bool = true) async throws -> Warehouse {
    let warehouse = try await Warehouse.connect(try await freshDatabase(), logger: TestDatabase.logger)
    if migrated { _ = try await warehouse.migrate() }
    return warehouse
}

/// The shared test server and the admin connection that creates databases on it.
public actor TestDatabase {
    public static let shared = TestDatabase()

    /// Quiet by default; set `ZOOM_ETL_TEST_LOG_LEVEL=debug` to see what the warehouse does.
    public static let logger: Logger = {
        var logger = Logger(label: "zoom-etl.test")
        logger.logLevel = ProcessInfo.processInfo.environment["ZOOM_ETL_TEST_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        return logger
    }()

    private var server: Task<(admin: Warehouse, url: String), Error>?
    private var counter = 0

    public func freshDatabase() async throws -> String {
        let server = try await startedServer()
        counter += 1
        let name = "zoom_etl_test_\(getpid())_\(counter)_\(UInt32.random(in: 0...UInt32.max))"
        // CREATE DATABASE takes no parameters; the name is ours and quoted.
        try await server.admin.executeScript("CREATE DATABASE \"\(name)\"")
        return try ConnectionString.replacingDatabase(in: server.url, with: name)
    }

    private func startedServer() async throws -> (admin: Warehouse, url: String) {
        if let server { return try await server.value }
        let task = Task<(admin: Warehouse, url: String), Error> {
            let url: String
            if let external = ProcessInfo.processInfo.environment["ZOOM_ETL_TEST_DATABASE_URL"], !external.isEmpty {
                url = external
            } else {
                let cluster = try await LocalPostgresCluster.start(.init(durable: false), logger: Self.logger)
                ClusterRegistry.shared.adopt(cluster)
                url = cluster.connectionString
            }
            return (try await Warehouse.connect(url, logger: Self.logger), url)
        }
        server = task
        return try await task.value
    }
}

/// Keeps the test cluster so an `atexit` handler can stop it: a C callback captures nothing.
private final class ClusterRegistry: @unchecked Sendable {
    static let shared = ClusterRegistry()
    private let lock = NSLock()
    private var clusters: [LocalPostgresCluster] = []

    func adopt(_ cluster: LocalPostgresCluster) {
        lock.lock()
        let first = clusters.isEmpty
        clusters.append(cluster)
        lock.unlock()
        if first { atexit { ClusterRegistry.shared.stopAll() } }
    }

    func stopAll() {
        lock.lock()
        let all = clusters
        clusters = []
        lock.unlock()
        all.forEach { $0.stop() }
    }
}

/// Runs `body` with a connected, migrated warehouse on a fresh database, closed however it ends.
public func withFreshWarehouse<T>(migrated: Bool = true, _ body: (Warehouse) async throws -> T) async throws -> T {
    try await Warehouse.withSession(try await freshDatabase(), logger: TestDatabase.logger) { warehouse in
        if migrated { _ = try await warehouse.migrate() }
        return try await body(warehouse)
    }
}
