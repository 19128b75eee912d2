import Foundation
import Records
import TestSupport
import Testing
import Warehouse
import ZoomSandbox
@testable import ZoomETL

/// Several Zoom accounts in one jobs.conf: each under its own lock and rate budget, failures
/// isolated, and `--shard i/n` splitting them across processes.
@Suite struct MultiAccountTests {
    static func sandboxAccounts(_ count: Int) -> [SandboxAccount] {
        let zones = ["America/New_York", "Europe/Berlin", "Asia/Tokyo", "America/Los_Angeles"]
        return (1...count).map { index in
            SandboxAccount(accountId: "account-\(index)", clientId: "client-\(index)", clientSecret: "secret-\(index)",
                           plan: index % 2 == 1 ? .business : .pro, timeZone: TimeZone(identifier: zones[(index - 1) % zones.count])!,
                           seed: UInt64(100 + index))
        }
    }

    static func jobsConf(_ accounts: [SandboxAccount]) -> String {
        accounts.enumerated().map { index, account in
            """
            [accounts.a\(index + 1)]
            plan = "\(account.plan.rawValue)"
            timezone = "\(account.timeZone.identifier)"
            account_id_env = "A\(index + 1)_ACCOUNT_ID"
            client_id_env = "A\(index + 1)_CLIENT_ID"
            client_secret_env = "A\(index + 1)_CLIENT_SECRET"

            """
        }.joined() + """
            [jobs.nightly]
            streams = ["daily_usage", "meetings", "meeting_participants", "meeting_qos"]
            lookback_days = 2
            start = "3 days"
            concurrency = 8
            """
    }

    static func environment(_ accounts: [SandboxAccount], url: URL, databaseURL: String) -> [String: String] {
        var environment = ["DATABASE_URL": databaseURL, "ZOOM_OAUTH_URL": url.absoluteString, "ZOOM_API_URL": url.absoluteString]
        for (index, account) in accounts.enumerated() {
            environment["A\(index + 1)_ACCOUNT_ID"] = account.accountId
            environment["A\(index + 1)_CLIENT_ID"] = account.clientId
            environment["A\(index + 1)_CLIENT_SECRET"] = account.clientSecret
        }
        return environment
    }

    /// Every zoom table's rows, all columns but loaded_at and run_id, as one checksum per table.
    static func checksums(_ databaseURL: String) async throws -> [[String?]] {
        try await Warehouse.withSession(databaseURL, logger: TestDatabase.logger) { warehouse in
            var sums: [[String?]] = []
            for table in ["daily_usage", "meetings", "meeting_participants", "participant_qos"] {
                let sum = try await warehouse.queryRows("""
                    SELECT count(*)::text, md5(coalesce(string_agg(r, E'\\n' ORDER BY r), ''))
                    FROM (SELECT (to_jsonb(t) - 'loaded_at' - 'run_id')::text AS r FROM zoom.\(table) t) s
                    """)
                sums.append([table] + sum[0])
            }
            return sums
        }
    }

    @Test func accountsOfDifferentPlansLoadSideBySide() async throws {
        let accounts = Self.sandboxAccounts(2)
        var configuration = SandboxConfiguration()
        configuration.accounts = accounts
        let databaseURL = try await freshDatabase()
        let directory = try temporaryJobsDirectory(Self.jobsConf(accounts))
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withSandbox(configuration.frozen()) { sandbox, url in
            let result = try await ZoomETLBinary.run(["run"], environment: Self.environment(accounts, url: url, databaseURL: databaseURL), in: directory)
            #expect(result.exitCode == 0, "\(result)")
            let warehouse = try await Warehouse.connect(databaseURL, logger: TestDatabase.logger)
            for account in accounts {
                let today = CivilDate(sandbox.now, in: account.timeZone)
                let truth = sandbox.groundTruth(accountId: account.accountId)
                let expected = (1...3).map { truth.dailyUsage(on: today.adding(days: -$0), asOf: sandbox.now).meetings }.reduce(0, +)
                let loaded = try await warehouse.queryRows("SELECT min(date)::text, max(date)::text, sum(meetings)::text FROM zoom.daily_usage WHERE account_id = $1", [account.accountId])
                #expect(loaded.first?[2] == "\(expected)", "\(account.accountId) \(account.timeZone.identifier) today \(today): \(loaded)")
                #expect(try await warehouse.queryRows("SELECT count(*) > 0 FROM zoom.meetings WHERE account_id = $1", [account.accountId]) == [["t"]])
            }
            // Pro has no Dashboard: its QoS stream is unavailable, Business's loads.
            #expect(try await warehouse.queryRows("SELECT account_id FROM etl.stream_availability WHERE NOT available") == [["account-2"]])
            #expect(try await warehouse.queryRows("SELECT DISTINCT account_id FROM zoom.participant_qos") == [["account-1"]])
            #expect(try await warehouse.queryRows("SELECT count(DISTINCT run_id)::text FROM etl.runs WHERE status = 'succeeded'") == [["2"]])
            await warehouse.close()
        }
    }

    @Test func oneAccountFailingDoesNotStopTheOthers() async throws {
        let accounts = Self.sandboxAccounts(2)
        var configuration = SandboxConfiguration()
        configuration.accounts = accounts
        let databaseURL = try await freshDatabase()
        let directory = try temporaryJobsDirectory(Self.jobsConf(accounts))
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withSandbox(configuration.frozen()) { _, url in
            var environment = Self.environment(accounts, url: url, databaseURL: databaseURL)
            environment["A1_CLIENT_SECRET"] = "wrong"
            let result = try await ZoomETLBinary.run(["run"], environment: environment, in: directory)
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("account a1: Zoom refused the credentials"))
            let warehouse = try await Warehouse.connect(databaseURL, logger: TestDatabase.logger)
            #expect(try await warehouse.queryRows("SELECT account_id, status FROM etl.runs ORDER BY account_id") == [["account-1", "failed"], ["account-2", "succeeded"]])
            #expect(try await warehouse.queryRows("SELECT DISTINCT account_id FROM zoom.meetings") == [["account-2"]])
            await warehouse.close()
        }
    }

    @Test func twoShardsLoadExactlyWhatOneProcessLoads() async throws {
        let accounts = Self.sandboxAccounts(4)
        let names = (1...4).map { "a\($0)" }
        #expect(Set(names.map { AccountSelection.shard(of: $0, count: 2) }) == [0, 1], "both shards must get accounts")
        var configuration = SandboxConfiguration()
        configuration.accounts = accounts
        let whole = try await freshDatabase(), sharded = try await freshDatabase()
        let directory = try temporaryJobsDirectory(Self.jobsConf(accounts))
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withSandbox(configuration.frozen()) { _, url in
            #expect(try await ZoomETLBinary.run(["run"], environment: Self.environment(accounts, url: url, databaseURL: whole), in: directory).exitCode == 0)
            for shard in ["1/2", "2/2"] {
                let result = try await ZoomETLBinary.run(["run", "--shard", shard], environment: Self.environment(accounts, url: url, databaseURL: sharded), in: directory)
                #expect(result.exitCode == 0, "\(result)")
            }
            #expect(try await Self.checksums(sharded) == (try await Self.checksums(whole)))
        }
    }

    @Test(arguments: ["0/2", "3/2", "1/0", "1-2", "x/y"])
    func aBadShardIsAUsageError(shard: String) async throws {
        let result = try await ZoomETLBinary.run(["run", "--shard", shard])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("--shard"))
    }
}
