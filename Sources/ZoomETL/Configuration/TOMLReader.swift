import Extractors
import Foundation
import Records

/// Typed access to a parsed `jobs.conf` whose every error names file, line and key.
struct TOMLReader {
    let path: String
    let root: TOMLTable

    func error(_ key: [String], _ message: String) -> ConfigurationError {
        ConfigurationError(file: path, line: line(of: key), key: key.joined(separator: "."), message)
    }

    /// The line that defined `key`, or its nearest enclosing table's when it has none (a missing key).
    func line(of key: [String]) -> Int? {
        var table = root
        var line: Int?
        for part in key {
            guard let found = table.line(of: part) else { break }
            line = found
            guard let next = table[part]?.table else { break }
            table = next
        }
        return line
    }

    func allowOnly(_ allowed: Set<String>, in table: TOMLTable, at path: [String]) throws {
        for key in table.keys where !allowed.contains(key) {
            throw error(path + [key], "unknown key (allowed here: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    func table(_ table: TOMLTable, _ key: String, at path: [String]) throws -> TOMLTable? {
        guard let value = table[key] else { return nil }
        guard let result = value.table else { throw mistyped(path + [key], value, "a table") }
        return result
    }

    func string(_ table: TOMLTable, _ key: String, at path: [String]) throws -> String? {
        guard let value = table[key] else { return nil }
        guard let result = value.string else { throw mistyped(path + [key], value, "a string") }
        return result
    }

    func int(_ table: TOMLTable, _ key: String, at path: [String], range: ClosedRange<Int>) throws -> Int? {
        guard let value = table[key] else { return nil }
        guard let result = value.int else { throw mistyped(path + [key], value, "an integer") }
        guard range.contains(result) else {
            throw error(path + [key], "\(result) is out of range (\(range.lowerBound) to \(range.upperBound))")
        }
        return result
    }

    func strings(_ table: TOMLTable, _ key: String, at path: [String]) throws -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw mistyped(path + [key], value, "an array of strings") }
        return try array.map { element in
            guard let string = element.string else { throw mistyped(path + [key], element, "an array of strings") }
            return string
        }
    }

    private func mistyped(_ key: [String], _ value: TOMLValue, _ expected: String) -> ConfigurationError {
        error(key, "expected \(expected), found \(value.kind)")
    }

    func account(named name: String, in accounts: TOMLTable) throws -> AccountSettings {
        let at = ["accounts", name]
        guard let table = try table(accounts, name, at: ["accounts"]) else { throw error(at, "expected a table") }
        try allowOnly(["plan", "timezone", "account_id_env", "client_id_env", "client_secret_env"], in: table, at: at)
        let standard = AccountSettings.standard(name: name)
        var plan = standard.plan
        if let text = try string(table, "plan", at: at) {
            guard let parsed = ZoomPlan(rawValue: text.lowercased()) else {
                throw error(at + ["plan"], "unknown plan \(String(reflecting: text)) (free, pro or business)")
            }
            plan = parsed
        }
        var timeZone = standard.timeZone
        if let identifier = try string(table, "timezone", at: at) {
            guard let zone = TimeZone(identifier: identifier) else {
                throw error(at + ["timezone"], "unknown time zone \(String(reflecting: identifier)) (an IANA name such as America/New_York)")
            }
            timeZone = zone
        }
        return AccountSettings(
            name: name, plan: plan, timeZone: timeZone,
            accountIdVariable: try string(table, "account_id_env", at: at) ?? standard.accountIdVariable,
            clientIdVariable: try string(table, "client_id_env", at: at) ?? standard.clientIdVariable,
            clientSecretVariable: try string(table, "client_secret_env", at: at) ?? standard.clientSecretVariable,
            line: line(of: at)
        )
    }

    func job(named name: String, in jobs: TOMLTable, knownStreams: Set<StreamName>) throws -> JobSettings {
        let at = ["jobs", name]
        guard let table = try table(jobs, name, at: ["jobs"]) else { throw error(at, "expected a table") }
        try allowOnly(["streams", "lookback_days", "start", "accounts", "concurrency"], in: table, at: at)
        guard let streams = try strings(table, "streams", at: at) else { throw error(at, "missing key \"streams\" (a list of stream names)") }
        guard !streams.isEmpty else { throw error(at + ["streams"], "lists no stream") }
        for stream in streams where !knownStreams.contains(StreamName(stream)) {
            throw error(at + ["streams"], "unknown stream \(String(reflecting: stream)) (streams: \(knownStreams.map(\.rawValue).sorted().joined(separator: ", ")))")
        }
        var start = JobStart.daysBack(30)
        if let value = table["start"] {
            if let date = value.date, let day = CivilDate(year: date.year, month: date.month, day: date.day) {
                start = .day(day)
            } else if let text = value.string, let parsed = JobStart(text) {
                start = parsed
            } else {
                throw error(at + ["start"], "expected a date (2026-01-01) or a span back from today (\"30 days\", \"6 months\")")
            }
        }
        return JobSettings(
            name: name, streams: streams.map { StreamName($0) },
            lookbackDays: try int(table, "lookback_days", at: at, range: 0...90) ?? JobsFile.defaultLookbackDays,
            start: start,
            accounts: try strings(table, "accounts", at: at),
            concurrency: try int(table, "concurrency", at: at, range: 1...64)
        )
    }
}
