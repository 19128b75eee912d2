import ArgumentParser
import Foundation

/// Which of `jobs.conf`'s accounts this process runs: all, some by name, or a shard of them.
///
/// Zoom's rate budget is per account, so zoom-etl scales by accounts: n processes (say n
/// Kubernetes CronJob pods) each take `--shard i/n` and together cover every account once.
struct AccountSelection: ParsableArguments {
    @Option(name: .long, help: "Only these accounts (comma-separated names from jobs.conf).")
    var account: String?

    @Option(name: .long, help: "Run shard I of N (1-based, e.g. 2/4): the accounts whose name hashes to it.")
    var shard: String?

    func validate() throws {
        _ = try parsedShard()
    }

    /// (index from 0, count), or nil for every shard.
    func parsedShard() throws -> (index: Int, count: Int)? {
        guard let shard else { return nil }
        let parts = shard.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else {
            throw ValidationError("--shard \(String(reflecting: shard)) is not I/N with 1 <= I <= N (e.g. 1/4)")
        }
        return (index - 1, count)
    }

    /// The job's accounts this process runs, in file order.
    func select(from accounts: [AccountSettings], jobsFile: String) throws -> [AccountSettings] {
        var selected = accounts
        if let account {
            let names = account.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            for name in names where !accounts.contains(where: { $0.name == name }) {
                throw ConfigurationError(file: jobsFile, key: "--account", "no account named \(String(reflecting: name)) for this job (accounts: \(accounts.map(\.name).joined(separator: ", ")))")
            }
            selected = selected.filter { names.contains($0.name) }
        }
        if let (index, count) = try parsedShard() {
            selected = selected.filter { Self.shard(of: $0.name, count: count) == index }
        }
        return selected
    }

    /// A stable shard for an account name (FNV-1a), so adding an account moves no other one.
    static func shard(of name: String, count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count))
    }
}
