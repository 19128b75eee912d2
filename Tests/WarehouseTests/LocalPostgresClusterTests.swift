import Foundation
import Testing
import TestSupport
@testable import LocalPostgres
import Warehouse

@Suite struct LocalPostgresClusterTests {
    @Test func startsServesAndStopsIdempotently() async throws {
        let cluster = try await LocalPostgresCluster.start(.init(durable: false), logger: TestDatabase.logger)
        #expect(cluster.connectionString.contains("host='\(cluster.directory)'"))
        let warehouse = try await Warehouse.connect(cluster.connectionString, logger: TestDatabase.logger)
        #expect(try await warehouse.scalar("SELECT current_setting('listen_addresses')") == "")
        #expect(try await warehouse.scalar("SELECT current_setting('fsync')") == "off")
        #expect(try await warehouse.scalar("SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = 'postgres'") == "UTF8")
        await warehouse.close()

        cluster.stop()
        cluster.stop()
        #expect(!FileManager.default.fileExists(atPath: cluster.directory))
        _ = await expectWarehouseError(.connect) {
            _ = try await Warehouse.connect(cluster.connectionString, logger: TestDatabase.logger)
        }
    }

    @Test(arguments: LocalPostgresCluster.ShutdownMode.allCases)
    func aRestartKeepsTheDataAndCutsSessionsOff(_ mode: LocalPostgresCluster.ShutdownMode) async throws {
        // Durable: without synchronous commits, an immediate shutdown loses the last transactions.
        let cluster = try await LocalPostgresCluster.start(.init(durable: true), logger: TestDatabase.logger)
        defer { cluster.stop() }
        let before = try await Warehouse.connect(cluster.connectionString, logger: TestDatabase.logger)
        try await before.executeScript("CREATE TABLE kept (x integer); INSERT INTO kept VALUES (1)")
        try await cluster.restart(mode)

        // The session from before is gone, and says so on its next statement and every one after.
        let error = await expectWarehouseError(.connect) { _ = try await before.queryRows("SELECT 1") }
        #expect(error?.description.hasPrefix("lost the connection to PostgreSQL during ad-hoc query: ") == true, "\(error?.description ?? "")")
        #expect(error?.description.contains("\n") == false, "one line: \(error?.description ?? "")")
        #expect(await before.isConnected == false)
        _ = await expectWarehouseError(.connect) { _ = try await before.queryRows("SELECT 1") }

        let after = try await Warehouse.connect(cluster.connectionString, logger: TestDatabase.logger)
        #expect(try await after.scalar("SELECT x FROM kept") == "1")
        await after.close()
        #expect(try String(contentsOfFile: cluster.logFile, encoding: .utf8).components(separatedBy: "database system is ready").count == 3,
                "the log holds both servers' lines")
    }

    @Test func aMissingBinaryDirectoryNamesTheStep() async throws {
        do {
            _ = try await LocalPostgresCluster.start(.init(binDirectory: "/nonexistent/bin"), logger: TestDatabase.logger)
            Issue.record("started without binaries")
        } catch let error as LocalPostgresError {
            #expect(error.step == "initdb")
            #expect(error.description.hasPrefix("could not start a local PostgreSQL: initdb failed: "))
        }
    }
}
