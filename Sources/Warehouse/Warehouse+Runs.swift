import Foundation
import Records

/// How a run ended, as `etl.runs.status` stores it.
public enum RunStatus: String, Sendable, Hashable, CaseIterable {
    case running, succeeded, failed
    /// Every stream ran, but some instances Zoom did not serve: exit 1, and the next run retries them.
    case incomplete
    case quotaExhausted = "quota_exhausted"
    /// The process died mid-run; a later run found it `running` after taking the account lock.
    case abandoned
}

/// One stream's counts in one run, stored in `etl.runs.streams`.
public struct StreamRunStats: Sendable, Codable, Hashable {
    public var rows: Int
    public var inserted: Int
    public var updated: Int
    public var deleted: Int
    public var rejects: Int
    public var requests: Int
    /// Values stored as NULL because Zoom sent them empty or unreadable (`LoadStats.nullified`).
    public var nullified: Int
    /// Of `nullified`: values Zoom sent empty (normal), and values it sent unreadable (an alarm).
    public var emptyValues: Int = 0
    public var unparsableValues: Int = 0
    /// Child streams: instances that failed this run, and instances Zoom no longer has.
    public var failedInstances: Int = 0
    public var goneInstances: Int = 0

    public init(rows: Int = 0, inserted: Int = 0, updated: Int = 0, deleted: Int = 0, rejects: Int = 0, requests: Int = 0,
                nullified: Int = 0, unparsableValues: Int = 0) {
        self.rows = rows
        self.inserted = inserted
        self.updated = updated
        self.deleted = deleted
        self.rejects = rejects
        self.requests = requests
        self.nullified = nullified
        self.unparsableValues = unparsableValues
        emptyValues = nullified - unparsableValues
    }

    private enum CodingKeys: String, CodingKey {
        case rows, inserted, updated, deleted, rejects, requests, nullified
        case failedInstances = "failed_instances", goneInstances = "gone_instances"
        case emptyValues = "empty_values", unparsableValues = "unparsable_values"
    }

    /// Runs recorded before `nullified` existed lack it: they read as 0.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rows = try container.decode(Int.self, forKey: .rows)
        inserted = try container.decode(Int.self, forKey: .inserted)
        updated = try container.decode(Int.self, forKey: .updated)
        deleted = try container.decode(Int.self, forKey: .deleted)
        rejects = try container.decode(Int.self, forKey: .rejects)
        requests = try container.decode(Int.self, forKey: .requests)
        nullified = try container.decodeIfPresent(Int.self, forKey: .nullified) ?? 0
        failedInstances = try container.decodeIfPresent(Int.self, forKey: .failedInstances) ?? 0
        goneInstances = try container.decodeIfPresent(Int.self, forKey: .goneInstances) ?? 0
        emptyValues = try container.decodeIfPresent(Int.self, forKey: .emptyValues) ?? 0
        unparsableValues = try container.decodeIfPresent(Int.self, forKey: .unparsableValues) ?? 0
    }

    /// Adds one loaded page; `requests` is the API requests it took (`Page.requests`).
    public mutating func add(_ load: LoadStats, requests: Int) {
        rows += load.rows
        inserted += load.inserted
        updated += load.updated
        deleted += load.deleted
        rejects += load.rejects
        nullified += load.nullified
        emptyValues += load.nullified - load.unparsable
        unparsableValues += load.unparsable
        self.requests += requests
    }
}

extension Warehouse {
    /// Advisory lock class for accounts; the object id is `hashtext(account_id)`. Any role that
    /// can connect may take it (see `Warehouse+Locks.swift` for why it is an advisory lock still).
    static let accountLockClass: Int32 = 0x7A65_746C

