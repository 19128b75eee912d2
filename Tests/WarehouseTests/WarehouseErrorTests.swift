import Testing
@testable import Warehouse

@Suite struct WarehouseErrorTests {
    @Test func descriptionsAreOneSentenceAndDetailsStayInDebug() {
        var error = WarehouseError(.server, "duplicate key value violates unique constraint \"usage_pkey\"", sqlstate: "23505", query: "load.merge")
        error.detail = "Key (account_id, date)=(acct, 2026-03-01) already exists."
        error.schema = "zoom"
        error.table = "daily_usage"
        error.writing = true
        #expect(error.description == "PostgreSQL refused to write zoom.daily_usage: duplicate key value violates unique constraint \"usage_pkey\" (SQLSTATE 23505)")
        #expect(!error.description.contains("2026-03-01"))
        #expect(error.debugDescription.contains("detail: Key (account_id, date)=(acct, 2026-03-01) already exists."))
        #expect(error.debugDescription.contains("query: load.merge"))

        let read = WarehouseError(.server, "canceling statement due to statement timeout", sqlstate: "57014", query: "checkpoint.read")
        #expect(read.description == "PostgreSQL failed query checkpoint.read: canceling statement due to statement timeout (SQLSTATE 57014); the server is shutting down or canceled the query; rerun later")

        var migration = WarehouseError(.migration, "syntax error at or near \"CREAT\"", sqlstate: "42601")
        migration.migration = "002_daily_usage.sql"
        #expect(migration.description == "migration 002_daily_usage.sql failed: syntax error at or near \"CREAT\" (SQLSTATE 42601); fix it and rerun `zoom-etl migrate`")
    }

    @Test func aLostConnectionReadsAsOneLineAndNamesTheTableBeingLoaded() {
        var lost = WarehouseError(.connect, "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.", query: "begin")
        #expect(lost.description == "lost the connection to PostgreSQL during begin: server closed the connection unexpectedly; check the server and rerun")
        #expect(lost.debugDescription.contains("This probably means the server terminated abnormally"))
        lost.schema = "zoom"
        lost.table = "meeting_participants"
        #expect(lost.description == "lost the connection to PostgreSQL while loading zoom.meeting_participants (begin): server closed the connection unexpectedly; check the server and rerun")

        let terminated = WarehouseError(.connect, "FATAL:  terminating connection due to administrator command\nserver closed the connection unexpectedly", query: "load.copy")
        #expect(terminated.description == "lost the connection to PostgreSQL during load.copy: terminating connection due to administrator command; check the server and rerun")
    }
}
