import ArgumentParser
import Foundation
import Records

/// `zoom-etl backfill`: (re)loads a closed date range without moving the job's checkpoint.
struct BackfillCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backfill",
        abstract: "Loads a closed date range; resumable; leaves the nightly checkpoint alone.",
        discussion: "Rerunning an interrupted backfill with the same range and streams resumes it; rerunning a finished one reloads the range."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var selection: AccountSelection

    @Option(help: "First day, yyyy-MM-dd, in the account's time zone.")
    var from: String

    @Option(help: "Last day, yyyy-MM-dd (a complete day: yesterday at the latest).")
    var to: String

    @Option(help: "Comma-separated streams (default: the job's).")
    var streams: String?

    @Option(help: "The job whose accounts and streams to use.")
    var job = "nightly"

    func validate() throws {
        _ = try range()
    }

    private func range() throws -> DateRange {
        guard let start = CivilDate(iso: from) else { throw ValidationError("--from \(String(reflecting: from)) is not a date (yyyy-MM-dd)") }
        guard let end = CivilDate(iso: to) else { throw ValidationError("--to \(String(reflecting: to)) is not a date (yyyy-MM-dd)") }
        guard let range = DateRange(from: start, to: end) else { throw ValidationError("--from \(start) is after --to \(end)") }
        return range
    }

    func run() async throws {
        let logger = global.makeLogger()
        let jobs = try global.loadJobs()
        let job = try jobs.job(named: job)
        let names = streams.map { $0.split(separator: ",").map { StreamName($0.trimmingCharacters(in: .whitespaces)) } } ?? []
        let results = try await JobRunner(environment: .fromProcess(), logger: logger, display: .forTerminal(command: "backfill", quiet: global.quiet))
            .run(job: job, accounts: try selection.select(from: jobs.accounts(for: job), jobsFile: jobs.path), mode: .backfill(try range(), streams: names))
        RunSummary(results).print(with: global)
        if let failure = RunFailure(results) { throw failure }
    }
}
