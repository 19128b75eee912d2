import Foundation

/// An HTTP request the client sends: the method, an absolute URL, headers and an optional body.
public struct HTTPRequest: Sendable {
    public enum Method: String, Sendable { case get = "GET", post = "POST" }

    public var method: Method
    public var url: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]?

    public init(method: Method = .get, url: String, headers: [(name: String, value: String)] = [], body: [UInt8]? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// What came back: the final status, its headers (names compared case-insensitively) and the body.
public struct HTTPResponse: Sendable {
    public let status: Int
    public let headers: [(name: String, value: String)]
    /// Charged to the process's body budget until the last reference to it is gone (`BodyBudget`).
    public let body: Data
    /// The HTTP version curl negotiated, e.g. "2" or "1.1".
    public let httpVersion: String

    public init(status: Int, headers: [(name: String, value: String)], body: Data, httpVersion: String = "1.1") {
        self.status = status
        self.headers = headers
        self.body = body
        self.httpVersion = httpVersion
    }

    public init(status: Int, headers: [(name: String, value: String)], body: [UInt8], httpVersion: String = "1.1") {
        self.init(status: status, headers: headers, body: Data(body), httpVersion: httpVersion)
    }

    /// The first header with this name, ignoring case (HTTP/2 sends them lowercased).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// Settings for the one HTTP client of a process.
public struct HTTPClientConfiguration: Sendable {
    public var connectTimeout: Duration
    /// The whole transfer, connect included; a stalled server fails here rather than hanging a run.
    public var totalTimeout: Duration
    /// A PEM bundle for a private CA (from `CURL_CA_BUNDLE` / `SSL_CERT_FILE`); verification itself is never off.
    public var caBundlePath: String?
    public var userAgent: String
    /// A larger body aborts the transfer: no page of Zoom's is anywhere near it.
    public var maxBodyBytes: Int
    /// The bodies being received at once, across every transfer of the process (`BodyBudget`):
    /// past it, new requests wait and running ones pause. One transfer may overdraw it by up
    /// to `maxBodyBytes`, so a single large answer never waits for ever.
    public var bodyBudgetBytes = 256 << 20

    public init(connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(120), caBundlePath: String? = nil,
                userAgent: String = "zoom-etl", maxBodyBytes: Int = 64 << 20) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.caBundlePath = caBundlePath
        self.userAgent = userAgent
        self.maxBodyBytes = maxBodyBytes
    }
}

extension Duration {
    /// Whole milliseconds, for logs and progress.
    public var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
