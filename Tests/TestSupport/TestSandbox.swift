import Foundation
import Synchronization
import ZoomSandbox

/// Runs `body` against a fresh Zoom sandbox on a free loopback port, and always shuts it down.
///
/// `body` gets the sandbox (ground truth, request log, fault knobs) and its base URL: OAuth at
/// `{url}/oauth/token`, REST at `{url}/v2/...`.
public func withSandbox<T>(
    _ configuration: SandboxConfiguration = SandboxConfiguration(),
    isolation: isolated (any Actor)? = #isolation,
    _ body: (ZoomSandbox, URL) async throws -> T
) async throws -> T {
    let sandbox = ZoomSandbox(configuration)
    let url = try await sandbox.start()
    do {
        let result = try await body(sandbox, url)
        await sandbox.shutdown()
        return result
    } catch {
        await sandbox.shutdown()
        throw error
    }
}

/// A wall clock tests set and advance, for `SandboxConfiguration.now`.
///
/// ```
/// let clock = ManualClock(at: "2026-11-25T15:00:00Z")
/// try await withSandbox(SandboxConfiguration(now: clock.read)) { sandbox, url in ... clock.advance(by: .seconds(3601)) ... }
/// ```
public final class ManualClock: Sendable {
    private let current: Mutex<Date>

    public init(_ start: Date) {
        current = Mutex(start)
    }

    /// Starts at an ISO-8601 instant such as `2026-11-25T15:00:00Z`.
    public convenience init(at iso8601: String) {
        guard let date = ISO8601DateFormatter().date(from: iso8601) else {
            preconditionFailure("not an ISO-8601 instant: \(iso8601)")
        }
        self.init(date)
    }

    public var now: Date { current.withLock { $0 } }

    /// The clock as the closure `SandboxConfiguration.now` takes.
    public var read: @Sendable () -> Date { { self.now } }

    public func advance(by duration: Duration) {
        let (seconds, attoseconds) = duration.components
        current.withLock { $0 = $0.addingTimeInterval(Double(seconds) + Double(attoseconds) / 1e18) }
    }

    public func set(_ date: Date) {
        current.withLock { $0 = date }
    }
}

extension SandboxConfiguration {
    /// The same configuration with Zoom's clock stopped now, so ground truth read after a run
    /// equals what the run read: a meeting still running past midnight would otherwise change
    /// yesterday's figures between the two (late data, which the lookback exists for).
    public func frozen() -> SandboxConfiguration {
        var configuration = self
        let instant = now()
        configuration.now = { instant }
        return configuration
    }
}
