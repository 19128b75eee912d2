import Foundation
import Records
import TestSupport
import Testing
import Warehouse
import ZoomSandbox

/// Bad input through the real binary: a clear message naming the problem, the contract's exit
/// code, no request to Zoom and nothing written.
@Suite struct CommandLineErrorTests {
    @Test func badCredentialsExitTwoWithZoomsReasonAndNeverTheSecret() async throws {
        try await withPipeline { pipeline in
            let secret = "not-the-secret-\(UUID().uuidString)"
            let result = try await pipeline.zoomETL("run", "--verbose", overrides: ["ZOOM_CLIENT_SECRET": secret])
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("invalid_client: Invalid client_id or client_secret"))
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
            let stored = try await pipeline.query("SELECT coalesce(string_agg(error || arguments::text, ' '), '') FROM etl.runs")
            #expect(stored.first?.first??.contains(secret) == false)
            #expect(try await pipeline.query("SELECT status FROM etl.runs") == [["failed"]])
        }
    }

    @Test func aMissingSecretIsNamedAndNothingIsSent() async throws {
        try await withPipeline { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: ["ZOOM_CLIENT_SECRET": ""])
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("ZOOM_CLIENT_SECRET is not set"))
            #expect(pipeline.sandbox.requestLog.isEmpty)
        }
    }

    @Test func aSecondRunWhileOneHoldsTheLockExits75AtOnce() async throws {
        try await withPipeline { pipeline in
            let holder = try await Warehouse.connect(pipeline.databaseURL, logger: TestDatabase.logger)
            _ = try await holder.migrate()
            try await holder.lockAccount(pipeline.account.accountId)
            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 75, "\(result)")
            #expect(result.stderr.contains("lock"))
            #expect(pipeline.sandbox.requestLog.isEmpty)
            await holder.close()
            #expect(try await pipeline.zoomETL("run").exitCode == 0)
        }
    }

    @Test(arguments: [
        ("[jobs.nightly]\nstreams = [\"daily_usage\"\nlookback_days = 3\n", "jobs.conf:", "TOML syntax error"),
        ("[jobs.nightly]\nstreams = [\"daily_usage\"]\nlookbak_days = 3\n", "jobs.conf:3: jobs.nightly.lookbak_days: unknown key", ""),
        ("[jobs.nightly]\nstreams = [\"daily_usage\"]\nlookback_days = \"3\"\n", "jobs.conf:3: jobs.nightly.lookback_days: expected an integer, found a string", ""),
        ("[jobs.nightly]\nstreams = [\"daily_usage\", \"webinars\"]\n", "jobs.conf:2: jobs.nightly.streams: unknown stream \"webinars\"", ""),
        ("[jobs.weekly]\nstreams = [\"daily_usage\"]\n", "no job named \"nightly\" (jobs: weekly)", ""),
    ])
    func aMalformedJobsFileExitsTwoNamingFileLineAndKey(jobsConf: String, message: String, detail: String) async throws {
        try await withPipeline(jobsConf: jobsConf) { pipeline in
            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(detail.isEmpty || result.stderr.contains(detail))
            #expect(pipeline.sandbox.requestLog.isEmpty)
            #expect(try await pipeline.query("SELECT to_regclass('etl.runs')::text") == [[nil]])
        }
    }

    @Test func anUnknownJobOnTheCommandLineExitsTwo() async throws {
        try await withPipeline { pipeline in
            let result = try await pipeline.zoomETL("run", "--job", "hourly")
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("no job named \"hourly\" (jobs: nightly)"))
        }
    }

    @Test func anUnknownOptionIsAUsageError() async throws {
        let result = try await ZoomETLBinary.run(["run", "--jbo", "nightly"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("--jbo"))
    }

    @Test func anUnreachableDatabaseFailsWithExitOne() async throws {
        try await withPipeline { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: ["DATABASE_URL": "postgresql://nobody@127.0.0.1:9/none?connect_timeout=2"])
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("127.0.0.1"))
        }
    }

    /// A server that accepts the connection and never answers (a hung host, a black-holing proxy)
    /// must not hang the nightly job: libpq's connect_timeout, which zoom-etl sets to 10 s.
    @Test func aDatabaseThatNeverAnswersFailsWithinTheConnectTimeout() async throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) == 0 && getsockname(listener, $0, &length) == 0 }
        }
        #expect(bound && listen(listener, 8) == 0)
        let port = UInt16(bigEndian: address.sin_port)
        try await withPipeline { pipeline in
            // Without the timeout libpq would wait until the runner kills it (exit 15, not 1).
            let result = try await pipeline.zoomETL("migrate", overrides: ["DATABASE_URL": "postgresql://nobody@127.0.0.1:\(port)/none"])
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("cannot connect to PostgreSQL") && result.stderr.contains("timeout"), "\(result)")
        }
    }
}
