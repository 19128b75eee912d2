import Foundation
import Logging
import Warehouse

/// A throwaway PostgreSQL server in a temporary directory, for `zoom-etl demo` and the tests.
///
/// `initdb` makes a cluster with trust authentication, and the server listens only on a unix
/// socket inside that directory, so nothing on the machine can reach it and two clusters never
/// collide on a port. initdb and postgres refuse to run as root; as root, the cluster belongs
/// to the `postgres` system user (or `zoom-etl-pg`, created if needed).
///
/// The server runs as our child `Process` rather than through `pg_ctl start`: Foundation on
/// Linux learns that a child exited when every holder of a socket the child inherits is gone,
/// so waiting for `pg_ctl start` would wait for the server it leaves behind. We wait for
/// readiness with `PQping` instead, and stop with `pg_ctl stop`.
public final class LocalPostgresCluster: @unchecked Sendable {
    /// How to start the cluster.
    public struct Options: Sendable {
        /// False turns off fsync, synchronous_commit and full_page_writes: fast, and fine for
        /// data that dies with the cluster anyway (tests, the demo).
        public var durable: Bool
        /// Where `initdb` and `pg_ctl` live; nil searches `pg_config --bindir`,
        /// `/usr/lib/postgresql/*/bin` (newest first), then PATH.
        public var binDirectory: String?

        public init(durable: Bool = true, binDirectory: String? = nil) {
            self.durable = durable
            self.binDirectory = binDirectory
        }
    }

    /// A key=value libpq connection string for database `postgres` as superuser `postgres`.
    public let connectionString: String
    /// The temporary directory holding the data directory, the socket and `server.log`.
    public let directory: String
    public var logFile: String { directory + "/server.log" }

    private let tools: PostgresTools
    private let lock = NSLock()
    private var stopped = false
    private var server: Process?

    private init(connectionString: String, directory: String, tools: PostgresTools) {
        self.connectionString = connectionString
        self.directory = directory
        self.tools = tools
    }

    /// Creates and starts a cluster; the blocking steps run on their own thread, off the pool.
    public static func start(_ options: Options = Options(), logger: Logger) async throws -> LocalPostgresCluster {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try startBlocking(options, logger: logger) }) }.start()
        }
    }

    private static func startBlocking(_ options: Options, logger: Logger) throws -> LocalPostgresCluster {
        let tools = try PostgresTools(binDirectory: options.binDirectory)
        var template = Array(((geteuid() == 0 ? "/tmp" : NSTemporaryDirectory()) as NSString)
            .appendingPathComponent("zoom-etl-pg-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw LocalPostgresError(step: "create a temporary directory", message: String(cString: strerror(errno)))
        }
        let directory = String(cString: created)
        let cluster = LocalPostgresCluster(
            connectionString: ConnectionString.make([
                ("host", directory), ("port", "5432"), ("user", "postgres"), ("dbname", "postgres"),
            ]),
            directory: directory, tools: tools
        )
        do {
            try tools.handOver(directory)
            let data = directory + "/data"
            try tools.run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"],
                          step: "initdb", in: directory)
            var settings = ["listen_addresses = ''", "unix_socket_directories = '\(directory)'", "port = 5432"]
            if !options.durable {
                settings += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
            }
            try append(settings.joined(separator: "\n") + "\n", to: data + "/postgresql.conf")
            let server = try tools.launch("postgres", ["-D", data], step: "start postgres", in: directory, log: cluster.logFile)
            cluster.lock.withLock { cluster.server = server }
            try waitUntilReady(cluster, server)
        } catch {
            cluster.stop()
            throw error
        }
        logger.info("started a local PostgreSQL", metadata: ["directory": "\(directory)", "bin": "\(tools.binDirectory)"])
        return cluster
    }

    private static func waitUntilReady(_ cluster: LocalPostgresCluster, _ server: Process) throws {
        let deadline = Date().addingTimeInterval(60)
        while Warehouse.ping(cluster.connectionString) != .accepting {
            guard server.isRunning else {
                throw LocalPostgresError(step: "start postgres", message: "the server exited with status \(server.terminationStatus)",
                                         output: tail(of: cluster.logFile))
            }
            guard Date() < deadline else {
                throw LocalPostgresError(step: "start postgres", message: "the server did not accept connections within 60 seconds",
                                         output: tail(of: cluster.logFile))
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// How `restart` stops the server: PostgreSQL's shutdown modes (`pg_ctl stop -m`).
    public enum ShutdownMode: String, Sendable, CaseIterable {
        /// Sessions are disconnected and the server shuts down cleanly, as an operator's restart does.
        case fast
        /// Every process quits at once, as in a crash; the next start recovers from the WAL.
        case immediate
    }

    /// Stops the server and starts it again on the same data directory; open sessions are cut off.
    ///
    /// For tests of what a run does when its database restarts under it: `stop()` deletes the
    /// data, and a new cluster is a different server, so neither can stand in for a restart.
    public func restart(_ mode: ShutdownMode) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread { continuation.resume(with: Result { try self.restartBlocking(mode) }) }.start()
        }
    }

    private func restartBlocking(_ mode: ShutdownMode) throws {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped, let old = server else {
            throw LocalPostgresError(step: "restart postgres", message: "the cluster is stopped")
        }
        let data = directory + "/data"
        try tools.run("pg_ctl", ["-D", data, "-m", mode.rawValue, "-w", "-t", "30", "-s", "stop"], step: "pg_ctl stop", in: directory)
        // The next server may start only once Foundation has reaped this one (see the type's comment).
        let deadline = Date().addingTimeInterval(30)
        while old.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let server = try tools.launch("postgres", ["-D", data], step: "restart postgres", in: directory, log: logFile)
        self.server = server
        try Self.waitUntilReady(self, server)
    }

    /// Stops the server (`pg_ctl stop -m fast`) and deletes its directory.
    ///
    /// Idempotent and synchronous, so a shutdown path (an `atexit` handler, a SIGINT dispatch
    /// source) can call it; it is not async-signal-safe, so not from a raw signal handler.
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        let data = directory + "/data"
        if let server, server.isRunning {
            if (try? tools.run("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "30", "-s", "stop"], step: "pg_ctl stop", in: directory)) == nil {
                server.interrupt()  // SIGINT: PostgreSQL's fast shutdown
            }
            // Foundation reaps the server once it and its backends are gone; don't delete under them.
            let deadline = Date().addingTimeInterval(10)
            while server.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    private static func append(_ text: String, to path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw LocalPostgresError(step: "configure the cluster", message: "cannot open \(path)")
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    private static func tail(of path: String) -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return "" }
        return "\n" + text.split(separator: "\n").suffix(20).joined(separator: "\n")
    }
}

/// Why the local cluster could not start: the step, and what the tool printed.
public struct LocalPostgresError: Error, CustomStringConvertible, Sendable {
    public let step: String
    public let message: String
    public var output: String

    public init(step: String, message: String, output: String = "") {
        self.step = step
        self.message = message
        self.output = output
    }

    public var description: String {
        let shown = output.trimmingCharacters(in: .whitespacesAndNewlines)
        return "could not start a local PostgreSQL: \(step) failed: \(message)" + (shown.isEmpty ? "" : "\n" + shown)
    }
}
