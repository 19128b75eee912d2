import Foundation
import Records
import TestSupport
import ZoomSandbox

/// Shorthands for the endpoint tests: raw paths (so encodings reach the sandbox untouched) and paging.
enum ZoomTestClient {
    enum Failure: Error {
        case badStatus(Int, String)
        case missingField(String)
    }

    /// The account every endpoint test reads, its plan Business, its zone New York.
    static let account = SandboxAccount.demo.accountId

    /// A Wednesday, 10:00 in New York: the clock of most endpoint tests.
    static let now = "2026-11-25T15:00:00Z"

    /// `GET {base}/{rawPath}?query`: `rawPath` is sent exactly as given (percent-escapes included).
    static func get(_ base: URL, raw rawPath: String, query: [(String, String)] = [], token: String?) async throws -> HTTPReply {
        var components = URLComponents()
        components.queryItems = query.isEmpty ? nil : query.map { URLQueryItem(name: $0.0, value: $0.1) }
        let queryString = components.percentEncodedQuery.map { "?" + $0.replacingOccurrences(of: "+", with: "%2B") } ?? ""
        guard let url = URL(string: base.absoluteString + rawPath + queryString) else { throw Failure.missingField(rawPath) }
        return try await HTTPTestClient.send("GET", url, headers: token.map { ["Authorization": "Bearer \($0)"] } ?? [:])
    }

    /// Follows `next_page_token` from the first page to the one whose token is "", collecting `field`.
    static func allPages(_ base: URL, raw rawPath: String, query: [(String, String)] = [], token: String,
                         field: String) async throws -> (items: [[String: Any]], pages: Int) {
        var items: [[String: Any]] = [], pages = 0, next = ""
        repeat {
            let reply = try await get(base, raw: rawPath, query: query + (next.isEmpty ? [] : [("next_page_token", next)]), token: token)
            guard reply.status == 200 else { throw Failure.badStatus(reply.status, String(decoding: reply.body, as: UTF8.self)) }
            let body = try reply.json()
            guard let page = body[field] as? [[String: Any]], let token = body["next_page_token"] as? String else {
                throw Failure.missingField(field)
            }
            items += page
            pages += 1
            next = token
        } while !next.isEmpty
        return (items, pages)
    }

    /// `+`, `/` and `=` percent-encoded: how a UUID travels in a path.
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed)!
    }

    /// Zoom's double encoding, for UUIDs that start with `/` or contain `//` (zoom-api.md §5).
    static func doubleEncode(_ uuid: String) -> String {
        encode(encode(uuid))
    }

    /// Encoded as Zoom demands: twice when required, else once.
    static func pathUUID(_ uuid: String) -> String {
        uuid.hasPrefix("/") || uuid.contains("//") ? doubleEncode(uuid) : encode(uuid)
    }

    /// The JSON round trip of an encodable ground-truth value, for comparing with a served object.
    static func json(_ value: some Encodable) throws -> [String: Any] {
        let encoder = JSONEncoder()
        let data = try encoder.encode(value)
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// Whether two JSON objects are equal: their canonical serialisations (sorted keys) are.
    static func same(_ lhs: [String: Any], _ rhs: [String: Any]) -> Bool {
        let canonical = { (object: [String: Any]) in
            try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        }
        return canonical(lhs) != nil && canonical(lhs) == canonical(rhs)
    }

    static func day(_ iso: String) -> CivilDate {
        CivilDate(iso: iso)!
    }
}
