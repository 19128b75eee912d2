import ArgumentParser
import Foundation

/// `zoom-etl check`: preflight of a job's configuration, Zoom access and database, writing nothing.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Preflight: jobs.conf, credentials, token scopes, plan entitlements, database reachable, migrated, writable, lock free.",
        discussion: """
            Sends one token request and at most one small request per stream of the job; writes nothing (the \
            account's lock is taken and given back at once). Exit codes: 0 every check passed or was skipped; \
            2 a configuration problem (jobs.conf, a missing secret, refused credentials, a missing scope, a stream \
            the plan lacks); 1 any other failure (Zoom or the database unreachable, migrations pending, no write \
            privilege, the lock held).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The job whose accounts and streams to check.")
    var job = "nightly"

    func run() async throws {
        let logger = global.makeLogger()
        let results = await Preflight(environment: .fromProcess(), logger: logger).run(jobName: job, loadJobs: global.loadJobs)
        let report = CheckReport(results: results)
        global.say(report.table.render())
        if let failure = report.verdict { throw failure }
    }
}
