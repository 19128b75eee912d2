import Foundation

/// The PostgreSQL server programs, and the user they run as.
///
/// initdb and postgres refuse to run as root, so as root every tool runs through `runuser`
/// (or `setpriv`) as an unprivileged system user that owns the cluster's directory.
struct PostgresTools: Sendable {
    let binDirectory: String
    /// The user to run as when we are root; nil runs the tools as ourselves.
    let user: (name: String, uid: uid_t, gid: gid_t)?

    init(binDirectory: String?) throws {
        guard let found = binDirectory ?? Self.findBinDirectory() else {
            throw LocalPostgresError(step: "find PostgreSQL",
                                     message: "initdb not found in `pg_config --bindir`, /usr/lib/postgresql/*/bin or PATH; install the PostgreSQL server (e.g. apt-get install postgresql) or set DATABASE_URL")
        }
        self.binDirectory = found
        self.user = geteuid() == 0 ? try Self.unprivilegedUser() : nil
    }

    /// Makes `directory` belong to the user the tools run as.
    func handOver(_ directory: String) throws {
        guard let user else { return }
        guard chown(directory, user.uid, user.gid) == 0 else {
            throw LocalPostgresError(step: "hand the directory to \(user.name)", message: String(cString: strerror(errno)))
        }
    }

    /// Runs a server tool to completion; a non-zero exit throws with what it printed.
    @discardableResult
    func run(_ tool: String, _ arguments: [String], step: String, in directory: String) throws -> String {
        let (executable, arguments) = try command(tool, arguments, step: step)
        return try Self.execute(executable, arguments, step: step, in: directory)
    }

    /// Starts a long-running tool (the server) with its output appended to `log`, and returns at once.
    func launch(_ tool: String, _ arguments: [String], step: String, in directory: String, log: String) throws -> Process {
        let (executable, arguments) = try command(tool, arguments, step: step)
        // Appended, not truncated: a restarted server's log follows the first one's.
        if !FileManager.default.fileExists(atPath: log) { _ = FileManager.default.createFile(atPath: log, contents: nil) }
        guard let output = FileHandle(forWritingAtPath: log) else {
            throw LocalPostgresError(step: step, message: "cannot create \(log)")
        }
        defer { try? output.close() }
        _ = try? output.seekToEnd()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            throw LocalPostgresError(step: step, message: "cannot run \(executable): \(error.localizedDescription)")
        }
        return process
    }

    /// The command line that runs `tool` as the cluster's user.
    private func command(_ tool: String, _ arguments: [String], step: String) throws -> (String, [String]) {
        let path = binDirectory + "/" + tool
        guard let user else { return (path, arguments) }
        // setpriv execs the tool itself (runuser stays as its parent), so signals reach it directly.
        if let setpriv = Self.firstExecutable(["/usr/bin/setpriv", "/bin/setpriv"]) {
            return (setpriv, ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--init-groups", "--reset-env", "--", path] + arguments)
        }
        if let runuser = Self.firstExecutable(["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]) {
            return (runuser, ["-u", user.name, "--", path] + arguments)
        }
        throw LocalPostgresError(step: step, message: "running as root, and neither setpriv nor runuser is available to drop privileges")
    }

    /// Runs a program with its output in a temporary file (a pipe could fill and block it, and
    /// a server it starts could keep a pipe open).
    @discardableResult
    static func execute(_ executable: String, _ arguments: [String], step: String, in directory: String? = nil) throws -> String {
        let outputPath = NSTemporaryDirectory() + "/zoom-etl-tool-\(UUID().uuidString).out"
        guard FileManager.default.createFile(atPath: outputPath, contents: nil),
              let output = FileHandle(forWritingAtPath: outputPath) else {
            throw LocalPostgresError(step: step, message: "cannot create \(outputPath)")
        }
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            try? output.close()
            throw LocalPostgresError(step: step, message: "cannot run \(executable): \(error.localizedDescription)")
        }
        process.waitUntilExit()
        try? output.close()
        let printed = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let how = process.terminationReason == .exit ? "exited with status" : "was killed by signal"
            throw LocalPostgresError(step: step, message: "\((executable as NSString).lastPathComponent) \(how) \(process.terminationStatus)",
                                     output: printed)
        }
        return printed
    }

    private static func findBinDirectory() -> String? {
        if let pgConfig = findInPath("pg_config"),
           let printed = try? execute(pgConfig, ["--bindir"], step: "pg_config") {
            let directory = printed.trimmingCharacters(in: .whitespacesAndNewlines)
            if isExecutable(directory + "/initdb") { return directory }
        }
        let debian = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: debian)) ?? [])
            .compactMap { name in Double(name).map { (version: $0, name: name) } }
            .sorted { $0.version > $1.version }
        for version in versions where isExecutable("\(debian)/\(version.name)/bin/initdb") {
            return "\(debian)/\(version.name)/bin"
        }
        return findInPath("initdb").map { ($0 as NSString).deletingLastPathComponent }
    }

    private static func unprivilegedUser() throws -> (name: String, uid: uid_t, gid: gid_t) {
        for name in ["postgres", "zoom-etl-pg"] {
            if let entry = getpwnam(name) { return (name, entry.pointee.pw_uid, entry.pointee.pw_gid) }
        }
        guard let useradd = firstExecutable(["/usr/sbin/useradd", "/sbin/useradd"]) else {
            throw LocalPostgresError(step: "create user zoom-etl-pg", message: "running as root, with no postgres user and no useradd")
        }
        try execute(useradd, ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "zoom-etl-pg"],
                    step: "create user zoom-etl-pg")
        guard let entry = getpwnam("zoom-etl-pg") else {
            throw LocalPostgresError(step: "create user zoom-etl-pg", message: "useradd succeeded but the user is missing")
        }
        return ("zoom-etl-pg", entry.pointee.pw_uid, entry.pointee.pw_gid)
    }

    private static func findInPath(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return firstExecutable(path.split(separator: ":").map { "\($0)/\(program)" })
    }

    private static func firstExecutable(_ candidates: [String]) -> String? {
        candidates.first(where: isExecutable)
    }

    private static func isExecutable(_ path: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: path)
    }
}
