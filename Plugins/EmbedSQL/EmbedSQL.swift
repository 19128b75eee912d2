import Foundation
import PackagePlugin

/// Turns the package's `sql/*.sql` (migrations) and `sql/examples/*.sql` (analyst queries) into a
/// Swift source of the Warehouse module, so the `zoom-etl` binary carries them and runs from any directory.
@main
struct EmbedSQL: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let sqlDirectory = context.package.directoryURL.appending(path: "sql")
        let examplesDirectory = sqlDirectory.appending(path: "examples")
        func sqlFiles(in directory: URL) -> [URL] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path())) ?? []
            return names.filter { $0.hasSuffix(".sql") }.sorted().map { directory.appending(path: $0) }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSQL.swift")
        return [
            .buildCommand(
                displayName: "Embedding the SQL migrations and examples",
                executable: try context.tool(named: "embed-sql").url,
                // The tool lists the directory itself: SwiftPM plans build commands only when the
                // manifest changes, so a file list fixed here would miss a newly added migration.
                // The directories are inputs too, so adding a file (which touches them) reruns it.
                arguments: [output.path(), sqlDirectory.path()],
                inputFiles: [sqlDirectory, examplesDirectory] + sqlFiles(in: sqlDirectory) + sqlFiles(in: examplesDirectory),
                outputFiles: [output]
            ),
        ]
    }
}
