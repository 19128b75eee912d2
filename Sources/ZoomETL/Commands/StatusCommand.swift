import ArgumentParser
import Foundation
import Warehouse

/// `zoom-etl status`: where each stream of a job stands, per account; read-only.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Shows per account and stream: checkpoint, last successful run, lag, rows, errors, unavailable streams.",
        discussion: """
            Reads the warehouse only: it neither migrates nor writes. Needs DATABASE_URL and each account's \
            account ID variable (ZOOM_ACCOUNT_ID by default), no other secret. Exit codes: 0 shown (and, with \
            --max-lag, every stream fresh); 1 a stream is stale, or the database has no zoom-etl schema yet; \
            2 jobs.conf or the environment is wrong.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The job whose accounts and streams to show.")
    var job = "nightly"

    @Option(help: "text for people, json for machines (keys documented in README.md).")
    var format: OutputFormat = .text

    @Option(name: .customLong("max-lag"), help: ArgumentHelp("Exit 1, naming them, when a stream's last successful load is older than this.", valueName: "hours"))
    var maxLag: Double?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        if let maxLag, !(maxLag > 0 && maxLag.isFinite) { throw ValidationError("--max-lag must be a positive number of hours") }
    }

    func run() async throws {
        let logger = global.makeLogger()
        let jobs = try global.loadJobs()
        let job = try jobs.job(named: job)
        // Every account's ID first: a missing variable is a configuration error, before any query.
        let accounts = try jobs.accounts(for: job).map { (settings: $0, accountId: try AccountIdentity.accountId(of: $0)) }

        let warehouse = try await Warehouse.connect(RunEnvironment.fromProcess().databaseURL, logger: logger)
        let report: StatusReport
        do {
            try await warehouse.beginReadOnlySession()
            report = try await StatusReport.gather(job: job, accounts: accounts, warehouse: warehouse, maxLagHours: maxLag)
        } catch {
            await warehouse.close()
            throw error
        }
        await warehouse.close()

        switch format {
        case .json: print(report.renderJSON())
        case .text: global.say(report.renderText())
        }
        if let stale = report.staleness { throw stale }
    }
}
