import Dispatch

/// A serial executor backed by its own dispatch queue.
///
/// libpq calls block; running them on the actor's own queue keeps them off Swift's
/// cooperative pool (STYLE §7, as GRDB's `DispatchQueueActor` does).
final class QueueExecutor: SerialExecutor {
    let queue: DispatchQueue

    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedSerialExecutor()) }
    }

    func checkIsolated() {
        dispatchPrecondition(condition: .onQueue(queue))
    }
}
