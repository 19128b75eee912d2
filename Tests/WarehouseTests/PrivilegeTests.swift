import Foundation
import Records
import Testing
import TestSupport
@testable import Warehouse

/// Issue 11, finding 1: a login in `zoom_etl`, made as README recommends, cannot run its own code
/// with the owner's rights through `etl.ensure_monthly_partitions` (SECURITY DEFINER), and
/// creates nothing outside pg_temp. The tables' owner is the test server's superuser, who migrated.
@Suite struct PrivilegeTests {
    /// Where the attacker builds its table: schema zoom (the issue's reproduction, possible while
    /// zoom_etl had CREATE there) or its own temporary schema (always possible).
    enum Place: String, CaseIterable, CustomStringConvertible {
        case zoom, pgTemp = "pg_temp"
        var description: String { rawValue }
    }

    @Test(arguments: Place.allCases)
    func aLoginInZoomETLCannotRunItsPartitionKeyAsTheOwner(_ place: Place) async throws {
        try await withLogin { admin, login, role in
            // The payload counts the times it ran as anyone but the attacker (a sequence: not
            // rolled back with a failed call) and makes the attacker superuser.
            _ = try await login.executeScript("CREATE TEMP SEQUENCE attack_ran")
            let schema = place.rawValue
            let table = place == .zoom ? "zoom.qos_attack" : "qos_attack"
            let temp = place == .zoom ? "" : "TEMP "
            let attack = [
                """
                CREATE FUNCTION \(schema).payload() RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    IF current_user <> session_user THEN
                        PERFORM nextval('pg_temp.attack_ran');
                        EXECUTE format('ALTER ROLE %I SUPERUSER', session_user);
                    END IF;
                END $$
                """,
                """
                CREATE FUNCTION \(schema).attack_key(t timestamptz) RETURNS timestamptz LANGUAGE plpgsql IMMUTABLE AS $$
                BEGIN PERFORM \(schema).payload(); RETURN t; END $$
                """,
                "CREATE \(temp)TABLE \(table) (sample_time timestamptz) PARTITION BY RANGE (\(schema).attack_key(sample_time))",
                "CREATE \(temp)TABLE \(table)_default PARTITION OF \(table) DEFAULT",
                // Outside the month asked for below: checking it evaluates the key on this row.
                "INSERT INTO \(table) VALUES ('2020-01-15 12:00+00')",
                "SELECT etl.ensure_monthly_partitions('\(table)'::regclass, '2030-01-01 00:00+00', '2030-01-02 00:00+00')",
            ]
            var refusal: String?
            for statement in attack where refusal == nil {
                do { _ = try await login.executeScript(statement) } catch let error as WarehouseError { refusal = error.message }
            }
            #expect(refusal != nil, "every step of the attack succeeded")
            #expect(try await login.scalar("SELECT is_called::text FROM pg_temp.attack_ran") == "false", "the payload ran as the owner")
            #expect(try await admin.scalar("SELECT rolsuper::text FROM pg_roles WHERE rolname = $1", [role]) == "false")
        }
    }

    @Test func zoomETLCreatesNothingOutsidePgTempButAddsQoSMonthsAsTheOwner() async throws {
        try await withLogin { admin, login, role in
            for schema in ["zoom", "etl"] {
                #expect(try await admin.scalar("SELECT has_schema_privilege($1, $2, 'CREATE')::text", [role, schema]) == "false", "\(schema)")
                #expect(try await admin.scalar("SELECT has_schema_privilege($1, $2, 'USAGE')::text", [role, schema]) == "true", "\(schema)")
            }
            await #expect(throws: WarehouseError.self) { try await login.executeScript("CREATE TABLE zoom.mine (x int)") }
            await #expect(throws: WarehouseError.self) { try await login.executeScript("CREATE VIEW etl.mine AS SELECT 1") }

            // The one thing zoom-etl needs the owner for still works, and what it adds is the owner's.
            try await login.preparePartitions(of: Self.qos, from: Self.instant("2026-11-20T10:00:00Z"), to: Self.instant("2026-12-02T10:00:00Z"))
            let months = try await admin.queryRows("""
                SELECT c.relname, (c.relowner = p.relowner)::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                JOIN pg_class p ON p.oid = i.inhparent WHERE p.oid = 'zoom.participant_qos'::regclass ORDER BY 1
                """)
            #expect(months == [["participant_qos_2026_11", "true"], ["participant_qos_2026_12", "true"]])
            #expect(try await login.scalar("SELECT count(*)::text FROM zoom.participant_qos") == "0")
        }
    }

