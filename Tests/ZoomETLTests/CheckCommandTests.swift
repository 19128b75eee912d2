import Foundation
import Records
import TestSupport
import Testing
import Warehouse
import ZoomSandbox
@testable import ZoomETL

/// `zoom-etl check` through the real binary: each problem named on its own line with the contract's exit code.
@Suite struct CheckCommandTests {
    /// Every stream of the catalog: `check` must probe each one a job may name.
    static let streamNames = StreamCatalog.all.map(\.name.rawValue)
    static let allStreams = StatusCommandTests.jobs(streamNames)

    /// The line of the check table for `check` (and account `main` unless said otherwise).
    static func line(_ result: CommandResult, _ check: String, account: String = "main") -> String? {
        result.stdout.split(separator: "\n").map(String.init).first { line in
            let cells = line.split(separator: " ", omittingEmptySubsequences: true)
            guard cells.count >= 2, cells[0] == account else { return false }
            return line.dropFirst(account.count).trimmingCharacters(in: .whitespaces).hasPrefix(check + "  ")
        }
    }

    static func result(of line: String?) -> String? {
        guard let line else { return nil }
        return ["ok", "FAIL", "skip"].first { line.contains("  \($0)  ") }
    }

    @Test func everythingIsGreenOnTheSandboxAndCheckWritesNothing() async throws {
        try await withPipeline(jobsConf: Self.allStreams) { pipeline in
            pipeline.sandbox.setEntitlement(accountId: pipeline.account.accountId, .qss, enabled: true)
            #expect(try await pipeline.zoomETL("migrate").exitCode == 0)
            let result = try await pipeline.zoomETL("check")
            #expect(result.exitCode == 0, "\(result)")
            for check in ["jobs.conf", "database", "migrations", "writable"] {
                #expect(Self.result(of: Self.line(result, check, account: "(all)")) == "ok", "\(check)\n\(result)")
            }
            let streams = Self.streamNames
            for check in ["credentials", "token", "scopes", "lock"] + streams.map({ "stream \($0)" }) {
                #expect(Self.result(of: Self.line(result, check)) == "ok", "\(check)\n\(result)")
            }
            #expect(!result.stdout.contains("\u{1B}["), "no ANSI colors off a terminal")
            // One token, one listing shared by meetings and the per-instance probes, one probe for each other stream.
            #expect(pipeline.sandbox.requestLog.count == 1 + streams.count, "\(pipeline.sandbox.requestLog.map(\.path))")
            #expect(try await pipeline.query("SELECT (SELECT count(*) FROM etl.runs) + (SELECT count(*) FROM etl.stream_availability)") == [["0"]])
        }
    }

    @Test func refusedCredentialsExitTwoNamingThemAndNeverTheSecret() async throws {
        try await withPipeline(jobsConf: Self.allStreams) { pipeline in
            let secret = "not-the-secret-\(UUID().uuidString)"
            let result = try await pipeline.zoomETL("check", overrides: ["ZOOM_CLIENT_SECRET": secret])
            #expect(result.exitCode == 2, "\(result)")
            let token = try #require(Self.line(result, "token"), "\(result)")
            #expect(Self.result(of: token) == "FAIL")
            #expect(token.contains("Zoom refused the credentials") && token.contains("ZOOM_CLIENT_SECRET"), "\(token)")
            #expect(Self.result(of: Self.line(result, "stream daily_usage")) == "skip")
            #expect(result.stderr.contains("main/token"))
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
        }
    }

    @Test func aMissingSecretIsNamedAndNothingIsSent() async throws {
        try await withPipeline(jobsConf: Self.allStreams) { pipeline in
            let result = try await pipeline.zoomETL("check", overrides: ["ZOOM_CLIENT_ID": ""])
            #expect(result.exitCode == 2, "\(result)")
            let credentials = try #require(Self.line(result, "credentials"), "\(result)")
            #expect(Self.result(of: credentials) == "FAIL" && credentials.contains("ZOOM_CLIENT_ID is not set"))
            #expect(pipeline.sandbox.requestLog.isEmpty)
        }
    }

    @Test func aMissingScopeIsNamedWithTheStreamsThatNeedIt() async throws {
        var account = SandboxAccount.demo
        account.scopes = ["report:read:admin", "user:read:admin"]
        try await withPipeline(jobsConf: Self.allStreams, sandbox: SandboxConfiguration(accounts: [account])) { pipeline in
            #expect(try await pipeline.zoomETL("migrate").exitCode == 0)
            let result = try await pipeline.zoomETL("check")
            #expect(result.exitCode == 2, "\(result)")
            let scopes = try #require(Self.line(result, "scopes"), "\(result)")
            #expect(Self.result(of: scopes) == "FAIL")
            #expect(scopes.contains("meeting_qos needs one of dashboard:read:admin"), "\(scopes)")
            #expect(scopes.contains("meeting_qos_summary needs one of dashboard:read:admin"), "\(scopes)")
            #expect(!scopes.contains("daily_usage needs") && !scopes.contains("users needs"))
            #expect(Self.result(of: Self.line(result, "stream meeting_qos")) == "skip")
            #expect(Self.result(of: Self.line(result, "stream meeting_participants")) == "ok")
            #expect(!pipeline.sandbox.requestLog.contains { $0.path.hasPrefix("/v2/metrics/") }, "no request that can only fail")
        }
    }

