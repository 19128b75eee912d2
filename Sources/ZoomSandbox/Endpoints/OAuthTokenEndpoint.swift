import Foundation
import Hummingbird

/// `POST /oauth/token` with `grant_type=account_credentials`: Server-to-Server OAuth (zoom-api.md §1).
enum OAuthTokenEndpoint {
    static let route = SandboxRoute(.post, "/oauth/token", access: .open, handler: handle)

    struct TokenBody: Encodable {
        let access_token: String
        let token_type: String
        let expires_in: Int
        let scope: String
        let api_url: String
    }

    @Sendable static func handle(_ request: EndpointRequest) async throws -> SandboxResponse {
        // Zoom takes the parameters "either as query parameters or in the request body using the
        // x-www-form-urlencoded format" (zoom-api.md §1); the query wins when both carry one.
        let parameters = request.query.merging(request.form)
        let configuration = request.state.configuration

        guard let (clientId, clientSecret) = basicCredentials(request.headers[.authorization]),
              let account = configuration.accounts.first(where: { $0.clientId == clientId }),
              account.clientSecret == clientSecret
        else {
            return .oauthError(reason: "Invalid client_id or client_secret", error: "invalid_client")
        }
        guard parameters["grant_type"] == "account_credentials" else {
            return .oauthError(reason: "unsupported grant type", error: "unsupported_grant_type")
        }
        // UNCONFIRMED (zoom-api.md §1): Zoom's body for a missing or foreign account_id is not
        // documented. The sandbox answers 400 in the OAuth shape below; clients must treat any
        // 400 from the token endpoint as a credentials problem.
        guard parameters["account_id"] == account.accountId else {
            return .oauthError(reason: "Invalid account_id", error: "invalid_request")
        }

        let expiresAt = request.now.addingTimeInterval(configuration.tokenLifetime.timeInterval)
        let token = request.state.tokens.issue(accountId: account.accountId, clientId: clientId, now: request.now, expiresAt: expiresAt)
        let apiURL = request.state.baseURL?.absoluteString ?? ""
        return .json(TokenBody(
            access_token: token, token_type: "bearer",
            expires_in: Int(configuration.tokenLifetime.timeInterval.rounded(.down)),
            scope: account.scopes.joined(separator: " "), api_url: apiURL
        ))
    }

    /// `Authorization: Basic base64(client_id:client_secret)`.
    static func basicCredentials(_ header: String?) -> (String, String)? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "basic",
              let data = Data(base64Encoded: String(parts[1]).trimmingCharacters(in: .whitespaces)),
              let decoded = String(data: data, encoding: .utf8),
              let colon = decoded.firstIndex(of: ":")
        else { return nil }
        return (String(decoded[..<colon]), String(decoded[decoded.index(after: colon)...]))
    }
}
