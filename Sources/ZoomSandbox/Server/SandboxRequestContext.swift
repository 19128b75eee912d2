import Hummingbird

/// Hummingbird's per-request context plus a way to drop the connection, so a fault can hang up
/// without answering.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    private let closeConnection: @Sendable () async -> Void

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        let channel = source.channel
        closeConnection = {
            channel.close(promise: nil)
            try? await channel.closeFuture.get()
        }
    }

    /// Closes the connection before any byte of a response, and waits until it is closed, so the
    /// response the responder still returns has nowhere to go.
    func hangUp() async {
        await closeConnection()
    }
}
