import CCurl
import Foundation
import Synchronization

/// Drives every transfer of the process on one dedicated thread around a curl multi handle.
///
/// Callers suspend on a continuation; the thread adds their easy handles, runs curl_multi_poll and
/// resumes each caller when its transfer completes. The multi handle keeps the connection cache,
/// so requests to the same host reuse connections (and HTTP/2 streams) without blocking the
/// cooperative pool (STYLE.md §7).
final class CurlMultiLoop: Sendable {
    static let shared = CurlMultiLoop()

    private struct Pending {
        var toAdd: [(CurlTransfer, String)] = []
        var toCancel: [ObjectIdentifier] = []
    }

    // The multi handle is touched only by the loop thread, except curl_multi_wakeup, which is thread-safe.
    private nonisolated(unsafe) let multi: UnsafeMutableRawPointer
    private let pending = Mutex(Pending())
    let budget: BodyBudget

    /// The multi handle for `curl_multi_wakeup`, which any thread may call.
    private struct Wakeup: @unchecked Sendable {
        let multi: UnsafeMutableRawPointer
        func callAsFunction() { curl_multi_wakeup(multi) }
    }

    private init() {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
        multi = curl_multi_init()!
        let wakeup = Wakeup(multi: multi)
        budget = BodyBudget(wake: { wakeup() })
        // Share connections between transfers to the same host, and multiplex over HTTP/2 when offered.
        _ = zcurl_multi_setopt_long(multi, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX))
        _ = zcurl_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, 64)
        let thread = Thread { [self] in runLoop() }
        thread.name = "zoom-etl.curl"
        thread.start()
    }

    /// Runs one request to completion; cancelling the calling task aborts the transfer.
    func perform(_ request: HTTPRequest, configuration: HTTPClientConfiguration) async throws -> HTTPResponse {
        let transfer = try CurlTransfer(request, configuration: configuration)
        let id = ObjectIdentifier(transfer)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                transfer.continuation = continuation
                pending.withLock { $0.toAdd.append((transfer, request.url)) }
                curl_multi_wakeup(multi)
            }
        } onCancel: {
            pending.withLock { $0.toCancel.append(id) }
            curl_multi_wakeup(multi)
        }
    }

    private func runLoop() {
        var active: [ObjectIdentifier: (transfer: CurlTransfer, url: String)] = [:]
        // Admitted in order while the body budget is not spent (`BodyBudget`).
        var waiting: [(transfer: CurlTransfer, url: String)] = []
        var running: Int32 = 0
        while true {
            let work = pending.withLock { state -> Pending in
                defer { state = Pending() }
                return state
            }
            waiting += work.toAdd
            resume(budget.resumable())
            for id in work.toCancel {
                if let index = waiting.firstIndex(where: { ObjectIdentifier($0.transfer) == id }) {
                    let (transfer, _) = waiting.remove(at: index)
                    transfer.continuation?.resume(throwing: CancellationError())
                    transfer.continuation = nil
                    continue
                }
                guard let (transfer, _) = active.removeValue(forKey: id) else { continue }
                curl_multi_remove_handle(multi, transfer.handle)
                resume(budget.release(transfer))
                transfer.continuation?.resume(throwing: CancellationError())
                transfer.continuation = nil
            }
            // One is admitted whenever none runs, so bodies held by callers never stop every request.
            while let next = waiting.first, active.isEmpty || !budget.isSpent(limit: next.transfer.bodyBudgetBytes) {
                waiting.removeFirst()
                next.transfer.budget = budget
                active[ObjectIdentifier(next.transfer)] = next
                curl_multi_add_handle(multi, next.transfer.handle)
            }

            budget.running = active.count
            curl_multi_perform(multi, &running)
            var queued: Int32 = 0
            var ended = false
            while let message = curl_multi_info_read(multi, &queued) {
                guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
                let result = message.pointee.data.result
                guard let entry = active.first(where: { $0.value.transfer.handle == easy }) else { continue }
                active.removeValue(forKey: entry.key)
                ended = true
                curl_multi_remove_handle(multi, easy)
                // A delivered body keeps its bytes charged until it is freed; a failed one frees them now.
                let outcome = entry.value.transfer.finish(result, url: entry.value.url)
                if case .failure = outcome { resume(budget.release(entry.value.transfer)) }
                entry.value.transfer.continuation?.resume(with: outcome.mapError { $0 as any Error })
                entry.value.transfer.continuation = nil
            }
            if ended {
                budget.running = active.count
                resume(budget.resumable(always: true))
            }
            // Sleeps until a socket is ready, a timeout is due, or curl_multi_wakeup is called;
            // not at all when the budget has room for a transfer still waiting.
            if let next = waiting.first, active.isEmpty || !budget.isSpent(limit: next.transfer.bodyBudgetBytes) { continue }
            curl_multi_poll(multi, nil, 0, 1000, nil)
        }
    }

    /// Lets paused transfers receive again; each may pause anew in its callback.
    private func resume(_ transfers: [CurlTransfer]) {
        for transfer in transfers {
            curl_easy_pause(transfer.handle, Int32(CURLPAUSE_RECV_CONT))
        }
    }
}
