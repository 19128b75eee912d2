/// A failure of the warehouse layer, with the context a user or an operator needs.
///
/// `description` is one sentence naming what failed and what to do; it never holds a bind
/// value, a row's data beyond the server's primary message, or anything from the connection
/// string. `debugDescription` adds the server's detail, hint and context for logs.
public struct WarehouseError: Error, CustomStringConvertible, CustomDebugStringConvertible, Sendable {
    /// Where the failure happened; the CLI maps kinds to exit codes.
    public enum Kind: Sendable, Hashable {
        /// Connecting failed, or the connection was lost or closed.
        case connect
        /// The server rejected a statement.
        case server
        /// A migration file failed, or an applied file no longer matches this binary's copy.
        case migration
        /// The database holds a migration this binary does not know.
        case newerSchema
        /// Another session holds a lock zoom-etl needs (`lock` says which): try again later.
        case lockHeld
        /// Streaming a page into PostgreSQL with COPY failed.
        case copy
        /// PostgreSQL answered in a way this code does not expect, or a caller broke a contract.
        case protocolViolation
    }

    public let kind: Kind
    /// The server's primary message, or ours when the server said nothing.
    public var message: String
    public var sqlstate: String?
    public var detail: String?
    public var hint: String?
    public var context: String?
    /// The schema and table the server named (PG_DIAG_SCHEMA_NAME / PG_DIAG_TABLE_NAME), or the
    /// target table the loader was writing when the server named none.
    public var schema: String?
    public var table: String?
    public var column: String?
    public var constraint: String?
    /// The name of the query that failed (a named constant, never its parameters).
    public var query: String?
    /// True when the failing statement wrote `table`: "refused to write" reads better than a query name.
    public var writing: Bool
    /// The migration file that failed or no longer matches.
    public var migration: String?
    /// For `.newerSchema`: the unknown version found in `etl.schema_migrations`.
    public var version: Int?
    /// For `.lockHeld`: the account whose lock is taken.
    public var account: String?
    /// For `.lockHeld`: which lock, and who holds it when `pg_locks` says.
    public var lock: HeldLock?
    public var holder: LockHolder?
    /// For a migration the role may not apply: the role zoom-etl connected as.
    public var role: String?

    /// The locks zoom-etl takes (README, "Locks").
    public enum HeldLock: Sendable, Hashable {
        /// The account's advisory lock: taken at once or not at all.
        case account
        /// The migrations' advisory lock, waited for up to `Warehouse.migrationLockWait`.
        case migrations(waited: Duration)
        /// A table lock adding monthly partitions, waited for up to `Warehouse.partitionLockTimeout`.
        case table(String, waited: Duration)
    }

    public init(_ kind: Kind, _ message: String, sqlstate: String? = nil, query: String? = nil) {
        self.kind = kind
        self.message = message
        self.sqlstate = sqlstate
        self.query = query
        self.writing = false
    }

    /// `schema.table`, when the error names a table.
    public var relation: String? {
        guard let table else { return nil }
        return schema.map { "\($0).\(table)" } ?? table
    }

    public var description: String {
        let state = sqlstate.map { " (SQLSTATE \($0))" } ?? ""
        switch kind {
        case .connect:
            if let query {
                // libpq explains a lost connection over several lines, the server's farewell
                // prefixed with its severity ("FATAL:  terminating connection ..."); the first line says it.
                var reason = message.split(separator: "\n").first.map(String.init) ?? message
                if reason.hasPrefix("FATAL:") { reason = String(reason.dropFirst(6).drop { $0 == " " }) }
                let during = relation.map { "while loading \($0) (\(query))" } ?? "during \(query)"
                return "lost the connection to PostgreSQL \(during): \(reason); check the server and rerun"
            }
            return "cannot connect to PostgreSQL: \(message); check DATABASE_URL or the PG* environment variables"
        case .server:
            let advice = Self.advice(for: sqlstate).map { "; \($0)" } ?? ""
            if writing, let relation {
                return "PostgreSQL refused to write \(relation): \(message)\(state)\(advice)"
            }
            let on = relation.map { " on \($0)" } ?? ""
            return "PostgreSQL failed query \(query ?? "(unnamed)")\(on): \(message)\(state)\(advice)"
        case .migration:
            if sqlstate == "42501" {
                let who = role.map { "role \($0)" } ?? "this role"
                return "migration \(migration ?? "(unknown file)") is not applied, and \(who) may not apply it: \(message)\(state); "
                    + "have the owner of schemas zoom and etl run `zoom-etl migrate`, then rerun"
            }
            return "migration \(migration ?? "(unknown file)") failed: \(message)\(state); fix it and rerun `zoom-etl migrate`"
        case .newerSchema:
            return "the database was migrated by a newer zoom-etl (version \(version.map(String.init) ?? "?")); upgrade zoom-etl"
        case .lockHeld:
            let who = holder?.description ?? "another session"
            switch lock {
            case .migrations(let waited):
                return "the migration lock is held by \(who) and was not released within \(waited.spoken); "
                    + "another zoom-etl is migrating, or that session holds the lock: try again when it has ended"
            case .table(let table, let waited):
                return "gave up after \(waited.spoken) waiting for a lock on \(table) to add its monthly partitions, held by \(who); "
                    + "nothing was written: try again when it has ended"
            case .account?, nil:
                return "the lock for account \(account ?? "?") is held by \(who): another zoom-etl run of this account, "
                    + "or a session holding its advisory lock; try again when it has ended"
            }
        case .copy:
            return "COPY into \(relation ?? "the staging table") failed: \(message)\(state)"
        case .protocolViolation:
            return "unexpected result from PostgreSQL for \(query ?? "a query"): \(message)"
        }
    }

    public var debugDescription: String {
        var parts = ["WarehouseError(\(kind)): \(description)"]
        let fields: [(String, String?)] = [
            ("sqlstate", sqlstate), ("detail", detail), ("hint", hint), ("context", context),
            ("schema", schema), ("table", table), ("column", column), ("constraint", constraint),
            ("query", query), ("migration", migration), ("account", account), ("role", role), ("holder", holder?.description),
            ("message", message.contains("\n") ? message : nil),
        ]
        for case let (name, value?) in fields { parts.append("\(name): \(value)") }
        return parts.joined(separator: "\n  ")
    }

    /// What to do about the SQLSTATE classes an operator can fix, in a few words.
    private static func advice(for sqlstate: String?) -> String? {
        switch sqlstate {
        case "42501": return "grant the role zoom-etl connects as the privileges it needs"
        case "42P01", "3F000": return "run `zoom-etl migrate`"
        case "55P03": return "another session holds a lock on it; try again later"
        case let state? where state.hasPrefix("53"): return "the server is out of resources; check its disk and memory"
        case let state? where state.hasPrefix("57"): return "the server is shutting down or canceled the query; rerun later"
        default: return nil
        }
    }
}
