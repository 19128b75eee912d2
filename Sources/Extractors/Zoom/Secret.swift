/// A value that must never be printed: client secrets and access tokens.
///
/// Every textual form is redacted, so a secret interpolated into a log line or an error by
/// mistake shows as `<redacted>`. The value is read only where it is sent.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    public let revealed: String

    public init(_ value: String) {
        revealed = value
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
}

/// What Server-to-Server OAuth needs to mint tokens for one account.
public struct ZoomCredentials: Sendable {
    public let accountId: String
    public let clientId: String
    public let clientSecret: Secret

    public init(accountId: String, clientId: String, clientSecret: Secret) {
        self.accountId = accountId
        self.clientId = clientId
        self.clientSecret = clientSecret
    }
}
