import Foundation
import Synchronization

/// A value that must never be printed: client secrets, Basic credentials and access tokens.
///
/// Every textual form is redacted, so a secret interpolated into a log line or an error by
/// mistake shows as `<redacted>`. The value is read only where it is sent. Making one also
/// registers it with `Secret.scrub`, which takes it out of text Zoom or a proxy sends back.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    public let revealed: String

    public init(_ value: String) {
        revealed = value
        SecretRegistry.shared.register(value)
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }

    /// `text` with every secret this process holds replaced by `<redacted>`.
    ///
    /// Applied where foreign text enters: `ZoomError`'s construction, which every message from
    /// Zoom's bodies (or an echoing proxy's) goes through before anything logs, prints or stores
    /// it. A redacted `description` cannot help there: the text already holds the value itself.
    public static func scrub(_ text: String) -> String {
        SecretRegistry.shared.scrub(text)
    }
}

/// The secrets of this process, in the spellings an echo of a request may give them.
final class SecretRegistry: Sendable {
    static let shared = SecretRegistry()

    /// Shorter values are not scrubbed: replacing every "abc" would garble any message, and no
    /// real client secret or token is that short.
    static let minimumLength = 6

    /// Longest first, so a token is replaced whole before a shorter secret inside it.
    private let values = Mutex<[String]>([])

    func register(_ value: String) {
        guard value.count >= Self.minimumLength else { return }
        // As sent, percent-encoded (a query or form echo), with JSON's escaped slash (base64 has
        // '/'), and a JWT's signature alone (what survives a line cut short).
        var spellings = [value, value.formURLEncoded, value.replacingOccurrences(of: "/", with: "\\/")]
        if let signature = value.split(separator: ".").last, signature.count >= 16, signature.count < value.count {
            spellings.append(String(signature))
        }
        values.withLock { known in
            for spelling in spellings where !known.contains(spelling) {
                known.append(spelling)
            }
            known.sort { $0.count > $1.count }
        }
    }

    func scrub(_ text: String) -> String {
        let known = values.withLock { $0 }
        var result = text
        for value in known where result.contains(value) {
            result = result.replacingOccurrences(of: value, with: "<redacted>")
        }
        return result
    }
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