    private static let tryLock = SQLQuery("account.lock", "SELECT pg_try_advisory_lock(\(accountLockClass), hashtext($1))")
    private static let lockKey = SQLQuery("account.lock-key", "SELECT hashtext($1)::text")
    private static let unlock = SQLQuery("account.unlock", "SELECT pg_advisory_unlock(\(accountLockClass), hashtext($1))")
    private static let abandonRuns = SQLQuery("runs.abandon", writes: .runs, """
        UPDATE etl.runs
        SET status = 'abandoned', finished_at = now(),
            error = coalesce(error, 'the process ended before finishing the run')
        WHERE account_id = $1 AND status = 'running' AND NOT (run_id = ANY ($2::bigint[]))
        """)
    private static let insertRun = SQLQuery("runs.begin", writes: .runs, """
        INSERT INTO etl.runs (job, account_id, command, arguments, status)
        VALUES ($1, $2, $3, $4::jsonb, 'running')
        RETURNING run_id
        """)
    private static let updateRun = SQLQuery("runs.finish", writes: .runs, """
        UPDATE etl.runs SET status = $2, finished_at = now(), streams = $3::jsonb, error = $4
        WHERE run_id = $1
        """)

    /// Takes the account's advisory lock for this session, or throws `.lockHeld` at once, naming
    /// the session that holds it.
    ///
    /// Holding the lock proves no other run of this account is alive, so its runs still marked
    /// `running` died: they become `abandoned`. Taking a lock this session holds does nothing.
    public func lockAccount(_ accountId: String) async throws {
        guard !lockedAccounts.contains(accountId) else { return }
        let connection = try session()
        guard try connection.execute(Self.tryLock, [accountId]).scalar(Self.tryLock) == "t" else {
            var error = WarehouseError(.lockHeld, "pg_try_advisory_lock returned false", query: Self.tryLock.name)
            error.account = accountId
            error.lock = .account
            error.holder = accountLockHolder(accountId, connection)
            throw error
        }
        lockedAccounts.insert(accountId)
        do {
            let own = "{" + openRuns.map(String.init).joined(separator: ",") + "}"
            let abandoned = try connection.execute(Self.abandonRuns, [accountId, own]).affectedRows
            if abandoned > 0 {
                logger.warning("marked runs that died as abandoned", metadata: ["event": "runs_abandoned", "runs": .stringConvertible(abandoned)])
            }
        } catch {
            try? await unlockAccount(accountId)
            throw error
        }
    }

    /// Who holds the account's lock, when this role can see it in `pg_locks`.
    func accountLockHolder(_ accountId: String, _ connection: PGConnection) -> LockHolder? {
        guard let key = (try? connection.execute(Self.lockKey, [accountId]).scalar(Self.lockKey)).flatMap({ $0 }).flatMap({ Int32($0) }) else {
            return nil
        }
        return Self.advisoryLockHolder(classId: Self.accountLockClass, objectId: key, connection)
    }

    /// Releases the account's advisory lock; closing the warehouse releases it too.
    public func unlockAccount(_ accountId: String) async throws {
        guard lockedAccounts.contains(accountId) else { return }
        try session().execute(Self.unlock, [accountId])
        lockedAccounts.remove(accountId)
    }

    /// Records a new `running` run and returns its id, which every row it writes carries.
    public func beginRun(job: String, accountId: String, command: String, arguments: [String: String]) async throws -> Int64 {
        let json = try jsonText(arguments)
        let text = try session().execute(Self.insertRun, [job, accountId, command, json]).scalar(Self.insertRun)
        guard let text, let runId = Int64(text) else {
            throw WarehouseError(.protocolViolation, "no run_id returned", query: Self.insertRun.name)
        }
        openRuns.insert(runId)
        return runId
    }

    /// Records how a run ended, its per-stream counts and its error sentence (no secrets, please).
    public func finishRun(_ runId: Int64, status: RunStatus, streams: [String: StreamRunStats], error: String?) async throws {
        let json = try jsonText(streams)
        let updated = try session().execute(Self.updateRun, [String(runId), status.rawValue, json, error]).affectedRows
        guard updated == 1 else {
            throw WarehouseError(.protocolViolation, "etl.runs has no run \(runId)", query: Self.updateRun.name)
        }
        openRuns.remove(runId)
    }

    func jsonText(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
