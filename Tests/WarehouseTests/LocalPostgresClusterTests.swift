import Foundation
import Testing
import TestSupport
@testable import Warehouse

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
