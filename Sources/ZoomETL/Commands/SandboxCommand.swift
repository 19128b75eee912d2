import ArgumentParser
import Foundation
import ZoomSandbox

/// `zoom-etl sandbox`: serves the Zoom imitation on loopback until Ctrl-C.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Serves the built-in Zoom sandbox on loopback for experiments and tests."
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "TCP port on 127.0.0.1 (0 picks a free one).")
    var port = 0

    @Option(help: "Seed of the synthetic account.")
    var seed: UInt64 = SandboxAccount.demo.seed

    @Option(help: "Scale of the synthetic account (1 = small).")
    var scale = 1

    @Option(help: "The account's plan: free, pro or business.")
    var plan = SandboxPlan.business.rawValue

    @Option(help: "Lifetime of issued access tokens, in seconds.")
    var tokenLifetime = 3600

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard scale >= 1 else { throw ValidationError("--scale must be at least 1") }
        guard SandboxPlan(rawValue: plan) != nil else { throw ValidationError("--plan must be free, pro or business") }
        guard tokenLifetime >= 1 else { throw ValidationError("--token-lifetime must be at least 1 second") }
    }

    func run() async throws {
        _ = global.makeLogger()
        var account = SandboxAccount.demo
        account.seed = seed
        account.scale = scale
        account.plan = SandboxPlan(rawValue: plan)!
        var configuration = SandboxConfiguration()
        configuration.port = port
        configuration.accounts = [account]
        configuration.tokenLifetime = .seconds(tokenLifetime)
        let sandbox = ZoomSandbox(configuration)
        let credentials = account
        try await sandbox.run { url in
            print("""
                Zoom sandbox listening on \(url)
                  export ZOOM_OAUTH_URL=\(url) ZOOM_API_URL=\(url)
                  export ZOOM_ACCOUNT_ID=\(credentials.accountId) ZOOM_CLIENT_ID=\(credentials.clientId) ZOOM_CLIENT_SECRET=\(credentials.clientSecret)
                Ctrl-C stops it.
                """)
            // Scripts wait for this banner on a pipe: flush it now.
            fflush(nil)
        }
    }
}
