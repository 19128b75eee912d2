import Foundation
import Warehouse

/// Warehouse sessions for instances too large to hold: each streams its set in a transaction of
/// its own while its pages arrive (`Warehouse.beginReplacement`).
///
/// At most `limit` are open; an instance that finds them all busy waits, and so stops fetching:
/// memory stays bounded whatever the sizes. Sessions are opened on first need and reused.
actor WriterPool {
    private let limit: Int
    private let open: @Sendable () async throws -> Warehouse
    private var idle: [Warehouse] = []
    private var opened = 0
    private var waiters: [Int: CheckedContinuation<Void, any Error>] = [:]
    private var cancelledWaiters: Set<Int> = []
    private var nextWaiter = 0

    init(limit: Int, open: @escaping @Sendable () async throws -> Warehouse) {
        self.limit = max(1, limit)
        self.open = open
    }

    /// A session with no transaction open; give it back with `release` or `discard`.
    func acquire() async throws -> Warehouse {
        while true {
            try Task.checkCancellation()
            if let session = idle.popLast() { return session }
            if opened < limit {
                opened += 1
                do {
                    return try await open()
                } catch {
                    opened -= 1
                    throw error
                }
            }
            try await waitForASession()
        }
    }

    /// Returns a healthy session for the next large instance.
    func release(_ session: Warehouse) {
        idle.append(session)
        wakeOne()
    }

    /// Closes a session that failed; its slot goes to the next waiter.
    func discard(_ session: Warehouse) async {
        await session.close()
        opened -= 1
        wakeOne()
    }

    /// Closes every idle session; called once the fan-out is over.
    func closeAll() async {
        for session in idle { await session.close() }
        opened -= idle.count
        idle = []
    }

    private func waitForASession() async throws {
        let id = nextWaiter
        nextWaiter += 1
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                if cancelledWaiters.remove(id) != nil {
                    continuation.resume(throwing: CancellationError())
                } else {
                    waiters[id] = continuation
                }
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    private func cancelWaiter(_ id: Int) {
        if let continuation = waiters.removeValue(forKey: id) {
            continuation.resume(throwing: CancellationError())
        } else {
            // Cancelled before it began to wait: it must not wait at all.
            cancelledWaiters.insert(id)
        }
    }

    private func wakeOne() {
        guard let id = waiters.keys.min(), let continuation = waiters.removeValue(forKey: id) else { return }
        continuation.resume()
    }
}
