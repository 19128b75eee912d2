import Synchronization

/// One memory budget for response bodies, across every transfer of the process: the bytes being
/// received, and the bodies delivered until the last reference to each is gone.
///
/// A fan-out of 40 instances whose answers are 60 MB each held 1.9 GB of bodies at once (issue
/// 11, finding 7). Counting only the bytes being received still let finished bodies pile up
/// while their tasks waited to parse them (815 MB). Now a delivered body stays charged until its
/// storage is freed (`HTTPResponse.body` frees it through `giveBack`), a new transfer is admitted
/// only while the budget is not spent, and a transfer whose next bytes would overspend it is
/// paused (curl keeps the bytes it refused) until bytes come back. One body at a time may
/// overdraw, from its first byte until it is freed, so a body larger than what is left always
/// completes and the bodies held stay under the budget plus one `maxBodyBytes`. A transfer
/// running alone is admitted and receives whatever is held, so callers that keep delivered
/// bodies while they send more requests slow the process down to one request at a time, never
/// to a stop.
///
/// `paused` is touched only on the multi loop's thread, where curl's callbacks run too; the
/// charge and the overdraft are behind a lock, as bodies are freed on any thread.
final class BodyBudget: @unchecked Sendable {
    private struct Charge {
        var held = 0
        var peak = 0
        /// Bytes came back since the loop last looked: paused transfers may have room again.
        var returned = false
        /// A body overdraws the budget: being received by `overdrawing`, or delivered and not yet freed.
        var overdrawn = false
        var overdrawing: ObjectIdentifier?
    }

    private let charge = Mutex(Charge())
    /// Transfers added to the multi handle; set by the loop.
    var running = 0
    private var paused: [ObjectIdentifier: CurlTransfer] = [:]
    /// Wakes the multi loop when a body is freed on another thread.
    private let wake: @Sendable () -> Void

    init(wake: @escaping @Sendable () -> Void) {
        self.wake = wake
    }

    /// Bytes received and not yet freed.
    var charged: Int { charge.withLock { $0.held } }

    /// Whether `transfer` may take `count` more bytes now; if not, it is paused until bytes come back.
    func mayReceive(_ transfer: CurlTransfer, _ count: Int, limit: Int) -> Bool {
        let id = ObjectIdentifier(transfer)
        let alone = running <= 1
        let may = charge.withLock { state in
            if state.overdrawing == id || state.held + count <= limit || alone { return true }
            guard !state.overdrawn else { return false }
            state.overdrawn = true
            state.overdrawing = id
            return true
        }
        if !may { paused[id] = transfer }
        return may
    }

    func charge(_ count: Int) {
        charge.withLock {
            $0.held += count
            $0.peak = max($0.peak, $0.held)
        }
    }

    /// Whether a transfer waiting for admission must go on waiting.
    func isSpent(limit: Int) -> Bool { charged >= limit }

    /// A transfer ended without a body to deliver (it failed or was cancelled): what it received
    /// is free now. Returns the paused transfers, to be resumed now that there may be room.
    func release(_ transfer: CurlTransfer) -> [CurlTransfer] {
        let overdrew = delivered(transfer)
        giveBack(transfer.received, endingOverdraft: overdrew)
        defer { paused.removeAll() }
        return Array(paused.values)
    }

    /// A transfer has its whole body, which stays charged until it is freed (`giveBack`); returns
    /// whether it overdraws, a claim that also lasts until then.
    func delivered(_ transfer: CurlTransfer) -> Bool {
        let id = ObjectIdentifier(transfer)
        paused[id] = nil
        return charge.withLock { state in
            guard state.overdrawing == id else { return false }
            state.overdrawing = nil
            return true
        }
    }

    /// `count` bytes of a body were freed, on any thread; `endingOverdraft` when it was the one
    /// overdrawing the budget.
    func giveBack(_ count: Int, endingOverdraft: Bool) {
        charge.withLock {
            $0.held -= count
            $0.returned = true
            if endingOverdraft { $0.overdrawn = false }
        }
        wake()
    }

    /// On the loop thread: the paused transfers to resume because bodies were freed since the
    /// last call, or, with `always`, because another transfer ended (one may now run alone).
    func resumable(always: Bool = false) -> [CurlTransfer] {
        let returned = charge.withLock { state in defer { state.returned = false }; return state.returned }
        guard returned || always else { return [] }
        defer { paused.removeAll() }
        return Array(paused.values)
    }

    /// The most body bytes held at once since the last `resetPeak`.
    var peakBytes: Int { charge.withLock { $0.peak } }

    func resetPeak() {
        charge.withLock { $0.peak = $0.held }
    }
}
