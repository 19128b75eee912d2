import Foundation
import Records

extension ZoomError: Recoverable {
    /// The recovery for this error, wherever it was raised: the whole of Zoom's error model
    /// (zoom-api.md §6, §8) in one switch.
    public var recovery: Recovery {
        switch kind {
        case .oauth:
            return .fatal(.credentials)
        case .api(let status, let code, let message):
            // Another 401 refuses a token Zoom just issued: nothing the operator's settings explain.
            if status == 401 { return code == 124 ? .renewToken : .fatal(.failure) }
            if status == 429 || status >= 500 { return .retry }
            if Self.refusesThePlan(status: status, code: code, message: message) { return .skipStream }
            // "Invalid access token, does not contain scopes": the app's to fix, not the instance's.
            if code == 4700 || code == 4711 { return .fatal(.missingScope) }
            if status == 400, code == 300, Self.namesAnExpiredToken(message) { return .restartListing }
            if status == 404, code == 3001 { return .instanceGone }
            return .failInstance
        case .graphQL(let code, let message):
            if code == "300" || Self.namesAnExpiredToken(message) { return .restartListing }
            if code == "THROTTLED" || code == "429" { return .retry }
            if code == "200" || code == "FORBIDDEN" { return .skipStream }
            if code == "UNAUTHORIZED_SCOPE" { return .fatal(.missingScope) }
            return .fatal(.failure)
        case .transport(let error):
            if case .bodyTooLarge = error.kind { return .failInstance }
            return error.isTransient ? .retry : .fatal(.failure)
        case .brokenBody:
            return .retry
        case .decoding, .endlessListing:
            return .failInstance
        case .quotaSpent, .rateLimited, .waitTooLong:
            return .tryLater
        case .retriesExhausted:
            return .failInstance
        case .cleartext:
            // A token response naming an http host is Zoom's (or a proxy's) doing, not a setting.
            return .fatal(.failure)
        }
    }

    /// "The next page token is invalid or expired" and its GraphQL twin for cursors.
    private static func namesAnExpiredToken(_ message: String) -> Bool {
        (message.localizedCaseInsensitiveContains("token") || message.localizedCaseInsensitiveContains("cursor"))
            && (message.localizedCaseInsensitiveContains("expired") || message.localizedCaseInsensitiveContains("invalid"))
    }
}