    @Test func thePartitionFunctionRefusesEveryTableButItsOwnPlainOnes() async throws {
        try await withLogin { admin, login, _ in
            // A table the owner made, partitioned like QoS but not on the list.
            try await admin.executeScript("CREATE TABLE zoom.other (sample_time timestamptz NOT NULL) PARTITION BY RANGE (sample_time)")
            let other = await expectWarehouseError(.server) {
                _ = try await login.queryRows("SELECT etl.ensure_monthly_partitions('zoom.other', now(), now())")
            }
            #expect(other?.message == "zoom.other is not a table zoom-etl partitions (participant_qos)")
            #expect(other?.sqlstate == "22023")

            // A default partition on the listed table (an administrator's): refused, nothing evaluated.
            try await admin.executeScript("CREATE TABLE zoom.participant_qos_default PARTITION OF zoom.participant_qos DEFAULT")
            let withDefault = await expectWarehouseError(.server) {
                try await login.preparePartitions(of: Self.qos, from: Self.instant("2027-01-05T00:00:00Z"), to: Self.instant("2027-01-06T00:00:00Z"))
            }
            #expect(withDefault?.message == "zoom.participant_qos has a default partition; zoom-etl adds months only to a table without one")
            try await admin.executeScript("DROP TABLE zoom.participant_qos_default")

            // A span no meeting has: a bug upstream, not hundreds of tables.
            let huge = await expectWarehouseError(.server) {
                try await login.preparePartitions(of: Self.qos, from: Self.instant("1970-01-01T00:00:00Z"), to: Self.instant("2027-01-06T00:00:00Z"))
            }
            #expect(huge?.sqlstate == "22023", "\(huge?.debugDescription ?? "")")
            #expect(try await admin.scalar("SELECT count(*)::text FROM pg_inherits WHERE inhparent = 'zoom.participant_qos'::regclass") == "0")
        }
    }

    // MARK: - Helpers

    /// `zoom.participant_qos` as the loader knows it, for `preparePartitions`.
    static let qos = StreamDescriptor(name: "meeting_qos", table: TableName(schema: "zoom", name: "participant_qos"),
                                      columns: [Column("sample_time", .timestamptz)], primaryKey: ["sample_time"],
                                      disposition: .mergeByKey, monthlyPartitionColumn: "sample_time")

    static func instant(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text)!
    }

    /// A migrated fresh database (the admin owns it all) and a session of a new login in
    /// zoom_etl, `CREATE ROLE … LOGIN IN ROLE zoom_etl` as README says; dropped afterwards.
    func withLogin(_ body: (_ admin: Warehouse, _ login: Warehouse, _ role: String) async throws -> Void) async throws {
        let url = try await freshDatabase()
        let admin = try await Warehouse.connect(url, logger: TestDatabase.logger)
        _ = try await admin.migrate()
        let role = "zoom_etl_login_\(UInt32.random(in: 0...UInt32.max))"  // roles are cluster-wide
        try await admin.executeScript("CREATE ROLE \(role) LOGIN IN ROLE zoom_etl")
        let loginURL = try ConnectionString.make(ConnectionString.parse(url).filter { $0.keyword != "user" } + [("user", role)])
        let login = try await Warehouse.connect(loginURL, logger: TestDatabase.logger)
        do {
            try await body(admin, login, role)
        } catch {
            Issue.record(error)
        }
        await login.close()
        _ = try? await admin.executeScript("DROP OWNED BY \(role)")
        _ = try? await admin.executeScript("DROP ROLE \(role)")
        await admin.close()
    }
}
