import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ZoomSandbox

/// One HTTP exchange with the sandbox, as a client sees it.
struct HTTPReply: Sendable {
    let status: Int
    /// Header names lowercased.
    let headers: [String: String]
    let body: Data

    func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// The body as a JSON object.
    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw HTTPTestClient.Failure.notAnObject(String(decoding: body, as: UTF8.self))
        }
        return object
    }
}

/// A tiny real-HTTP client for the sandbox tests (URLSession, nothing of zoom-etl's client).
enum HTTPTestClient {
    enum Failure: Error {
        case notHTTP
        case notAnObject(String)
        case noToken(Int, String)
    }

    static func send(_ method: String, _ url: URL, headers: [String: String] = [:], body: Data? = nil) async throws -> HTTPReply {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers {
            request.setValue(value, forHTTPHeaderField: name)
        }
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw Failure.notHTTP }
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            fields[String(describing: name).lowercased()] = String(describing: value)
        }
        return HTTPReply(status: http.statusCode, headers: fields, body: data)
    }

    /// `GET {base}{path}?query` with a bearer token.
    static func get(_ base: URL, _ path: String, query: [(String, String)] = [], token: String?) async throws -> HTTPReply {
        var components = URLComponents(url: base.appendingPathComponent(path), resolvingAgainstBaseURL: false)!
        if !query.isEmpty {
            components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) }
        }
        return try await send("GET", components.url!, headers: token.map { ["Authorization": "Bearer \($0)"] } ?? [:])
    }

    static func basic(_ clientId: String, _ clientSecret: String) -> String {
        "Basic " + Data("\(clientId):\(clientSecret)".utf8).base64EncodedString()
    }

    /// Requests an S2S token with the parameters in the query string.
    static func requestToken(_ base: URL, account: SandboxAccount = .demo) async throws -> HTTPReply {
        var components = URLComponents(url: base.appendingPathComponent("oauth/token"), resolvingAgainstBaseURL: false)!
        components.queryItems = [
            URLQueryItem(name: "grant_type", value: "account_credentials"),
            URLQueryItem(name: "account_id", value: account.accountId),
        ]
        return try await send("POST", components.url!, headers: ["Authorization": basic(account.clientId, account.clientSecret)])
    }

    /// A valid access token for `account`.
    static func token(_ base: URL, account: SandboxAccount = .demo) async throws -> String {
        let reply = try await requestToken(base, account: account)
        guard reply.status == 200, let token = try reply.json()["access_token"] as? String else {
            throw Failure.noToken(reply.status, String(decoding: reply.body, as: UTF8.self))
        }
        return token
    }
}

extension Date {
    /// Test shorthand: `Date(iso: "2026-11-25T15:00:00Z")`.
    init(iso: String) {
        self = ISO8601DateFormatter().date(from: iso)!
    }
}
