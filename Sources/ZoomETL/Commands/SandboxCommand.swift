import ArgumentParser
import Foundation
import Records
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

    @Option(help: "Gives the first webinar of every --large-webinar-period-days days this many join sessions.")
    var largeWebinarSessions: Int?

    @Option(help: "Days per block that --large-webinar-sessions picks one webinar from.")
    var largeWebinarPeriodDays = 7

    @Option(help: "First day (YYYY-MM-DD) of the first block of --large-webinar-sessions (default 2023-01-01).")
    var largeWebinarFrom: String?

    @Option(help: "Lifetime of issued access tokens, in seconds.")
    var tokenLifetime = 3600

    @Flag(help: "Refuse nothing with 429 (rate-limit headers are still sent): for load benchmarks.")
    var unthrottled = false

    @Option(help: "Replaces the plan's daily caps (heavy + resource-intensive on Pro and Business+).")
    var dailyCap: Int?

    @Option(help: ArgumentHelp(
        "Faults to inject into data endpoints, seeded (default: $ZOOM_SANDBOX_FAULTS).",
        discussion: "For example \"mix,seed=7\" or \"seed=3,server_error=0.05:1-3,reset=0.02,stall=0.01,stall_ms=5000\". "
            + "Faults: " + SandboxFault.allCases.map(\.rawValue).joined(separator: ", ") + ".",
        valueName: "spec"))
    var faults: String?

    /// `--faults`, else `ZOOM_SANDBOX_FAULTS`, else none.
    private var faultSpec: String? {
        faults ?? ProcessInfo.processInfo.environment["ZOOM_SANDBOX_FAULTS"].flatMap { $0.isEmpty ? nil : $0 }
    }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard scale >= 1 else { throw ValidationError("--scale must be at least 1") }
        guard SandboxPlan(rawValue: plan) != nil else { throw ValidationError("--plan must be free, pro or business") }
        guard largeWebinarSessions.map({ $0 >= 2 }) ?? true else { throw ValidationError("--large-webinar-sessions must be at least 2") }
        guard largeWebinarPeriodDays >= 1 else { throw ValidationError("--large-webinar-period-days must be at least 1") }
        guard largeWebinarFrom.map({ CivilDate(iso: $0) != nil }) ?? true else {
            throw ValidationError("--large-webinar-from must be a date such as 2026-11-01")
        }
        guard tokenLifetime >= 1 else { throw ValidationError("--token-lifetime must be at least 1 second") }
        if let faultSpec {
            do { _ = try FaultPlan(spec: faultSpec) } catch { throw ValidationError("--faults: \(error)") }
        }
    }

    func run() async throws {
        _ = global.makeLogger()
        var account = SandboxAccount.demo
        account.seed = seed
        account.scale = scale
        account.plan = SandboxPlan(rawValue: plan)!
        account.largeWebinarSessions = largeWebinarSessions
        account.largeWebinarPeriodDays = largeWebinarPeriodDays
        account.largeWebinarFrom = largeWebinarFrom.flatMap { CivilDate(iso: $0) }
        var configuration = SandboxConfiguration()
        configuration.port = port
        configuration.accounts = [account]
        configuration.tokenLifetime = .seconds(tokenLifetime)
        configuration.enforceRateLimits = !unthrottled
        configuration.dailyCapOverride = dailyCap
        configuration.faultPlan = try faultSpec.map(FaultPlan.init(spec:))
        let sandbox = ZoomSandbox(configuration)
        let credentials = account
        try await sandbox.run { url in
            print("""
                Zoom sandbox listening on \(url)\(faultSpec.map { "\n  injecting faults: \($0)" } ?? "")
                  export ZOOM_OAUTH_URL=\(url) ZOOM_API_URL=\(url)
                  export ZOOM_ACCOUNT_ID=\(credentials.accountId) ZOOM_CLIENT_ID=\(credentials.clientId) ZOOM_CLIENT_SECRET=\(credentials.clientSecret)
                Ctrl-C stops it.
                """)
            // Scripts wait for this banner on a pipe: flush it now.
            fflush(nil)
        }
    }
}
