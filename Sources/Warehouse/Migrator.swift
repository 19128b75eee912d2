import Foundation
import Logging

/// What `migrate()` did: the files it applied now, and how many were applied before.
public struct MigrationReport: Sendable, Hashable {
    public let applied: [String]
    public let alreadyApplied: Int
}

/// One `sql/NNN_name.sql` file as the binary carries it.
struct Migration: Sendable, Hashable {
    let version: Int
    let name: String
    let sql: String
    /// SHA-256 of the text, to notice a file edited after it was applied.
    let checksum: String
}

/// Applies the embedded `sql/` files in version order, each once, each in its own transaction.
///
/// A session advisory lock serializes concurrent migrators: the second one waits, then finds
/// nothing left to do. It is taken only when something is pending, so a session holding it stalls
/// no run of a current schema, and it is waited for up to a deadline, then the migrator gives up
/// naming the holder (exit 75). Modeled on GRDB's `DatabaseMigrator`.
struct Migrator {
    let migrations: [Migration]

    /// The migrations compiled into this binary by the EmbedSQL plugin.
    static func embedded() throws -> Migrator {
        try Migrator(files: EmbeddedSQL.migrations)
    }

    /// Parses file names into versions: the numeric prefix (`002_daily_usage.sql` is version 2).
    init(files: [(name: String, sql: String)]) throws {
        var seen: [Int: String] = [:]
        migrations = try files.map { file in
            guard let version = Int(file.name.prefix(while: \.isNumber)) else {
                var error = WarehouseError(.migration, "the file name has no numeric version prefix")
                error.migration = file.name
                throw error
            }
            if let other = seen.updateValue(file.name, forKey: version) {
                var error = WarehouseError(.migration, "it has the same version as \(other)")
                error.migration = file.name
                throw error
            }
            return Migration(version: version, name: file.name, sql: file.sql, checksum: SHA256.hex(file.sql))
        }.sorted { $0.version < $1.version }
    }

    /// Advisory lock class for migrations, distinct from the account locks' class.
    static let lockClass: Int32 = 0x7A65_746D

    static let tryLock = SQLQuery("migrations.lock", "SELECT pg_try_advisory_lock(\(lockClass), 0)")
    static let currentUser = SQLQuery("migrations.role", "SELECT current_user::text")
    static let unlock = SQLQuery("migrations.unlock", "SELECT pg_advisory_unlock(\(lockClass), 0)")
    static let tableExists = SQLQuery("migrations.exists", "SELECT to_regclass('etl.schema_migrations') IS NOT NULL")
    static let recorded = SQLQuery("migrations.recorded", "SELECT version, name, checksum FROM etl.schema_migrations ORDER BY version")
    static let record = SQLQuery("migrations.record", writes: .schemaMigrations, """
        INSERT INTO etl.schema_migrations (version, name, checksum) VALUES ($1, $2, $3)
        """)

    /// The bookkeeping table every later migration is recorded in; created before anything else.
    static let bootstrap = """
        CREATE SCHEMA IF NOT EXISTS etl;
        COMMENT ON SCHEMA etl IS 'zoom-etl bookkeeping: migrations, runs, checkpoints, rejects.';
        CREATE TABLE IF NOT EXISTS etl.schema_migrations (
            version integer PRIMARY KEY,
            name text NOT NULL,
            checksum text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        );
        COMMENT ON TABLE etl.schema_migrations IS 'One row per sql/NNN_name.sql file applied to this database.';
        COMMENT ON COLUMN etl.schema_migrations.version IS 'The numeric prefix of the file name.';
        COMMENT ON COLUMN etl.schema_migrations.name IS 'The file name, e.g. 001_etl_bookkeeping.sql.';
        COMMENT ON COLUMN etl.schema_migrations.checksum IS 'SHA-256 (hex) of the file as applied; zoom-etl refuses to run if its copy differs.';
        COMMENT ON COLUMN etl.schema_migrations.applied_at IS 'When the file was applied.';
        """

    func migrate(_ connection: PGConnection, lockWait: Duration, logger: Logger) throws -> MigrationReport {
        // A current schema needs no lock: `run` as a login in zoom_etl reads etl.schema_migrations
        // and goes on, whoever holds the migration lock.
        if try pendingMigrations(connection).isEmpty {
            return MigrationReport(applied: [], alreadyApplied: migrations.count)
        }
        try takeLock(connection, within: lockWait)
        defer { if connection.isAlive { _ = try? connection.execute(Self.unlock) } }

        if try connection.execute(Self.tableExists).scalar(Self.tableExists) != "t" {
            try applying("etl.schema_migrations (bootstrap)", connection) {
                try connection.transaction { _ = try connection.executeScript(Self.bootstrap, name: "migrations.bootstrap") }
            }
        }
        let pending = try pendingMigrations(connection)
        for migration in pending {
            try applying(migration.name, connection) {
                try connection.transaction {
                    try connection.executeScript(migration.sql, name: migration.name)
                    try connection.execute(Self.record, [String(migration.version), migration.name, migration.checksum])
                }
            }
            logger.info("applied migration", metadata: ["migration": "\(migration.name)"])
        }
        return MigrationReport(applied: pending.map(\.name), alreadyApplied: migrations.count - pending.count)
    }

