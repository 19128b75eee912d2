import Foundation

extension JobsFile {
    /// Refuses two accounts whose account ID variables hold the same Zoom account ID: rows,
    /// checkpoints, the quota ledger and the lock are all kept per account ID, so the two would
    /// overwrite each other's loads without a word. Every account of the file counts, not only a
    /// job's: another job's runs share the rows all the same. An unset variable is left to the
    /// run that needs it. Names both accounts and their lines, never the value.
    func checkDistinctAccountIds(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        var seen: [String: AccountSettings] = [:]
        for account in accounts {
            guard let id = environment[account.accountIdVariable], !id.isEmpty else { continue }
            guard let first = seen[id] else {
                seen[id] = account
                continue
            }
            func named(_ account: AccountSettings) -> String {
                "\(String(reflecting: account.name))\(account.line.map { " (line \($0))" } ?? "")"
            }
            let variables = first.accountIdVariable == account.accountIdVariable
                ? "both read \(account.accountIdVariable)" : "\(first.accountIdVariable) and \(account.accountIdVariable) hold the same value"
            throw ConfigurationError(file: path, line: account.line, "accounts \(named(first)) and \(named(account)) have the same Zoom account ID (\(variables), not shown): they would share rows, checkpoints and the account's lock; list each Zoom account once, or correct the account_id_env of one")
        }
    }
}
