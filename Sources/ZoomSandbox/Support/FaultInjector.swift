import Synchronization

/// Queued error answers for requests whose path starts with a prefix (`ZoomSandbox.failNext`).
final class FaultInjector: Sendable {
    struct Fault: Sendable {
        let pathPrefix: String
        var remaining: Int
        let status: Int
        let code: Int
        let message: String
    }

    private let faults = Mutex<[Fault]>([])

    func add(_ fault: Fault) {
        guard fault.remaining > 0 else { return }
        faults.withLock { $0.append(fault) }
    }

    /// The oldest queued fault matching `path`, consuming one of its uses.
    func take(path: String) -> Fault? {
        faults.withLock { faults in
            guard let index = faults.firstIndex(where: { path.hasPrefix($0.pathPrefix) }) else { return nil }
            let fault = faults[index]
            faults[index].remaining -= 1
            if faults[index].remaining == 0 { faults.remove(at: index) }
            return fault
        }
    }
}
