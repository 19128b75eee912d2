import Foundation
import Records
import TestSupport
import Warehouse
import ZoomSandbox

/// A sandbox, a fresh database and a jobs directory: what a `zoom-etl` CLI test runs against.
struct Pipeline {
    let sandbox: ZoomSandbox
    let url: URL
    let databaseURL: String
    let directory: URL
    var account: SandboxAccount { SandboxAccount.demo }

    static let jobsConf = """
        [accounts.main]
        plan = "business"
        timezone = "America/New_York"

        [jobs.nightly]
        streams = ["daily_usage"]
        lookback_days = 3
        start = "40 days"
        """

    var environment: [String: String] {
        ["DATABASE_URL": databaseURL, "ZOOM_OAUTH_URL": url.absoluteString, "ZOOM_API_URL": url.absoluteString,
         "ZOOM_ACCOUNT_ID": account.accountId, "ZOOM_CLIENT_ID": account.clientId, "ZOOM_CLIENT_SECRET": account.clientSecret]
    }

    /// Runs the CLI in the jobs directory with the pipeline's environment, plus `overrides`.
    func zoomETL(_ arguments: String..., overrides: [String: String] = [:]) async throws -> CommandResult {
        try await ZoomETLBinary.run(arguments, environment: environment.merging(overrides) { $1 }, in: directory)
    }

    func query(_ sql: String, _ parameters: [String?] = []) async throws -> [[String?]] {
        try await Warehouse.withSession(databaseURL, logger: TestDatabase.logger) { warehouse in
            return try await warehouse.queryRows(sql, parameters)
        }
    }

    /// Today in the account's time zone, by the sandbox's clock.
    var today: CivilDate { CivilDate(sandbox.now, in: account.timeZone) }

    /// What the sandbox serves for `day` now, as the warehouse row would read (date, new_users, meetings, participants, meeting_minutes).
    func truth(_ day: CivilDate) -> [String] {
        let usage = sandbox.groundTruth(accountId: account.accountId).dailyUsage(on: day, asOf: sandbox.now)
        return [day.description, "\(usage.newUsers)", "\(usage.meetings)", "\(usage.participants)", "\(usage.meetingMinutes)"]
    }

    func dailyUsageRows() async throws -> [[String]] {
        try await query("SELECT date::text, new_users::text, meetings::text, participants::text, meeting_minutes::text FROM zoom.daily_usage WHERE account_id = $1 ORDER BY date",
                        [account.accountId]).map { $0.map { $0 ?? "NULL" } }
    }
}

/// `databaseURL` nil: a fresh database on the shared test server.
func withPipeline<T>(jobsConf: String = Pipeline.jobsConf, sandbox configuration: SandboxConfiguration = SandboxConfiguration(),
                     databaseURL: String? = nil, _ body: (Pipeline) async throws -> T) async throws -> T {
    let databaseURL = if let databaseURL { databaseURL } else { try await freshDatabase() }
    let directory = try temporaryJobsDirectory(jobsConf)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try await withSandbox(configuration.frozen()) { sandbox, url in
        try await body(Pipeline(sandbox: sandbox, url: url, databaseURL: databaseURL, directory: directory))
    }
}

