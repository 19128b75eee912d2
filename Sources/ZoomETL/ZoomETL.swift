import ArgumentParser
import Foundation

/// `zoom-etl`: Zoom reports and analytics into a PostgreSQL warehouse.
struct ZoomETLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zoom-etl",
        abstract: "Loads Zoom reporting and analytics data into PostgreSQL.",
        discussion: """
            Exit codes: 0 success; 1 the run failed (nothing half-written); 2 usage or configuration error; \
            75 try later (another run holds the lock, or Zoom's daily quota is spent).
            """,
        version: ZoomETLVersion.current,
        subcommands: [DemoCommand.self, RunCommand.self, BackfillCommand.self, MigrateCommand.self, StatusCommand.self, CheckCommand.self,
                      SandboxCommand.self]
    )
}

@main
enum Main {
    static func main() async {
        let code: ExitStatus
        do {
            var command = try ZoomETLCommand.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            code = .success
        } catch {
            code = ExitStatus.report(error)
        }
        exit(code.rawValue)
    }
}
