import Foundation
import TestSupport
import Testing

/// `zoom-etl demo` as a newcomer runs it: no Zoom account, no database set up.
@Suite struct DemoTests {
    @Test func theDemoLoadsPrintsAndRemovesItsThrowawayCluster() async throws {
        let result = try await ZoomETLBinary.run(["demo", "--days", "3"])
        #expect(result.exitCode == 0, "\(result)")
        let usageLine = result.stdout.split(separator: "\n").first { $0.hasPrefix("zoom.daily_usage ") }
        #expect(usageLine?.split(separator: " ").last == "3", "\(result.stdout)")
        #expect(result.stdout.contains("Sample BI query"))
        let directory = try #require(result.stdout.split(separator: "\n").first { $0.contains("throwaway cluster in ") }?
            .split(separator: " ").first { $0.hasPrefix("/") })
        #expect(!FileManager.default.fileExists(atPath: String(directory)), "the demo left \(directory) behind")
    }

    @Test func withDatabaseURLTheDemoLoadsThereAndLeavesIt() async throws {
        let databaseURL = try await freshDatabase()
        let result = try await ZoomETLBinary.run(["demo", "--days", "2"], environment: ["DATABASE_URL": databaseURL])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("DATABASE_URL"))
        let warehouse = try await Warehouse.connect(databaseURL, logger: TestDatabase.logger)
        #expect(try await warehouse.queryRows("SELECT count(*) FROM zoom.daily_usage") == [["2"]])
        await warehouse.close()
    }
}

import Warehouse
