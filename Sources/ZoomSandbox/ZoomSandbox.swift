import Foundation
import Hummingbird
import Logging
import Records
import ServiceLifecycle
import Synchronization

/// An imitation of the parts of Zoom's API zoom-etl uses, over deterministic synthetic accounts.
///
/// It serves OAuth at `{base}/oauth/token`, REST at `{base}/v2/...` (`SandboxRoutes` lists the
/// endpoints) and GraphQL at `{base}/v3/graphql` on loopback. It is the test double of every
/// integration test and the Zoom behind `zoom-etl demo`. Fault and entitlement knobs and
/// ground-truth shortcuts are in `ZoomSandbox+Knobs.swift`. It never imports
/// Extractors, so it cannot share our client's misreadings of Zoom (STYLE.md §1).
public final class ZoomSandbox: Sendable {
    public let configuration: SandboxConfiguration
    let state: SandboxState
    private let server = Mutex<Task<Void, any Error>?>(nil)
    /// What `shutdown` stops gracefully: cancelling the serving task instead can trap in NIO
    /// ("Deinited NIOAsyncWriter without calling finish()") when an accepted connection is still
    /// waiting to be served, as happens when a client hangs up on a slow answer.
    private let services = Mutex<ServiceGroup?>(nil)

    public init(_ configuration: SandboxConfiguration = SandboxConfiguration()) {
        self.configuration = configuration
        state = SandboxState(configuration: configuration)
    }

    deinit {
        server.withLock { $0?.cancel() }
    }

    /// Binds, serves in the background, and returns the base URL (e.g. `http://127.0.0.1:51234`).
    public func start() async throws -> URL {
        let (ready, readyContinuation) = AsyncStream.makeStream(of: URL.self)
        let application = makeApplication { url in
            readyContinuation.yield(url)
            readyContinuation.finish()
        }
        let group = ServiceGroup(configuration: .init(services: [application], logger: configuration.logger))
        services.withLock { $0 = group }
        let task = Task<Void, any Error> {
            defer { readyContinuation.finish() }
            try await group.run()
        }
        let previous = server.withLock { server in
            defer { server = task }
            return server
        }
        precondition(previous == nil, "ZoomSandbox.start() called while already running")
        for await url in ready {
            return url
        }
        // The server stopped before it listened: surface its error (a bind failure, say).
        server.withLock { $0 = nil }
        try await task.value
        throw SandboxError.notListening
    }

    /// Stops serving; returns once the listening socket is closed. Safe to call more than once.
    public func shutdown() async {
        guard let task = server.withLock({ server in defer { server = nil }; return server }) else { return }
        if let group = services.withLock({ group in defer { group = nil }; return group }) {
            await group.triggerGracefulShutdown()
        } else {
            task.cancel()
        }
        _ = await task.result
    }

    /// Serves until SIGINT or SIGTERM, then shuts down gracefully (for `zoom-etl sandbox`).
    public func run(onReady: @escaping @Sendable (URL) -> Void) async throws {
        try await makeApplication(onReady: onReady).runService()
    }

    /// Every request answered so far, oldest first.
    public var requestLog: [SandboxRequest] { state.log.all }

    public func clearRequestLog() {
        state.log.clear()
    }

    /// The sandbox clock's current time.
    public var now: Date { configuration.now() }

    /// The model the endpoints serve `accountId` from, with its current revisions. It has a memo
    /// of its own: a test comparing served data with it checks the endpoints' memo too.
    public func groundTruth(accountId: String) -> SyntheticAccount {
        state.model(accountId: accountId).withOwnMemo()
    }

    /// Late-arriving data: from the next read on, `day` has more meetings, so all its daily figures change.
    public func reviseDailyUsage(accountId: String, day: CivilDate) {
        state.revise(accountId: accountId, day: day)
    }

    /// Every token issued so far now answers 401 code 124 "Invalid access token.".
    public func revokeTokens() {
        state.tokens.revokeAll()
    }

    /// Answers the next `count` requests whose path starts with `prefix` with `status` and Zoom's
    /// `{"code":code,"message":message}`, before authentication and without spending rate budget.
    public func failNext(_ count: Int, path prefix: String, status: Int, code: Int, message: String) {
        state.faults.add(.init(pathPrefix: prefix, remaining: count, status: status, code: code, message: message))
    }

    private func makeApplication(onReady: @escaping @Sendable (URL) -> Void) -> some ApplicationProtocol {
        let state = self.state
        let host = configuration.host
        return Application(
            responder: SandboxResponder(state: state, routes: SandboxRoutes.all),
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port), serverName: "ZoomSandbox"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let authority = host.contains(":") ? "[\(host)]" : host
                let url = URL(string: "http://\(authority):\(port)")!
                state.baseURL = url
                onReady(url)
            },
            logger: configuration.logger
        )
    }
}

/// Why the sandbox could not serve.
public enum SandboxError: Error, CustomStringConvertible {
    case notListening

    public var description: String {
        switch self {
        case .notListening: return "The Zoom sandbox stopped before it was listening."
        }
    }
}
