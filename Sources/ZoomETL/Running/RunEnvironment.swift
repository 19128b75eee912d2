import Extractors
import Foundation

/// Everything a run takes from the environment, read once (STYLE.md §8).
struct RunEnvironment: Sendable {
    /// A libpq connection string or URI; nil lets libpq use its `PG*` variables.
    var databaseURL: String?
    var oauthURL: String
    /// nil: the token response's `api_url` decides (the account's region).
    var apiURL: String?
    var http: HTTPClientConfiguration
    /// Credentials per account, from the variables `jobs.conf` names.
    var credentials: @Sendable (AccountSettings) throws -> ZoomCredentials
    var now: @Sendable () -> Date = { Date() }

    static func fromProcess() -> RunEnvironment {
        let env = ProcessInfo.processInfo.environment
        @Sendable func value(_ name: String) -> String? { env[name].flatMap { $0.isEmpty ? nil : $0 } }
        return RunEnvironment(
            databaseURL: value("DATABASE_URL"),
            oauthURL: value("ZOOM_OAUTH_URL") ?? "https://zoom.us",
            apiURL: value("ZOOM_API_URL"),
            http: HTTPClientConfiguration(caBundlePath: value("CURL_CA_BUNDLE") ?? value("SSL_CERT_FILE"), userAgent: "zoom-etl/\(ZoomETLVersion.current)"),
            credentials: { account in
                func required(_ variable: String, _ what: String) throws -> String {
                    guard let found = value(variable) else {
                        throw ConfigurationError("\(variable) is not set: the \(what) of Zoom account \(String(reflecting: account.name)) (a Server-to-Server OAuth app)")
                    }
                    return found
                }
                return ZoomCredentials(
                    accountId: try required(account.accountIdVariable, "account ID"),
                    clientId: try required(account.clientIdVariable, "client ID"),
                    clientSecret: Secret(try required(account.clientSecretVariable, "client secret"))
                )
            }
        )
    }
}

enum ZoomETLVersion {
    static let current = "0.1.0"
}
