import Foundation
import PackagePlugin

/// Turns the package's `sql/*.sql` into a Swift source of the Warehouse module, so the
/// `zoom-etl` binary carries its migrations and runs from any directory.
@main
struct EmbedSQL: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let sqlDirectory = context.package.directoryURL.appending(path: "sql")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sqlDirectory.path())) ?? []
        let inputs = names.filter { $0.hasSuffix(".sql") }.sorted().map { sqlDirectory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSQL.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) SQL migrations",
                executable: try context.tool(named: "embed-sql").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
