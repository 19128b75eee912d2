import Foundation
import Testing

/// `openssl s_server` on a free loopback port with a fresh self-signed certificate: an HTTPS
/// host no CA vouches for.
struct TLSServer {
    let url: String
    /// The server's certificate, for the control run that trusts it (`CURL_CA_BUNDLE`).
    let certificate: URL
    private let process: Process
    private let directory: URL

    static func start() async throws -> TLSServer {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zoom-etl-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let key = directory.appendingPathComponent("key.pem"), certificate = directory.appendingPathComponent("cert.pem")
        let request = try run(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.path, "-out", certificate.path,
                               "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])
        while request.isRunning { try await Task.sleep(for: .milliseconds(10)) }
        guard request.terminationStatus == 0 else { throw TLSServerError("openssl req failed") }

        // Port 0 lets the server pick; it prints "ACCEPT 127.0.0.1:<port>".
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        server.arguments = ["s_server", "-accept", "127.0.0.1:0", "-cert", certificate.path, "-key", key.path, "-www"]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        server.standardInput = FileHandle.nullDevice
        try server.run()
        let port = await withCheckedContinuation { (continuation: CheckedContinuation<String?, Never>) in
            Thread {
                var text = ""
                while !text.contains("\n") || !text.contains("ACCEPT") {
                    let data = output.fileHandleForReading.availableData
                    if data.isEmpty { break }
                    text += String(decoding: data, as: UTF8.self)
                }
                let line = text.split(separator: "\n").first { $0.hasPrefix("ACCEPT") }
                continuation.resume(returning: line?.split(separator: ":").last.map(String.init))
                // Keep draining, so the server never blocks on a full pipe.
                while !output.fileHandleForReading.availableData.isEmpty {}
            }.start()
        }
        guard let port, Int(port) != nil else {
            server.terminate()
            throw TLSServerError("openssl s_server did not say which port it listens on")
        }
        return TLSServer(url: "https://127.0.0.1:\(port)", certificate: certificate, process: server, directory: directory)
    }

    func stop() {
        process.terminate()
        try? FileManager.default.removeItem(at: directory)
    }

    private static func run(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

struct TLSServerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
