import Foundation
import Records
import Testing
import TestSupport
@testable import Warehouse

@Suite struct WarehouseTests {
    @Test func theSessionIsSetUpForUTCAndNamesItself() async throws {
        let warehouse = try await freshWarehouse(migrated: false)
        let settings = try await warehouse.queryRows(
            "SELECT current_setting('TimeZone'), current_setting('application_name'), current_setting('client_encoding'), current_setting('DateStyle')")
        #expect(settings == [["UTC", "zoom-etl", "UTF8", "ISO, YMD"]])
        #expect(await warehouse.isConnected)
    }

    @Test func parametersTravelApartFromTheText() async throws {
        let warehouse = try await freshWarehouse(migrated: false)
        let hostile = "'); DROP TABLE x; --"
        let result = try await warehouse.query("SELECT $1::text AS a, $2::text AS b, $3::text = '' AS c", [hostile, nil, ""])
        #expect(result.columns == ["a", "b", "c"])
        #expect(result.rows == [[hostile, nil, "t"]])
    }

    @Test func aServerErrorCarriesItsSQLSTATEAndAdvice() async throws {
        let warehouse = try await freshWarehouse(migrated: false)
        let error = await expectWarehouseError(.server) { _ = try await warehouse.queryRows("SELECT * FROM etl.runs") }
        #expect(error?.sqlstate == "42P01")
        #expect(error?.description.contains("run `zoom-etl migrate`") == true)
        _ = try await warehouse.queryRows("SELECT 1")  // still usable
    }

    @Test func aRefusedWriteNamesTheTable() async throws {
        let url = try await freshDatabase()
        let owner = try await Warehouse.connect(url, logger: TestDatabase.logger)
        let role = "zoom_etl_reader_\(UInt32.random(in: 0...UInt32.max))"  // roles are cluster-wide
        try await owner.executeScript("""
            CREATE SCHEMA zoom_test;
            CREATE TABLE zoom_test.usage (account_id text, date date, meetings integer, note text,
                loaded_at timestamptz, run_id bigint, PRIMARY KEY (account_id, date));
            CREATE ROLE \(role) LOGIN;
            GRANT USAGE ON SCHEMA zoom_test TO \(role);
            """)
        let readerURL = try ConnectionString.make(ConnectionString.parse(url).filter { $0.keyword != "user" } + [("user", role)])
        let reader = try await Warehouse.connect(readerURL, logger: TestDatabase.logger)
        let error = await expectWarehouseError(.server) {
            _ = try await reader.load(Page(rows: [Fixtures.usageRow(1, meetings: 1)]), into: Fixtures.usage, account: "a", runId: 1)
        }
        #expect(error?.description == "PostgreSQL refused to write zoom_test.usage: permission denied for table usage (SQLSTATE 42501); grant the role zoom-etl connects as the privileges it needs")
    }

    @Test func aLostConnectionIsReportedAsSuch() async throws {
        let url = try await freshDatabase()
        let victim = try await Warehouse.connect(url, logger: TestDatabase.logger)
        let killer = try await Warehouse.connect(url, logger: TestDatabase.logger)
        let pid = try #require(try await victim.scalar("SELECT pg_backend_pid()"))
        #expect(try await killer.scalar("SELECT pg_terminate_backend($1::integer)", [pid]) == "t")
        let error = await expectWarehouseError(.connect) { _ = try await victim.queryRows("SELECT 1") }
        #expect(error?.description.hasPrefix("lost the connection to PostgreSQL") == true, "\(error?.description ?? "")")
        #expect(await victim.isConnected == false)
        _ = await expectWarehouseError(.connect) { _ = try await victim.queryRows("SELECT 1") }
    }

    @Test func aClosedWarehouseSaysSo() async throws {
        let warehouse = try await freshWarehouse(migrated: false)
        await warehouse.close()
        await warehouse.close()
        let error = await expectWarehouseError(.connect) { _ = try await warehouse.queryRows("SELECT 1") }
        #expect(error?.message == "the warehouse connection is closed")
    }

    @Test func connectFailuresNeverShowThePassword() async throws {
        let unreachable = await expectWarehouseError(.connect) {
            _ = try await Warehouse.connect("postgresql://etl:s3cr3t@/db?host=/nonexistent-dir&port=1", logger: TestDatabase.logger)
        }
        #expect(unreachable?.description.hasPrefix("cannot connect to PostgreSQL: ") == true)
        #expect(unreachable?.description.contains("s3cr3t") == false)
        let malformed = await expectWarehouseError(.connect) {
            _ = try await Warehouse.connect("host=/tmp password=s3cr3t trailing-junk", logger: TestDatabase.logger)
        }
        #expect(malformed?.debugDescription.contains("s3cr3t") == false)
    }
}

@Suite struct ConnectionStringTests {
    @Test func replacesTheDatabaseOfAURI() throws {
        let replaced = try ConnectionString.replacingDatabase(in: "postgresql://u:p%27w@db.example:5433/prod?sslmode=require", with: "test_1")
        let pairs = Dictionary(uniqueKeysWithValues: try ConnectionString.parse(replaced).map { ($0.keyword, $0.value) })
        #expect(pairs["dbname"] == "test_1")
        #expect(pairs["host"] == "db.example")
        #expect(pairs["port"] == "5433")
        #expect(pairs["user"] == "u")
        #expect(pairs["password"] == "p'w")
        #expect(pairs["sslmode"] == "require")
    }

    @Test func quotesValuesWithSpacesAndBackslashes() throws {
        let text = ConnectionString.make([("host", "/tmp/a dir"), ("password", #"it's\x"#)])
        #expect(text == #"host='/tmp/a dir' password='it\'s\\x'"#)
        let parsed = try ConnectionString.parse(text)
        #expect(parsed.first { $0.keyword == "password" }?.value == #"it's\x"#)
        #expect(parsed.first { $0.keyword == "host" }?.value == "/tmp/a dir")
    }

    @Test func emptyMeansTheEnvironment() throws {
        #expect(try ConnectionString.replacingDatabase(in: "", with: "x") == "dbname='x'")
    }
}
