import Foundation
import Testing

/// Finding 14 (its leftover) of issue 11: the suite leaves nothing running. The TLS helper's
/// `openssl s_server` inherits an ignored SIGTERM once zoom-etl's signal handling ran in the
/// test process, so `stop()` must end it all the same, and so must every other way out.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"), "needs /usr/bin/openssl"))
struct TLSServerTests {
    /// Whether a process with this ID still exists (a zombie counts: it was not reaped).
    static func exists(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    @Test func stopEndsAServerThatIgnoresSIGTERM() async throws {
        // An ignored signal stays ignored across exec: the server starts as it does in the suite.
        let previous = signal(SIGTERM, SIG_IGN)
        let server: TLSServer
        do {
            defer { signal(SIGTERM, previous) }
            server = try await TLSServer.start()
        }
        let pid = server.pid
        #expect(Self.exists(pid))
        let started = ContinuousClock.now
        server.stop()
        #expect(!Self.exists(pid), "openssl s_server \(pid) outlived stop()")
        #expect(started.duration(to: .now) < .seconds(5))
        server.stop()  // idempotent
    }

    @Test func droppingTheLastReferenceEndsTheServer() async throws {
        var pid: Int32 = 0
        do {
            let server = try await TLSServer.start()
            pid = server.pid
            #expect(Self.exists(pid))
        }
        #expect(!Self.exists(pid), "openssl s_server \(pid) outlived its TLSServer")
    }
}
