import Foundation
import TestSupport
import Testing
import Warehouse
import ZoomSandbox

/// DESIGN.md guarantee 6 (secrets never appear in logs, errors, `etl.runs` or `etl.rejects`),
/// TLS that cannot be switched off, and the warehouse roles of sql/005_roles.sql.
@Suite struct SecurityTests {
    @Test func neitherTheSecretNorAnyTokenAppearsInOutputOrAnyTable() async throws {
        let secret = "s3cret-\(UUID().uuidString)"
        var account = Reliability.qssAccount
        account.clientSecret = secret
        var configuration = Reliability.sandbox()
        configuration.accounts = [account]
        // Tokens revoked mid-run (renewals), retried 5xx (warnings with errors), rejects (raw JSON
        // stored), and an instance Zoom refuses (its error stored in etl.child_progress).
        configuration.faultPlan = FaultPlan(seed: 8, rates: [
            .revokedToken: .init(0.05, limit: 2), .serverError: .init(0.05), .wrongTypes: .init(0.05),
        ])
        try await withPipeline(jobsConf: Reliability.jobsConf, sandbox: configuration) { pipeline in
            let truth = pipeline.sandbox.groundTruth(accountId: account.accountId)
            if let victim = truth.endedInstances(from: pipeline.today.adding(days: -3), to: pipeline.today.adding(days: -1), asOf: pipeline.sandbox.now)
                .first(where: { $0.participantsCount >= 2 }) {
                pipeline.sandbox.refuseInstance(victim.uuid, status: 404, code: 3001, message: "Meeting does not exist: \(victim.uuid).")
            }
            let result = try await pipeline.zoomETL(["run", "--verbose", "--log-format", "json"],
                                                    overrides: Reliability.fastClient.merging(["ZOOM_CLIENT_SECRET": secret]) { $1 })
            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stderr.contains("\"level\":\"debug\""), "the run must log at debug level for this test to mean anything")

            let tokens = pipeline.sandbox.issuedTokens
            #expect(tokens.count >= 2, "a revoked token must have been renewed")
            #expect(try await pipeline.query("SELECT count(*) > 0 FROM etl.rejects") == [["t"]])
            #expect(try await pipeline.query("SELECT count(*) > 0 FROM etl.child_progress WHERE last_error IS NOT NULL") == [["t"]])

            let basic = Data("\(account.clientId):\(secret)".utf8).base64EncodedString()
            // A whole token, or its signature alone (a truncated log line would keep its start).
            let forbidden = [secret, basic] + tokens + tokens.compactMap { $0.split(separator: ".").last.map(String.init) }
            let tables = try await Self.everyTableAsText(pipeline)
            for (place, text) in [("stdout", result.stdout), ("stderr", result.stderr), ("tables", tables)] {
                let leaked = forbidden.filter { text.contains($0) }
                #expect(leaked.isEmpty, "\(place) holds \(leaked.count) secret value(s)")
            }
            #expect(tables.contains(account.accountId), "the dump must hold the tables' text for this test to mean anything")
        }
    }

    /// Every row of every table of schemas `zoom` and `etl`, as PostgreSQL's text of the row.
    static func everyTableAsText(_ pipeline: Pipeline) async throws -> String {
        let tables = try await pipeline.query("""
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('zoom', 'etl') AND c.relkind = 'r'
            """).compactMap { $0[0] }
        var text = ""
        for table in tables {
            text += try await pipeline.query("SELECT coalesce(string_agg(t::text, E'\\n'), '') FROM \(table) t").first?.first.flatMap { $0 } ?? ""
        }
        return text
    }

    /// Needs the `openssl` command for a TLS server; skipped where it is missing.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"), "needs /usr/bin/openssl"))
    func anHTTPSHostWithAnUntrustedCertificateIsRefused() async throws {
        let server = try await TLSServer.start()
        defer { server.stop() }
        try await withPipeline { pipeline in
            let untrusted = try await pipeline.zoomETL("run", overrides: ["ZOOM_OAUTH_URL": server.url, "ZOOM_ETL_HTTP_TIMEOUT_MS": "3000"])
            #expect(untrusted.exitCode == 1, "\(untrusted)")
            #expect(untrusted.stderr.contains("could not reach \(server.url)/oauth/token: SSL peer certificate or SSH remote key was not OK"),
                    "\(untrusted.stderr)")
            try await pipeline.expectNothingWritten(failedRun: true)

            // The same server with its certificate trusted: the handshake passes (it then fails
            // differently, since it is no OAuth server), so the refusal above was the verification.
            let trusted = try await pipeline.zoomETL("run", overrides: [
                "ZOOM_OAUTH_URL": server.url, "ZOOM_ETL_HTTP_TIMEOUT_MS": "3000", "CURL_CA_BUNDLE": server.certificate.path,
            ])
            #expect(trusted.exitCode != 0, "\(trusted)")
            #expect(!trusted.stderr.contains("certificate"), "\(trusted.stderr)")
        }
    }

    @Test func theAnalystReadsZoomButCannotWriteItNorReadETL() async throws {
        try await withFreshWarehouse { warehouse in
            #expect(try await warehouse.queryRows("SELECT rolname, rolcanlogin::text FROM pg_roles WHERE rolname IN ('zoom_analyst', 'zoom_etl') ORDER BY 1")
                    == [["zoom_analyst", "false"], ["zoom_etl", "false"]])
            // Objects a later migration adds are readable too (default privileges).
            try await warehouse.executeScript("""
                CREATE TABLE zoom.later_table (account_id text, x int);
                CREATE VIEW zoom.later_view AS SELECT account_id, date FROM zoom.daily_usage;
                """)
            let views = try await warehouse.queryRows("SELECT quote_ident(table_name) FROM information_schema.views WHERE table_schema = 'zoom'").compactMap { $0[0] }
            #expect(views.contains("later_view"))

            try await warehouse.executeScript("SET ROLE zoom_analyst")
            for relation in ["zoom.daily_usage", "zoom.meetings", "zoom.later_table"] + views.map({ "zoom.\($0)" }) {
                #expect(try await warehouse.queryRows("SELECT count(*) FROM \(relation)").count == 1, "\(relation)")
            }
            #expect(await Self.sqlstate(warehouse, "INSERT INTO zoom.later_table VALUES ('a', 1)") == "42501")
            #expect(await Self.sqlstate(warehouse, "DELETE FROM zoom.daily_usage") == "42501")
            #expect(await Self.sqlstate(warehouse, "SELECT count(*) FROM etl.runs") == "42501")
            #expect(await Self.sqlstate(warehouse, "SELECT count(*) FROM etl.rejects") == "42501")

            try await warehouse.executeScript("RESET ROLE; SET ROLE zoom_etl")
            _ = try await warehouse.queryRows("INSERT INTO etl.runs (job, account_id, command) VALUES ('nightly', 'a', 'run') RETURNING run_id")
            _ = try await warehouse.queryRows("INSERT INTO zoom.later_table VALUES ('a', 1)")
            _ = try await warehouse.queryRows("SELECT count(*) FROM etl.checkpoints")
            // Only a table's owner may add partitions: zoom_etl adds QoS months through a function
            // that runs as the owner (sql/008), and it adds them to partitioned zoom tables only.
            _ = try await warehouse.queryRows("SELECT etl.ensure_monthly_partitions('zoom.participant_qos', '2031-01-05Z', '2031-01-05Z')")
            #expect(await Self.sqlstate(warehouse, "SELECT etl.ensure_monthly_partitions('etl.runs', now(), now())") == "22023")
            try await warehouse.executeScript("RESET ROLE")
            #expect(try await warehouse.queryRows("""
                SELECT p.relowner = c.relowner FROM pg_class p, pg_class c
                WHERE p.oid = 'zoom.participant_qos_2031_01'::regclass AND c.oid = 'zoom.participant_qos'::regclass
                """) == [["t"]])
        }
    }

    @Test func migratingManyDatabasesAtOnceCreatesTheRolesOnce() async throws {
        // Roles are cluster-wide: several databases migrating together must all succeed.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask { await (try await freshWarehouse()).close() }
            }
            try await group.waitForAll()
        }
    }

    static func sqlstate(_ warehouse: Warehouse, _ sql: String) async -> String? {
        do {
            _ = try await warehouse.queryRows(sql)
            return nil
        } catch let error as WarehouseError {
            return error.sqlstate
        } catch {
            return "\(error)"
        }
    }
}
