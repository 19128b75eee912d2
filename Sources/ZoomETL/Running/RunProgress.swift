import Extractors
import Foundation
import Records
import Synchronization

/// What a run has done so far, per stream, for the live progress display.
///
/// The loaders report into it as they commit; the display reads snapshots from another task.
/// Requests and rate-limit waits come from the account's client: streams run one after another,
/// so a stream's share is what the client counted since the stream began.
final class RunProgress: Sendable {
    /// What a stream counts its work in.
    enum Unit: String, Sendable {
        /// Report streams: days of the range, done once the checkpoint passed them.
        case days
        /// Per-instance streams: meeting instances committed (done or recorded as failed).
        case instances
        /// The users snapshot: pages of an unknown total.
        case pages
    }

    enum Phase: Sendable, Equatable {
        case waiting, running, done, skipped, failed
    }

    struct Stream: Sendable {
        let name: StreamName
        var phase = Phase.waiting
        var unit = Unit.days
        var done = 0
        var total: Int?
        var rows = 0
        var requests = 0
        var rateLimitWait = Duration.zero
        var started: ContinuousClock.Instant?
        var ended: ContinuousClock.Instant?
        /// Client counters when the stream began, to take its share from the running totals.
        var requestsAtStart = 0
        var waitAtStart = Duration.zero

        var elapsed: Duration? {
            started.map { (ended ?? .now) - $0 }
        }

        /// Units per second since the stream began; nil until there is something to divide.
        var rate: Double? { done > 0 ? perSecond(done) : nil }

        /// Rows per second since the stream began; nil for the first half second, which says nothing.
        var rowsPerSecond: Double? { perSecond(rows) }

        private func perSecond(_ count: Int) -> Double? {
            guard let elapsed, elapsed > .milliseconds(500) else { return nil }
            return Double(count) * 1000 / Double(elapsed.milliseconds)
        }

        /// The time left at the rate so far; nil without a known total or a rate.
        var remaining: Duration? {
            guard phase == .running, let total, let rate, rate > 0 else { return nil }
            return .seconds(Double(max(0, total - done)) / rate)
        }
    }

    struct Snapshot: Sendable {
        var account: String
        var runId: Int64?
        var started: ContinuousClock.Instant
        var streams: [Stream]
    }

    private let state: Mutex<Snapshot>
    private let client = Mutex<ZoomClient?>(nil)

    init(account: String, streams: [StreamName]) {
        state = Mutex(Snapshot(account: account, runId: nil, started: .now, streams: streams.map { Stream(name: $0) }))
    }

    func attach(client: ZoomClient, runId: Int64) {
        self.client.withLock { $0 = client }
        state.withLock { $0.runId = runId }
    }

    /// The stream starts; its loader says the total with `expect` once it knows it.
    func begin(_ name: StreamName, unit: Unit) {
        let (requests, wait) = clientTotals()
        update(name) {
            $0.phase = .running
            $0.unit = unit
            $0.started = .now
            $0.requestsAtStart = requests
            $0.waitAtStart = wait
        }
    }

    /// Sets the units the stream has to do, once its loader knows.
    func expect(_ name: StreamName, total: Int) {
        update(name) { $0.total = total }
    }

    /// Sets how many units are done (a report stream's days through its checkpoint).
    func reached(_ name: StreamName, done: Int, rows: Int) {
        update(name) {
            $0.done = max($0.done, done)
            $0.rows += rows
        }
    }

    /// Adds units done (instances or pages committed).
    func advance(_ name: StreamName, by units: Int, rows: Int) {
        update(name) {
            $0.done += units
            $0.rows += rows
        }
    }

    func end(_ name: StreamName, _ phase: Phase) {
        let totals = clientTotals()
        update(name) {
            Self.takeShare(of: totals, into: &$0)
            $0.phase = phase
            $0.ended = .now
        }
    }

    /// The state now, with the running stream's requests and waits brought up to date.
    func snapshot() -> Snapshot {
        let totals = clientTotals()
        return state.withLock { snapshot in
            for index in snapshot.streams.indices where snapshot.streams[index].phase == .running {
                Self.takeShare(of: totals, into: &snapshot.streams[index])
            }
            return snapshot
        }
    }

    private func update(_ name: StreamName, _ change: (inout Stream) -> Void) {
        state.withLock { snapshot in
            guard let index = snapshot.streams.firstIndex(where: { $0.name == name }) else { return }
            change(&snapshot.streams[index])
        }
    }

    private func clientTotals() -> (requests: Int, wait: Duration) {
        guard let client = client.withLock({ $0 }) else { return (0, .zero) }
        return (client.requestsSent.values.reduce(0, +), client.rateLimitWait)
    }

    private static func takeShare(of totals: (requests: Int, wait: Duration), into stream: inout Stream) {
        stream.requests = totals.requests - stream.requestsAtStart
        stream.rateLimitWait = totals.wait - stream.waitAtStart
    }
}

extension CatalogStream {
    /// What the stream's reading plans in is what its progress counts.
    var progressUnit: RunProgress.Unit {
        switch declaration.reading {
        case .reportDays: .days
        case .perParent: .instances
        case .snapshot: .pages
        }
    }
}
