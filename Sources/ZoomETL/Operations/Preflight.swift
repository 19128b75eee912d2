import Extractors
import Foundation
import Logging
import Records
import Warehouse

/// `zoom-etl check`: everything a run needs, verified without loading or writing anything.
///
/// Order: `jobs.conf`; the database (reachable, migrated, writable); then per account the
/// secrets, a token, its scopes, one probe per stream and the account's lock. A check that
/// cannot run because an earlier one failed is skipped, never failed twice.
struct Preflight {
    let environment: RunEnvironment
    let logger: Logger

    func run(jobName: String, loadJobs: () throws -> JobsFile) async -> [CheckResult] {
        var results: [CheckResult] = []
        var job: JobSettings?
        var accounts: [AccountSettings] = []
        do {
            let jobs = try loadJobs()
            let found = try jobs.job(named: jobName)
            job = found
            accounts = jobs.accounts(for: found)
            results.append(.ok(CheckResult.shared, "jobs.conf", "\(jobs.path): job \(found.name) loads \(found.streams.count) streams for "
                               + "account\(accounts.count == 1 ? "" : "s") \(accounts.map(\.name).joined(separator: ", "))"))
        } catch {
            results.append(.failed(CheckResult.shared, "jobs.conf", .configuration, "\(error)"))
        }
        let streams = job.map { StreamCatalog.ordered($0.streams) } ?? []

        let (warehouse, databaseResults) = await checkDatabase(tables: streams.map(\.descriptor.table))
        results += databaseResults
        for account in accounts {
            results += await check(account, streams: streams, warehouse: warehouse)
        }
        await warehouse?.close()
        return results
    }

    /// Reachable, migrated, writable; returns the read-only session for the lock probes.
    private func checkDatabase(tables: [TableName]) async -> (Warehouse?, [CheckResult]) {
        let warehouse: Warehouse
        var results: [CheckResult] = []
        do {
            warehouse = try await Warehouse.connect(environment.databaseURL, logger: logger)
            try await warehouse.beginReadOnlySession()
            results.append(.ok(CheckResult.shared, "database", "connected to PostgreSQL \(try await warehouse.serverVersionText())"))
        } catch {
            return (nil, [.failed(CheckResult.shared, "database", error), .skipped(CheckResult.shared, "migrations", "no database"), .skipped(CheckResult.shared, "writable", "no database")])
        }
        var migrated = false
        do {
            let pending = try await warehouse.pendingMigrations()
            let total = Warehouse.migrationNames.count
            migrated = pending.isEmpty
            let missing = pending.count == total ? "not migrated: none of the \(total) migrations is applied"
                : "\(pending.count) of \(total) migrations not applied (\(pending.joined(separator: ", ")))"
            results.append(migrated ? .ok(CheckResult.shared, "migrations", "all \(total) applied")
                : .failed(CheckResult.shared, "migrations", .failure, missing + "; run `zoom-etl migrate` (run and backfill apply them too, if the role may)"))
        } catch {
            results.append(.failed(CheckResult.shared, "migrations", error))
        }
        if migrated {
            do {
                let problems = try await warehouse.writeProblems(tables: Warehouse.bookkeepingTables + tables)
                results.append(problems.isEmpty
                    ? .ok(CheckResult.shared, "writable", "may write the etl tables and the job's \(tables.count) tables, and stage pages in temporary tables")
                    : .failed(CheckResult.shared, "writable", .failure, problems.joined(separator: "; ")))
            } catch {
                results.append(.failed(CheckResult.shared, "writable", error))
            }
        } else {
            results.append(.skipped(CheckResult.shared, "writable", "the schema is not up to date"))
        }
        return (warehouse, results)
    }

