import Synchronization

/// One memory budget for the response bodies being received, across every transfer of the process.
///
/// A fan-out of 40 instances whose answers are 60 MB each held 1.9 GB of bodies at once (issue
/// 11, finding 7). Now a new transfer is admitted only while the budget is not spent, and a
/// transfer whose next bytes would overspend it is paused (curl keeps the bytes it refused)
/// until another finishes. One transfer at a time may overdraw, so a body larger than what is
/// left always completes and nothing waits for ever: bodies in flight stay under the budget
/// plus one `maxBodyBytes`.
///
/// Touched only on the multi loop's thread, where curl's callbacks run too; the peak is kept
/// behind a lock for tests and the benchmark.
final class BodyBudget: @unchecked Sendable {
    private(set) var charged = 0
    /// The transfer that may go over the budget.
    private var overdraft: ObjectIdentifier?
    private var paused: [ObjectIdentifier: CurlTransfer] = [:]
    private let peak = Mutex(0)

    /// Whether `transfer` may take `count` more bytes now; if not, it is paused until `release`.
    func mayReceive(_ transfer: CurlTransfer, _ count: Int, limit: Int) -> Bool {
        let id = ObjectIdentifier(transfer)
        if overdraft == id || charged + count <= limit { return true }
        if overdraft == nil {
            overdraft = id
            return true
        }
        paused[id] = transfer
        return false
    }

    func charge(_ count: Int) {
        charged += count
        let now = charged
        peak.withLock { $0 = max($0, now) }
    }

    /// Whether a transfer waiting for admission must go on waiting.
    func isSpent(limit: Int) -> Bool { charged >= limit }

    /// Gives back what a finished (or cancelled) transfer held; returns the paused transfers,
    /// to be resumed now that there may be room.
    func release(_ transfer: CurlTransfer) -> [CurlTransfer] {
        let id = ObjectIdentifier(transfer)
        charged -= transfer.received
        paused[id] = nil
        if overdraft == id { overdraft = nil }
        defer { paused.removeAll() }
        return Array(paused.values)
    }

    /// The most body bytes in flight at once since the last `resetPeak`.
    var peakBytes: Int { peak.withLock { $0 } }

    func resetPeak() {
        let now = charged
        peak.withLock { $0 = now }
    }
}
