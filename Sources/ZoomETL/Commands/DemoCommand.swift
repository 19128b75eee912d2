import ArgumentParser
import Extractors
import Foundation
import Logging
import Records
import LocalPostgres
import Warehouse
import ZoomSandbox

/// `zoom-etl demo`: the whole pipeline against the built-in sandbox, with no Zoom account and no database set up.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Runs the nightly job against the built-in Zoom sandbox and a throwaway PostgreSQL.",
        discussion: "With DATABASE_URL set, loads into that database and leaves it; otherwise starts a temporary cluster and removes it afterwards, also on Ctrl-C."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many days back the demo's first run starts.")
    var days = 30

    func validate() throws {
        guard (1...180).contains(days) else { throw ValidationError("--days must be 1 to 180 (Zoom keeps reports for 6 months)") }
    }

    func run() async throws {
        let logger = global.makeLogger()
        try await SignalCancellation.run {
            try await demo(logger: logger)
        }
    }

    private func demo(logger: Logger) async throws {
        // The demo account has every add-on, QSS included, so the demo shows every stream.
        var demoAccount = SandboxAccount.demo
        demoAccount.features.insert(.qss)
        let sandboxAccount = demoAccount
        var configuration = SandboxConfiguration()
        configuration.accounts = [sandboxAccount]
        let sandbox = ZoomSandbox(configuration)
        let url = try await sandbox.start().absoluteString
        global.say("Zoom sandbox: \(url) (synthetic account \(sandboxAccount.accountId), seed \(sandboxAccount.seed))")

        var cluster: LocalPostgresCluster?
        do {
            var databaseURL = RunEnvironment.fromProcess().databaseURL
            if databaseURL == nil {
                let started = try await LocalPostgresCluster.start(logger: logger)
                cluster = started
                databaseURL = started.connectionString
                global.say("PostgreSQL: throwaway cluster in \(started.directory) (removed when the demo ends)")
            } else {
                global.say("PostgreSQL: DATABASE_URL (the demo's tables stay there)")
            }

            let account = AccountSettings(name: "sandbox", plan: .business, timeZone: sandboxAccount.timeZone,
                                          accountIdVariable: "-", clientIdVariable: "-", clientSecretVariable: "-")
            let job = JobSettings(name: "nightly", streams: StreamCatalog.all.map(\.name),
                                  lookbackDays: JobsFile.defaultLookbackDays, start: .daysBack(days), accounts: nil)
            var environment = RunEnvironment.fromProcess()
            environment.databaseURL = databaseURL
            environment.oauthURL = url
            environment.apiURL = url
            environment.credentials = { _ in
                ZoomCredentials(accountId: sandboxAccount.accountId, clientId: sandboxAccount.clientId, clientSecret: Secret(sandboxAccount.clientSecret))
            }
            global.say("\nRunning job \(job.name): streams \(job.streams.map(\.rawValue).joined(separator: ", ")), first run from \(days) days back\n")
            let results = try await JobRunner(environment: environment, logger: logger, display: .forTerminal(command: "demo", quiet: global.quiet)).run(job: job, accounts: [account], mode: .incremental)
            RunSummary(results).print(with: global)
            if let failure = RunFailure(results) { throw failure }
            try await printWarehouse(databaseURL: databaseURL, accountId: sandboxAccount.accountId, logger: logger)
        } catch {
            await sandbox.shutdown()
            cluster?.stop()
            throw error
        }
        await sandbox.shutdown()
        cluster?.stop()
    }

    private func printWarehouse(databaseURL: String?, accountId: String, logger: Logger) async throws {
        let warehouse = try await Warehouse.connect(databaseURL, logger: logger)
        var counts: [[String]] = []
        for stream in StreamCatalog.all {
            let table = stream.descriptor.table
            let rows = try await warehouse.queryRows("SELECT count(*) FROM \(table.schema).\(table.name) WHERE account_id = $1", [accountId])
            counts.append([table.description, rows.first?.first.flatMap { $0 } ?? "0"])
        }
        global.say("\nRows in the warehouse:\n" + TextTable(columns: ["table", "rows"], rows: counts).render())

        // The file is written for psql (`psql -v account_id=...`); here the value goes as $1.
        guard let example = Warehouse.exampleQuery(named: "weekly_usage.sql") else { return }
        let sql = example.replacingOccurrences(of: ":'account_id'", with: "$1").trimmingCharacters(in: CharacterSet(charactersIn: "; \n"))
        let sample = try await warehouse.query(sql, [accountId])
        global.say("\nSample BI query (sql/examples/weekly_usage.sql), the last 4 complete weeks:\n"
                   + TextTable(columns: sample.columns, rows: sample.rows.map { $0.map { $0 ?? "" } }).render())
        await warehouse.close()
    }
}
