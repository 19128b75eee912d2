import ArgumentParser
import Foundation
import Warehouse

/// `zoom-etl migrate`: applies the embedded `sql/` migrations.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Applies pending schema migrations (run and backfill do this too)."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let logger = global.makeLogger()
        let warehouse = try await Warehouse.connect(RunEnvironment.fromProcess().databaseURL, logger: logger)
        let report = try await warehouse.migrate()
        await warehouse.close()
        global.say(report.applied.isEmpty ? "schema up to date (\(report.alreadyApplied) migrations)"
                   : "applied \(report.applied.joined(separator: ", "))")
    }
}
