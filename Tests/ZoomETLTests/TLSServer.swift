import Foundation
import Synchronization
import Testing

/// `openssl s_server` on a free loopback port with a fresh self-signed certificate: an HTTPS
/// host no CA vouches for.
///
/// The server is always ended, whatever way the test leaves: `stop()`, the last reference going
/// away, a failed start, or the test process exiting (an `atexit` handler). It may ignore
/// SIGTERM (see `grace`), so it gets SIGKILL after a grace period, and is reaped before `stop()`
/// returns.
final class TLSServer {
    let url: String
    /// The server's certificate, for the control run that trusts it (`CURL_CA_BUNDLE`).
    let certificate: URL
    private let process: Process
    private let directory: URL
    private var stopped = false

    /// The server's process ID (tests check it is gone after `stop()`).
    var pid: Int32 { process.processIdentifier }

    /// How long SIGTERM has before SIGKILL: a child inherits an ignored SIGTERM, and the test
    /// process ignores it once zoom-etl's signal handling ran in it (`SignalCancellation`).
    static let grace: Duration = .milliseconds(500)

    private init(url: String, certificate: URL, process: Process, directory: URL) {
        self.url = url
        self.certificate = certificate
        self.process = process
        self.directory = directory
    }

    deinit { stop() }

    static func start() async throws -> TLSServer {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zoom-etl-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let key = directory.appendingPathComponent("key.pem"), certificate = directory.appendingPathComponent("cert.pem")
        let request = try run(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.path, "-out", certificate.path,
                               "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])
        while request.isRunning { try await Task.sleep(for: .milliseconds(10)) }
        guard request.terminationStatus == 0 else {
            try? FileManager.default.removeItem(at: directory)
            throw TLSServerError("openssl req failed")
        }

        // Port 0 lets the server pick; it prints "ACCEPT 127.0.0.1:<port>".
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = ["s_server", "-accept", "127.0.0.1:0", "-cert", certificate.path, "-key", key.path, "-www"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        Running.shared.add(process.processIdentifier)
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
                // Keep draining, so the server never blocks on a full pipe; ends when it exits.
                while !output.fileHandleForReading.availableData.isEmpty {}
            }.start()
        }
        guard let port, Int(port) != nil else {
            end(process)
            Running.shared.remove(process.processIdentifier)
            try? FileManager.default.removeItem(at: directory)
            throw TLSServerError("openssl s_server did not say which port it listens on")
        }
        return TLSServer(url: "https://127.0.0.1:\(port)", certificate: certificate, process: process, directory: directory)
    }

    /// Ends the server (SIGTERM, then SIGKILL after `grace`), reaps it and removes its files.
    /// Idempotent.
    func stop() {
        guard !stopped else { return }
        stopped = true
        Self.end(process)
        Running.shared.remove(process.processIdentifier)
        try? FileManager.default.removeItem(at: directory)
    }

    private static func end(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = ContinuousClock.now + grace
        while process.isRunning && ContinuousClock.now < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
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

    /// The servers alive now, killed when the test process exits with one still running.
    private final class Running: Sendable {
        static let shared = Running()
        private let pids = Mutex<Set<Int32>>([])

        private init() {
            atexit { TLSServer.Running.shared.killAll() }
        }

        func add(_ pid: Int32) { pids.withLock { _ = $0.insert(pid) } }
        func remove(_ pid: Int32) { pids.withLock { _ = $0.remove(pid) } }

        func killAll() {
            for pid in pids.withLock({ $0 }) { kill(pid, SIGKILL) }
        }
    }
}

struct TLSServerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
