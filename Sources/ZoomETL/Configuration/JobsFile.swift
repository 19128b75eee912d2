import Extractors
import Foundation
import Records

/// `jobs.conf`, read once and validated: the accounts and the jobs that run over them.
struct JobsFile: Sendable {
    let path: String
    let accounts: [AccountSettings]
    let jobs: [String: JobSettings]

    func job(named name: String) throws -> JobSettings {
        guard let job = jobs[name] else {
            let known = jobs.keys.sorted().joined(separator: ", ")
            throw ConfigurationError(file: path, key: "jobs", "there is no job named \(String(reflecting: name)) (jobs: \(known.isEmpty ? "none" : known))")
        }
        return job
    }

    /// The accounts a job runs over, in file order.
    func accounts(for job: JobSettings) -> [AccountSettings] {
        guard let names = job.accounts else { return accounts }
        return accounts.filter { names.contains($0.name) }
    }
}

/// One Zoom account: where its secrets are, its plan and its time zone. Secrets stay in the environment.
struct AccountSettings: Sendable {
    let name: String
    let plan: ZoomPlan
    let timeZone: TimeZone
    let accountIdVariable: String
    let clientIdVariable: String
    let clientSecretVariable: String
    /// The line of its `[accounts.NAME]` table in `jobs.conf`; nil for the default account.
    var line: Int?

    static func standard(name: String = "default") -> AccountSettings {
        AccountSettings(name: name, plan: .pro, timeZone: .gmt, accountIdVariable: "ZOOM_ACCOUNT_ID",
                        clientIdVariable: "ZOOM_CLIENT_ID", clientSecretVariable: "ZOOM_CLIENT_SECRET")
    }
}

/// A job: which streams, how far back its first run starts, and how many days each run re-reads.
struct JobSettings: Sendable {
    let name: String
    let streams: [StreamName]
    let lookbackDays: Int
    let start: JobStart
    /// Account names; nil means every account.
    let accounts: [String]?
    /// Meeting instances fetched at once by a fan-out stream; all share the account's rate budget.
    /// nil sizes it from the account's plan (`ZoomPlan.defaultConcurrency`: Pro 10, Business+ 40).
    var concurrency: Int?
}

/// Where a job's first run begins: a fixed day, or a span back from today.
enum JobStart: Sendable, Equatable {
    case day(CivilDate)
    case daysBack(Int)
    case monthsBack(Int)

    func resolve(today: CivilDate) -> CivilDate {
        switch self {
        case .day(let day): day
        case .daysBack(let days): today.adding(days: -days)
        case .monthsBack(let months): today.adding(months: -months)
        }
    }

    /// Reads "2026-01-01", "30 days" or "6 months".
    init?(_ text: String) {
        if let day = CivilDate(iso: text) {
            self = .day(day)
            return
        }
        let parts = text.split(separator: " ")
        guard parts.count == 2, let count = Int(parts[0]), count >= 0 else { return nil }
        switch parts[1] {
        case "day", "days": self = .daysBack(count)
        case "month", "months": self = .monthsBack(count)
        default: return nil
        }
    }
}

extension JobsFile {
    static let defaultLookbackDays = 3

    static func load(path: String, knownStreams: Set<StreamName>) throws -> JobsFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, "cannot read the file (does it exist? pass --config PATH)")
        }
        return try parse(Array(data), path: path, knownStreams: knownStreams)
    }

    static func parse(_ text: String, path: String, knownStreams: Set<StreamName>) throws -> JobsFile {
        try parse(Array(text.utf8), path: path, knownStreams: knownStreams)
    }

    /// Any bytes: TOML syntax errors, invalid UTF-8 and control characters are errors naming the line.
    static func parse(_ bytes: [UInt8], path: String, knownStreams: Set<StreamName>) throws -> JobsFile {
        let root: TOMLTable
        do {
            root = try TOMLParser.parse(bytes)
        } catch let error as TOMLSyntaxError {
            throw ConfigurationError(file: path, line: error.line, "TOML syntax error: \(error.message) (column \(error.column))")
        }
        let reader = TOMLReader(path: path, root: root)
        try reader.allowOnly(["accounts", "jobs"], in: root, at: [])

        var accounts: [AccountSettings] = []
        if let table = try reader.table(root, "accounts", at: []) {
            // Keys come in file order: the first account listed runs first.
            for name in table.keys {
                accounts.append(try reader.account(named: name, in: table))
            }
        }
        if accounts.isEmpty { accounts = [.standard()] }

        var jobs: [String: JobSettings] = [:]
        if let table = try reader.table(root, "jobs", at: []) {
            for name in table.keys {
                let job = try reader.job(named: name, in: table, knownStreams: knownStreams)
                if let unknown = job.accounts?.first(where: { account in !accounts.contains { $0.name == account } }) {
                    throw reader.error(["jobs", name, "accounts"], "no account named \(String(reflecting: unknown)) in [accounts]")
                }
                jobs[name] = job
            }
        }
        return JobsFile(path: path, accounts: accounts, jobs: jobs)
    }
}
