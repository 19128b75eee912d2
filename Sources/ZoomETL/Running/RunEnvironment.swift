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
    /// The client's first retry wait (`ZOOM_ETL_BACKOFF_MS`); each further attempt doubles it.
    var backoffBase: Duration = .milliseconds(500)
    /// Rows a meeting instance's set may hold in memory before it streams (`ZOOM_ETL_INSTANCE_BUFFER_ROWS`).
    var instanceBufferRows = InstanceFetch.defaultGatheredRows
    /// A `ZOOM_ETL_*` tuning variable that is not a positive integer; a run refuses to start with it.
    var tuningError: ConfigurationError?

    static func fromProcess() -> RunEnvironment {
        let env = ProcessInfo.processInfo.environment
        @Sendable func value(_ name: String) -> String? { env[name].flatMap { $0.isEmpty ? nil : $0 } }
        var tuningError: ConfigurationError?
        // Tuning for operators behind slow proxies, and for tests that must not wait out real
        // timeouts and backoffs; the defaults suit Zoom itself.
        func positive(_ name: String) -> Int? {
            guard let text = value(name) else { return nil }
            guard let number = Int(text), number > 0 else {
                tuningError = tuningError ?? ConfigurationError("\(name) must be a positive whole number, not \(String(reflecting: text))")
                return nil
            }
            return number
        }
        var http = HTTPClientConfiguration(caBundlePath: value("CURL_CA_BUNDLE") ?? value("SSL_CERT_FILE"), userAgent: "zoom-etl/\(ZoomETLVersion.current)")
        if let timeout = positive("ZOOM_ETL_HTTP_TIMEOUT_MS") {
            http.totalTimeout = .milliseconds(timeout)
            http.connectTimeout = min(http.connectTimeout, http.totalTimeout)
        }
        if let limit = positive("ZOOM_ETL_MAX_BODY_BYTES") { http.maxBodyBytes = limit }
        let backoff = positive("ZOOM_ETL_BACKOFF_MS").map { Duration.milliseconds($0) }
        let bufferRows = positive("ZOOM_ETL_INSTANCE_BUFFER_ROWS")
        let oauthURL = value("ZOOM_OAUTH_URL") ?? "https://zoom.us", apiURL = value("ZOOM_API_URL")
        // The client secret goes to the OAuth URL and the bearer token to the API URL: no
        // credential is handed out for a URL that would carry it in clear (CleartextPolicy).
        let urls: [(name: String, url: String?)] = [("ZOOM_OAUTH_URL", oauthURL), ("ZOOM_API_URL", apiURL)]
        let cleartext = urls.compactMap { name, url -> ConfigurationError? in
            guard let url, let refusal = CleartextPolicy.refusal(url) else { return nil }
            return ConfigurationError("\(name) \(refusal)")
        }.first
        var environment = RunEnvironment(
            databaseURL: value("DATABASE_URL"),
            oauthURL: oauthURL,
            apiURL: apiURL,
            http: http,
            credentials: { account in
                if let cleartext { throw cleartext }
                func required(_ variable: String, _ what: String) throws -> String {
                    guard let found = value(variable) else {
                        throw ConfigurationError("\(variable) is not set: the \(what) of Zoom account \(String(reflecting: account.name)) (a Server-to-Server OAuth app)")
                    }
                    return found
                }
                let accountId = try required(account.accountIdVariable, "account ID")
                let clientId = try required(account.clientIdVariable, "client ID")
                let clientSecret = try required(account.clientSecretVariable, "client secret")
                try AccountIDRule.check(accountId, variable: account.accountIdVariable, account: account.name, clientId: clientId, clientSecret: clientSecret)
                return ZoomCredentials(accountId: accountId, clientId: clientId, clientSecret: Secret(clientSecret))
            }
        )
        if let backoff { environment.backoffBase = backoff }
        if let bufferRows { environment.instanceBufferRows = bufferRows }
        environment.tuningError = tuningError
        return environment
    }
}

enum ZoomETLVersion {
    static let current = "0.1.0"
}
