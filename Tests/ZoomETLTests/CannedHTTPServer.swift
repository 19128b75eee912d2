import Foundation
import Synchronization

/// A tiny hostile HTTP server on a free loopback port that answers every request with one
/// canned response, for what the sandbox cannot express (a token response naming any `api_url`).
/// Records each request's first line and headers.
final class CannedHTTPServer: Sendable {
    let url: String
    private let listener: Int32
    private let seen = Mutex<[String]>([])
    private let done = Mutex(false)

    /// Requests so far: the request line and headers of each.
    var requests: [String] { seen.withLock { $0 } }

    init(status: String = "200 OK", contentType: String = "application/json", body: String) throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw TLSServerError("socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) == 0 && getsockname(listener, $0, &length) == 0 }
        }
        guard bound, listen(listener, 16) == 0 else {
            close(listener)
            throw TLSServerError("bind() or listen() failed")
        }
        self.listener = listener
        self.url = "http://127.0.0.1:\(UInt16(bigEndian: address.sin_port))"
        let response = Array("HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)".utf8)
        Thread { [self] in serve(response) }.start()
    }

    deinit { stop() }

    func stop() {
        guard done.withLock({ was in defer { was = true }; return !was }) else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func serve(_ response: [UInt8]) {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            var request: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            // The head, then whatever body Content-Length promises (a form of a few bytes).
            while !request.containsHeadEnd {
                let count = read(connection, &buffer, buffer.count)
                guard count > 0 else { break }
                request += buffer[..<count]
            }
            let head = String(decoding: request, as: UTF8.self).components(separatedBy: "\r\n\r\n").first ?? ""
            seen.withLock { $0.append(head) }
            _ = response.withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
            shutdown(connection, Int32(SHUT_WR))
            while read(connection, &buffer, buffer.count) > 0 {}
            close(connection)
        }
    }
}

private extension [UInt8] {
    var containsHeadEnd: Bool {
        count >= 4 && indices.dropLast(3).contains { self[$0] == 13 && self[$0 + 1] == 10 && self[$0 + 2] == 13 && self[$0 + 3] == 10 }
    }
}