    @Test func aHeldLockIsReported() async throws {
        try await withPipeline(jobsConf: StatusCommandTests.jobs(["daily_usage"])) { pipeline in
            let holder = try await Warehouse.connect(pipeline.databaseURL, logger: TestDatabase.logger)
            _ = try await holder.migrate()
            try await holder.lockAccount(pipeline.account.accountId)
            let result = try await pipeline.zoomETL("check")
            #expect(result.exitCode == 1, "\(result)")
            let lock = try #require(Self.line(result, "lock"), "\(result)")
            #expect(Self.result(of: lock) == "FAIL" && lock.contains("held by another session") && lock.contains("exit 75"), "\(lock)")
            await holder.close()
            let free = try await pipeline.zoomETL("check")
            #expect(free.exitCode == 0, "\(free)")
            #expect(Self.result(of: Self.line(free, "lock")) == "ok")
        }
    }

    @Test func anUnmigratedDatabaseIsReportedAndLeftUnmigrated() async throws {
        try await withPipeline(jobsConf: StatusCommandTests.jobs(["daily_usage"])) { pipeline in
            let result = try await pipeline.zoomETL("check")
            #expect(result.exitCode == 1, "\(result)")
            let migrations = try #require(Self.line(result, "migrations", account: "(all)"), "\(result)")
            #expect(Self.result(of: migrations) == "FAIL" && migrations.contains("zoom-etl migrate"), "\(migrations)")
            #expect(Self.result(of: Self.line(result, "writable", account: "(all)")) == "skip")
            #expect(Self.result(of: Self.line(result, "lock")) == "ok")
            #expect(try await pipeline.query("SELECT to_regnamespace('etl') IS NULL") == [["t"]])
        }
    }

    @Test func anInvalidJobsFileIsAConfigurationError() async throws {
        try await withPipeline(jobsConf: "[jobs.nightly]\nstreams = [\"daily_usage\"]\nlookbak_days = 3\n") { pipeline in
            let result = try await pipeline.zoomETL("check")
            #expect(result.exitCode == 2, "\(result)")
            let jobs = try #require(Self.line(result, "jobs.conf", account: "(all)"), "\(result)")
            #expect(Self.result(of: jobs) == "FAIL" && jobs.contains("jobs.nightly.lookbak_days: unknown key"), "\(jobs)")
            #expect(pipeline.sandbox.requestLog.isEmpty)
        }
    }

    @Test func aStreamThePlanLacksFailsWithZoomsReasonAndTheOthersPass() async throws {
        try await withPipeline(jobsConf: Self.allStreams) { pipeline in
            // The demo account has no QSS add-on.
            #expect(try await pipeline.zoomETL("migrate").exitCode == 0)
            let result = try await pipeline.zoomETL("check")
            #expect(result.exitCode == 2, "\(result)")
            let summary = try #require(Self.line(result, "stream meeting_qos_summary"), "\(result)")
            #expect(Self.result(of: summary) == "FAIL" && summary.contains("not entitled") && summary.contains("Zoom code 200"), "\(summary)")
            for check in ["token", "scopes", "lock", "stream meeting_qos", "stream users"] {
                #expect(Self.result(of: Self.line(result, check)) == "ok", "\(check)\n\(result)")
            }
            #expect(result.stderr.contains("main/stream meeting_qos_summary"), "\(result)")
        }
    }

    @Test func oneBrokenAccountOfTwoIsNamedAndTheOtherIsChecked() async throws {
        let accounts = MultiAccountTests.sandboxAccounts(2)
        var jobs = MultiAccountTests.jobsConf(accounts)
        jobs = jobs.replacingOccurrences(of: "concurrency = 8", with: "concurrency = 2")
        let databaseURL = try await freshDatabase()
        let directory = try temporaryJobsDirectory(jobs)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withSandbox(SandboxConfiguration(accounts: accounts)) { sandbox, url in
            var environment = MultiAccountTests.environment(accounts, url: url, databaseURL: databaseURL)
            #expect(try await ZoomETLBinary.run(["migrate"], environment: environment, in: directory).exitCode == 0)
            environment["A2_CLIENT_SECRET"] = "wrong"
            let result = try await ZoomETLBinary.run(["check"], environment: environment, in: directory)
            #expect(result.exitCode == 2, "\(result)")
            #expect(Self.result(of: Self.line(result, "token", account: "a1")) == "ok", "\(result)")
            #expect(Self.result(of: Self.line(result, "stream meeting_qos", account: "a1")) == "ok", "\(result)")
            #expect(Self.result(of: Self.line(result, "token", account: "a2")) == "FAIL", "\(result)")
            #expect(Self.result(of: Self.line(result, "stream daily_usage", account: "a2")) == "skip", "\(result)")
            #expect(result.stderr.contains("a2/token") && !result.stderr.contains("a1/"), "\(result)")
        }
    }
}
