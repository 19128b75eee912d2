import Foundation

/// The Zoom account ID of a `jobs.conf` account, from the variable the file names
/// (`ZOOM_ACCOUNT_ID` by default): the key of its rows in the warehouse. Needs no other secret;
/// the client ID and secret, when set, tell a swapped variable apart (`AccountIDRule`).
enum AccountIdentity {
    static func accountId(of account: AccountSettings, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        guard let value = environment[account.accountIdVariable], !value.isEmpty else {
            throw ConfigurationError("\(account.accountIdVariable) is not set: the account ID of Zoom account \(String(reflecting: account.name)), which its warehouse rows are kept under")
        }
        func set(_ variable: String) -> String? { environment[variable].flatMap { $0.isEmpty ? nil : $0 } }
        try AccountIDRule.check(value, variable: account.accountIdVariable, account: account.name,
                                clientId: set(account.clientIdVariable), clientSecret: set(account.clientSecretVariable))
        return value
    }
}
