import Foundation

/// The Zoom account ID of a `jobs.conf` account, from the variable the file names
/// (`ZOOM_ACCOUNT_ID` by default): the key of its rows in the warehouse. Needs no other secret.
enum AccountIdentity {
    static func accountId(of account: AccountSettings, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        guard let value = environment[account.accountIdVariable], !value.isEmpty else {
            throw ConfigurationError("\(account.accountIdVariable) is not set: the account ID of Zoom account \(String(reflecting: account.name)), which its warehouse rows are kept under")
        }
        return value
    }
}
