import Foundation
import Testing
import TestSupport
import ZoomSandbox

@Suite("Starting and stopping")
struct ZoomSandboxTests {
    @Test("start binds a free loopback port and shutdown closes it")
    func lifecycle() async throws {
        let sandbox = ZoomSandbox(SandboxConfiguration())
        let url = try await sandbox.start()
        #expect(url.host == "127.0.0.1")
        #expect((url.port ?? 0) > 0)
        #expect(try await HTTPTestClient.requestToken(url).status == 200)
        await sandbox.shutdown()
        await sandbox.shutdown()  // idempotent
        await #expect(throws: (any Error).self) {
            _ = try await HTTPTestClient.requestToken(url)
        }
    }

    @Test("sandboxes run side by side on their own ports with their own state")
    func sideBySide() async throws {
        try await withSandbox { first, firstURL in
            try await withSandbox { second, secondURL in
                #expect(firstURL != secondURL)
                _ = try await HTTPTestClient.requestToken(secondURL)
                #expect(first.requestLog.isEmpty)
                #expect(second.requestLog.count == 1)
            }
        }
    }

    @Test("a port in use is an error, not a hang")
    func portInUse() async throws {
        try await withSandbox { _, url in
            let clash = ZoomSandbox(SandboxConfiguration(port: url.port!))
            await #expect(throws: (any Error).self) {
                _ = try await clash.start()
            }
        }
    }

    @Test("run serves until cancelled and reports its URL")
    func runUntilCancelled() async throws {
        let sandbox = ZoomSandbox(SandboxConfiguration())
        let (ready, continuation) = AsyncStream.makeStream(of: URL.self)
        let server = Task { try await sandbox.run { continuation.yield($0) } }
        var iterator = ready.makeAsyncIterator()
        let url = try #require(await iterator.next())
        #expect(try await HTTPTestClient.requestToken(url).status == 200)
        server.cancel()
        _ = await server.result
    }
}