    /// Polls for the lock until `wait` has passed: `pg_advisory_lock` would wait silently forever.
    private func takeLock(_ connection: PGConnection, within wait: Duration) throws {
        let deadline = ContinuousClock.now + wait
        while try connection.execute(Self.tryLock).scalar(Self.tryLock) != "t" {
            guard ContinuousClock.now < deadline else {
                var error = WarehouseError(.lockHeld, "pg_try_advisory_lock returned false until the deadline", query: Self.tryLock.name)
                error.lock = .migrations(waited: wait)
                error.holder = Warehouse.advisoryLockHolder(classId: Self.lockClass, objectId: 0, connection)
                throw error
            }
            // On the warehouse's own serial queue, where blocking is fine (STYLE §7).
            usleep(100_000)
        }
    }

    /// Runs one file's transaction; a server error becomes `.migration` naming the file (and the
    /// role, when it lacks a privilege: migrations run as the tables' owner).
    private func applying(_ name: String, _ connection: PGConnection, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch var error as WarehouseError where error.kind == .server {
            error = WarehouseError(copying: error, kind: .migration)
            error.migration = name
            if error.sqlstate == "42501" {
                error.role = try? connection.execute(Self.currentUser).scalar(Self.currentUser)
            }
            throw error
        }
    }

    /// The files not yet applied, after checking the applied ones against this binary's copies.
    func pendingMigrations(_ connection: PGConnection) throws -> [Migration] {
        guard try connection.execute(Self.tableExists).scalar(Self.tableExists) == "t" else { return migrations }
        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        var applied = Set<Int>()
        for row in try connection.execute(Self.recorded).rows {
            guard let text = row[0], let version = Int(text), let checksum = row[2] else {
                throw WarehouseError(.protocolViolation, "unreadable row in etl.schema_migrations", query: Self.recorded.name)
            }
            guard let migration = known[version] else {
                var error = WarehouseError(.newerSchema, "etl.schema_migrations has version \(version), unknown to this binary")
                error.version = version
                throw error
            }
            guard migration.checksum == checksum else {
                var error = WarehouseError(.migration, "the file changed after it was applied (checksum differs from etl.schema_migrations); restore the applied version and put changes in a new file")
                error.migration = migration.name
                throw error
            }
            applied.insert(version)
        }
        return migrations.filter { !applied.contains($0.version) }
    }
}

extension WarehouseError {
    /// The same server error reported under another kind, e.g. a failed statement inside a migration.
    init(copying other: WarehouseError, kind: Kind) {
        self.init(kind, other.message, sqlstate: other.sqlstate, query: other.query)
        detail = other.detail
        hint = other.hint
        context = other.context
        schema = other.schema
        table = other.table
        column = other.column
        constraint = other.constraint
        migration = other.migration
        version = other.version
        account = other.account
        writing = other.writing
        lock = other.lock
        holder = other.holder
        role = other.role
    }
}

extension Warehouse {
    /// Applies the embedded migrations not yet applied, each in its own transaction.
    ///
    /// Throws `.newerSchema` when the database knows a version this binary does not, and
    /// `.migration` when an applied file's checksum differs or a file fails (rolled back).
    /// Throws `.lockHeld` when another session holds the migration lock for longer than `lockWait`.
    public func migrate(lockWait: Duration = Warehouse.migrationLockWait) async throws -> MigrationReport {
        try migrate(using: Migrator.embedded(), lockWait: lockWait)
    }

    func migrate(using migrator: Migrator, lockWait: Duration = Warehouse.migrationLockWait) throws -> MigrationReport {
        try migrator.migrate(session(), lockWait: lockWait, logger: logger)
    }

    /// The migrations this binary would apply, for `zoom-etl check`; empty when up to date.
    public func pendingMigrations() async throws -> [String] {
        try Migrator.embedded().pendingMigrations(session()).map(\.name)
    }

    /// The migration files compiled into this binary, in order.
    public static var migrationNames: [String] {
        EmbeddedSQL.migrations.map(\.name).sorted()
    }

    /// The analyst queries of `sql/examples/`, by file name.
    public static var exampleQueryNames: [String] {
        EmbeddedSQL.examples.map(\.name)
    }

    /// An analyst query from `sql/examples/`, compiled into this binary (the demo prints one).
    public static func exampleQuery(named name: String) -> String? {
        EmbeddedSQL.examples.first { $0.name == name }?.sql
    }
}
