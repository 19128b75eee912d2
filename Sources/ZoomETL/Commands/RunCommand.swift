import ArgumentParser
import Foundation

/// `zoom-etl run`: one incremental run of a job.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Runs a job from jobs.conf incrementally: new days plus the lookback window."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var selection: AccountSelection

    @Option(help: "The job to run.")
    var job = "nightly"

    func run() async throws {
        let logger = global.makeLogger()
        let jobs = try global.loadJobs()
        let job = try jobs.job(named: job)
        let results = try await JobRunner(environment: .fromProcess(), logger: logger, display: .forTerminal(command: "run", quiet: global.quiet))
            .run(job: job, accounts: try selection.select(from: jobs.accounts(for: job), jobsFile: jobs.path), mode: .incremental)
        RunSummary(results).print(with: global)
        if let failure = RunFailure(results) { throw failure }
    }
}
