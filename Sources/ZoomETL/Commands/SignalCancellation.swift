import Dispatch
import Foundation

/// Runs work that must clean up after itself on Ctrl-C or SIGTERM: the signal cancels the
/// work's task, whose cancellation paths stop what it started.
enum SignalCancellation {
    static func run(_ body: @escaping @Sendable () async throws -> Void) async throws {
        let task = Task { try await body() }
        var sources: [any DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                FileHandle.standardError.write(Data("\nstopping: cleaning up...\n".utf8))
                task.cancel()
            }
            source.resume()
            sources.append(source)
        }
        defer { sources.forEach { $0.cancel() } }
        try await task.value
    }
}
