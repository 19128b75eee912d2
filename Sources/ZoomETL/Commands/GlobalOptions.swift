import ArgumentParser
import Foundation
import Logging

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The jobs file.")
    var config = "jobs.conf"

    @Option(name: .long, help: "Log lines as text or as one JSON object per event (text|json).")
    var logFormat: LogFormat = .text

    @Flag(name: .long, help: "Only warnings and errors on stderr; no summary on stdout.")
    var quiet = false

    @Flag(name: .long, help: "Debug logging.")
    var verbose = false

    enum LogFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    /// Sets up swift-log once for the process and returns the root logger.
    func makeLogger() -> Logger {
        let format = logFormat
        // On a terminal, text lines share stderr with the live progress block (`TerminalOutput`).
        LoggingSystem.bootstrap { label in
            switch format {
            case .text: TextLogHandler(label: label, output: .standardError)
            case .json: JSONLogHandler(label: label)
            }
        }
        var logger = Logger(label: "zoom-etl")
        logger.logLevel = verbose ? .debug : quiet ? .warning : .info
        return logger
    }

    /// `jobs.conf`, with its accounts' IDs checked as the environment resolves them.
    func loadJobs() throws -> JobsFile {
        let jobs = try JobsFile.load(path: config, knownStreams: StreamCatalog.names)
        try jobs.checkDistinctAccountIds()
        return jobs
    }

    /// Prints a line of the run summary unless `--quiet`.
    func say(_ line: String) {
        guard !quiet else { return }
        print(line)
    }
}
