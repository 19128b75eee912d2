import Foundation
import Synchronization

/// Access tokens the sandbox issued, each bound to one account.
final class TokenStore: Sendable {
    enum Validation: Equatable {
        case valid(accountId: String)
        case expired
        /// Unknown, malformed, missing or revoked.
        case invalid
    }

    private struct Issued {
        let accountId: String
        let expiresAt: Date
    }

    private let issued = Mutex<[String: Issued]>([:])
    /// Every token ever issued, revoked ones included, oldest first: what a leak test looks for.
    private let history = Mutex<[String]>([])

    /// A new token for `accountId`, valid until `expiresAt` on the sandbox clock.
    ///
    /// Zoom's S2S tokens are JWTs (zoom-api.md §1); clients must treat them as opaque, so this
    /// one is JWT-shaped (three base64url parts) but only the sandbox's table gives it meaning.
    func issue(accountId: String, clientId: String, now: Date, expiresAt: Date) -> String {
        let header = #"{"alg":"HS512","v":"2.0","kid":"sandbox"}"#
        let payload = """
            {"aud":"https://oauth.zoom.us","uid":"\(UUID().uuidString)","ver":10,"auid":"\(accountId)",\
            "nbf":\(Int(now.timeIntervalSince1970)),"iss":"zm:cid:\(clientId)","gno":0,"exp":\(Int(expiresAt.timeIntervalSince1970)),\
            "iat":\(Int(now.timeIntervalSince1970)),"aid":"\(accountId)"}
            """
        var generator = SystemRandomNumberGenerator()
        let signature = (0..<64).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let token = [Data(header.utf8), Data(payload.utf8), Data(signature)].map(TokenStore.base64URL).joined(separator: ".")
        issued.withLock { $0[token] = Issued(accountId: accountId, expiresAt: expiresAt) }
        history.withLock { $0.append(token) }
        return token
    }

    func validate(_ token: String?, now: Date) -> Validation {
        guard let token, !token.isEmpty else { return .invalid }
        guard let entry = issued.withLock({ $0[token] }) else { return .invalid }
        return now >= entry.expiresAt ? .expired : .valid(accountId: entry.accountId)
    }

    var everIssued: [String] { history.withLock { $0 } }

    /// Forgets every token: each now answers 401 "Invalid access token.", as after an app is deactivated.
    func revokeAll() {
        issued.withLock { $0.removeAll() }
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
