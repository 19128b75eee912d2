import Foundation

/// Runs the built `zoom-etl` binary the way a scheduler would, and captures what it printed.
public struct CommandResult: Sendable, CustomStringConvertible {
    public let exitCode: Int32
    public let stdout: String
    public let stderr: String

    public var description: String { "exit \(exitCode)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }
}

public enum ZoomETLBinary {
    /// The executable SwiftPM built beside the test bundle.
    public static var url: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // Linux runs `.build/<config>/zoom-etlPackageTests.xctest`; the binary is its sibling.
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("zoom-etl").path), directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("zoom-etl")
    }

    /// Runs `zoom-etl arguments…` with exactly `environment` (plus PATH and HOME), in `directory`.
    public static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil,
                           timeout: Duration = .seconds(300)) async throws -> CommandResult {
        try await run(executable: url, arguments, environment: environment, in: directory, timeout: timeout)
    }

    /// Debian's `faketime`, which `scripts/bootstrap` installs.
    public static let faketime = URL(fileURLWithPath: "/usr/bin/faketime")

    /// Runs `zoom-etl arguments…` as `run` does, under `faketime`, its clock starting at `instant`
    /// (UTC) and running on from there: the binary's own idea of today is what a test then checks.
    public static func run(_ arguments: [String], at instant: Date, environment: [String: String] = [:], in directory: URL? = nil,
                           timeout: Duration = .seconds(300)) async throws -> CommandResult {
        guard FileManager.default.isExecutableFile(atPath: faketime.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: faketime.path, NSLocalizedDescriptionKey:
                "\(faketime.path) is missing: scripts/bootstrap installs Debian's faketime"])
        }
        let start = instant.formatted(Date.ISO8601FormatStyle(dateSeparator: .dash, dateTimeSeparator: .space, timeZone: TimeZone(identifier: "UTC")!))
            .replacingOccurrences(of: "Z", with: "")
        // The clock must not stand still (timeouts, backoff); `@` starts it at `instant`. TZ=UTC
        // reads `start` as UTC; the binary itself never consults the process time zone.
        return try await run(executable: faketime, ["-f", "@\(start)", url.path] + arguments,
                             environment: environment.merging(["TZ": "UTC"]) { $1 }, in: directory, timeout: timeout)
    }

    private static func run(executable: URL, _ arguments: [String], environment: [String: String], in directory: URL?,
                            timeout: Duration = .seconds(300)) async throws -> CommandResult {
        let process = makeProcess(arguments, environment: environment, in: directory)
        process.executableURL = executable
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Drain both pipes while the process runs, so a chatty child cannot block on a full pipe.
        // Blocking reads go to threads of their own: on the cooperative pool (two threads on a
        // two-core machine) they would starve the in-process sandbox the child is talking to.
        async let stdout = readToEnd(out.fileHandleForReading)
        async let stderr = readToEnd(err.fileHandleForReading)
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline {
                process.terminate()
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.waitUntilExit()
        return CommandResult(exitCode: process.terminationStatus,
                             stdout: String(decoding: await stdout, as: UTF8.self),
                             stderr: String(decoding: await stderr, as: UTF8.self))
    }

    /// Runs `zoom-etl arguments…` on a pseudo-terminal (util-linux `script`), as a person at a
    /// terminal would; `stdout` then holds everything the terminal showed, stderr included.
    public static func runOnTerminal(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) async throws -> CommandResult {
        let quoted = ([url.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return try await run(executable: URL(fileURLWithPath: "/usr/bin/script"), ["--quiet", "--return", "--command", quoted, "/dev/null"],
                             environment: environment.merging(["TERM": "xterm"]) { $1 }, in: directory)
    }

    private static func readToEnd(_ handle: FileHandle) async -> Data {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: handle.readDataToEndOfFile()) }.start()
        }
    }

    private static func makeProcess(_ arguments: [String], environment: [String: String], in directory: URL?) -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        env.merge(environment) { $1 }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        return process
    }

    /// Starts `zoom-etl` without waiting, for tests that race two runs or interrupt one.
    public static func start(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws -> Process {
        let process = makeProcess(arguments, environment: environment, in: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// A temporary directory holding a `jobs.conf`, removed by the caller.
public func temporaryJobsDirectory(_ jobsConf: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zoom-etl-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try jobsConf.write(to: directory.appendingPathComponent("jobs.conf"), atomically: true, encoding: .utf8)
    return directory
}