    private func check(_ account: AccountSettings, streams: [CatalogStream], warehouse: Warehouse?) async -> [CheckResult] {
        let name = account.name
        var results: [CheckResult] = []
        let credentials: ZoomCredentials
        do {
            credentials = try environment.credentials(account)
            results.append(.ok(name, "credentials", "\(account.accountIdVariable), \(account.clientIdVariable) and \(account.clientSecretVariable) are set"))
        } catch {
            results.append(.failed(name, "credentials", .configuration, "\(error)"))
            results.append(.skipped(name, "token", "no credentials"))
            results += await lockCheck(account, accountId: try? AccountIdentity.accountId(of: account), warehouse: warehouse)
            return results
        }

        let client = ZoomClient(ZoomClientConfiguration(credentials: credentials, oauthURL: environment.oauthURL, apiURL: environment.apiURL,
                                                        plan: account.plan, http: environment.http, maxAttempts: 2, maxRateLimitWaits: 3),
                                logger: logger)
        let granted: [String]
        do {
            let token = try await client.authenticate()
            let minutes = Int(token.expiresAt.timeIntervalSince(environment.now()) / 60)
            results.append(.ok(name, "token", "Zoom issued a token for account \(credentials.accountId) (good for \(minutes) min before zoom-etl renews it)"))
            results.append(scopeCheck(name, granted: token.scopes, streams: streams))
            granted = token.scopes
        } catch {
            results.append(.failed(name, "token", error))
            results += streams.map { .skipped(name, "stream \($0.name)", "no token") }
            results += await lockCheck(account, accountId: credentials.accountId, warehouse: warehouse)
            return results
        }

        let probe = EntitlementProbe(client: client, account: name, today: CivilDate(environment.now(), in: account.timeZone))
        var history: EntitlementProbe.History?
        for stream in streams {
            // Without its scope the probe could only fail again with Zoom's 4711: say so once, above.
            if !granted.isEmpty && !stream.missingScopes(granted: granted).isEmpty {
                results.append(.skipped(name, "stream \(stream.name)", "not probed: the token lacks its scope"))
                continue
            }
            results.append(await probe.probe(stream, history: &history))
        }
        results += await lockCheck(account, accountId: credentials.accountId, warehouse: warehouse)
        return results
    }

    /// Every enabled stream needs one of its scopes; the token response lists what the app was granted.
    private func scopeCheck(_ account: String, granted: [String], streams: [CatalogStream]) -> CheckResult {
        guard !granted.isEmpty else {
            return .skipped(account, "scopes", "the token response lists no scopes; the stream probes below show what the app may read")
        }
        let lacking = streams.compactMap { stream -> String? in
            let missing = stream.missingScopes(granted: granted)
            return missing.isEmpty ? nil : "\(stream.name) needs \(missing.count == 1 ? missing[0] : "one of " + missing.joined(separator: ", "))"
        }
        guard lacking.isEmpty else {
            return .failed(account, "scopes", .configuration, lacking.joined(separator: "; ")
                           + " (granted: \(granted.joined(separator: " "))); add the scope to the app in the Zoom App Marketplace")
        }
        return .ok(account, "scopes", "\(granted.joined(separator: " ")) cover the job's \(streams.count) streams")
    }

    private func lockCheck(_ account: AccountSettings, accountId: String?, warehouse: Warehouse?) async -> [CheckResult] {
        guard let warehouse else { return [.skipped(account.name, "lock", "no database")] }
        guard let accountId else { return [.skipped(account.name, "lock", "no account ID (\(account.accountIdVariable))")] }
        do {
            let (free, holder) = try await warehouse.probeAccountLock(accountId)
            if free { return [.ok(account.name, "lock", "free: no run of account \(accountId) is in progress")] }
            let who = holder.map { holder in
                [holder.pid.map { "pid \($0)" }, holder.applicationName, holder.since.map { "since \($0)" }].compactMap { $0 }.joined(separator: ", ")
            }
            return [.failed(account.name, "lock", .failure, "held by another session\(who.map { $0.isEmpty ? "" : " (\($0))" } ?? ""): "
                            + "a run of account \(accountId) is in progress; a run started now would exit 75")]
        } catch {
            return [.failed(account.name, "lock", error)]
        }
    }
}
