import Foundation
import CLibPQ
import Logging

/// One libpq connection (`PGconn`), closed when the last reference goes.
///
/// Not thread-safe, like libpq itself: the `Warehouse` actor confines it to its serial queue,
/// where blocking calls are fine (STYLE §7).
final class PGConnection {
    private let handle: OpaquePointer
    /// Receives the server's notices; kept alive as long as the handle that points at it.
    private let notices: NoticeSink

    /// Connects with a libpq connection string (URI or key=value); nil or "" uses the PG* variables.
    init(connectionString: String?, logger: Logger) throws {
        let conninfo = connectionString ?? ""
        if !conninfo.isEmpty {
            // libpq's own parse errors quote the offending text, which may be a password: check first
            // and say only that the string is malformed.
            try ConnectionString.validate(conninfo)
        }
        // libpq waits forever by default: for a server that accepts but never answers, and for a
        // peer that vanished without closing the connection (a failed-over host, a dropped NAT
        // entry). A nightly job must fail instead, so it can be retried: connecting gives up after
        // 10 s, and TCP keepalives find a dead peer within about a minute. The connection string
        // comes after these defaults, so its own values win (libpq: later keywords override).
        var keywords = ["connect_timeout", "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count"]
        var values = ["10", "1", "30", "10", "3"]
        if !conninfo.isEmpty {
            keywords.append("dbname")
            values.append(conninfo)
        }
        keywords += ["fallback_application_name", "client_encoding"]
        values += ["zoom-etl", "UTF8"]
        let connection = withCStrings(keywords) { keywordPointers in
            withCStrings(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let connection else { throw WarehouseError(.connect, "libpq could not allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.trimmed(PQerrorMessage(connection))
            PQfinish(connection)
            throw WarehouseError(.connect, message)
        }
        handle = connection
        notices = NoticeSink(logger: logger)
        PQsetNoticeReceiver(handle, { argument, result in
            guard let argument, let result else { return }
            Unmanaged<NoticeSink>.fromOpaque(argument).takeUnretainedValue().receive(result)
        }, Unmanaged.passUnretained(notices).toOpaque())
        // The session's settings every query relies on: UTC instants, ISO dates, exact floats.
        _ = try executeScript(Self.sessionSetup, name: "session setup")
    }

    deinit { PQfinish(handle) }

    /// Whether a server answers at `conninfo`, without logging in (`PQping`).
    static func ping(_ conninfo: String) -> ServerPing {
        switch PQping(conninfo) {
        case PQPING_OK: return .accepting
        case PQPING_REJECT: return .starting
        default: return .unreachable
        }
    }

    private static let sessionSetup = "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 3"

    var isAlive: Bool { PQstatus(handle) == CONNECTION_OK }

    /// The server's version as libpq reports it, e.g. 150004.
    var serverVersion: Int { Int(PQserverVersion(handle)) }

    /// Runs one statement with text parameters `$1…$n`, sent apart from the text.
    @discardableResult
    func execute(_ query: SQLQuery, _ parameters: [String?] = []) throws -> PGResult {
        try ensureAlive(query)
        let raw = withOptionalCStrings(parameters) { pointers in
            PQexecParams(handle, query.text, Int32(parameters.count), nil, pointers, nil, nil, 0)
        }
        return try check(PGResult(taking: raw), query)
    }

    /// Runs text that may hold several statements and no parameters (migrations, session setup).
    @discardableResult
    func executeScript(_ sql: String, name: String) throws -> PGResult {
        let query = SQLQuery(name, sql)
        try ensureAlive(query)
        return try check(PGResult(taking: PQexec(handle, sql)), query)
    }

    /// Runs a `COPY … FROM STDIN` and lets `body` send its data in chunks.
    ///
    /// COPY mode is always left: when `body` throws (a cancellation, say), the copy is ended with
    /// an error message, so the server aborts it and the connection stays usable.
    func copyIn(_ query: SQLQuery, body: (_ send: ([UInt8]) throws -> Void) throws -> Void) throws {
        let start = try execute(query)
        guard start.status == PGRES_COPY_IN else {
            throw WarehouseError(.protocolViolation, "the server did not enter COPY IN mode", query: query.name)
        }
        let send: ([UInt8]) throws -> Void = { [handle] bytes in
            let sent = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
            }
            guard sent == 1 else {
                throw WarehouseError(.copy, Self.trimmed(PQerrorMessage(handle)), query: query.name)
            }
        }
        do {
            try body(send)
        } catch {
            _ = PQputCopyEnd(handle, "aborted by zoom-etl")
            drainResults()
            throw error
        }
        guard PQputCopyEnd(handle, nil) == 1 else {
            let failure = WarehouseError(.copy, Self.trimmed(PQerrorMessage(handle)), query: query.name)
            drainResults()
            throw failure
        }
        // The first result is the COPY's outcome; libpq then returns nil.
        let outcome = PGResult(taking: PQgetResult(handle))
        drainResults()
        guard let outcome else {
            throw WarehouseError(.copy, "no result after COPY", query: query.name)
        }
        guard outcome.status == PGRES_COMMAND_OK else {
            throw failure(outcome, query, kind: .copy)
        }
    }

    /// Runs `body` in a transaction: COMMIT when it returns, ROLLBACK when it throws.
    @discardableResult
    func transaction<T>(_ body: () throws -> T) throws -> T {
        // A BEGIN inside an open transaction is only a warning to PostgreSQL, and this COMMIT
        // would then commit the other one half-way (a set `beginReplacement` keeps open across
        // pages, say): refuse instead, loudly. A lost connection (PQTRANS_UNKNOWN) goes on to
        // BEGIN, which reports it as lost, as the run's reconnect-to-record-the-end expects.
        let status = PQtransactionStatus(handle)
        guard status != PQTRANS_INTRANS, status != PQTRANS_INERROR, status != PQTRANS_ACTIVE else {
            throw WarehouseError(.protocolViolation, "a transaction is already open on this session; one session runs one at a time", query: "begin")
        }
        try execute(.begin)
        let value: T
        do {
            value = try body()
        } catch {
            rollbackQuietly()
            throw error
        }
        do {
            try execute(.commit)
        } catch {
            rollbackQuietly()
            throw error
        }
        return value
    }

    /// Best-effort ROLLBACK after a failure; the original error is what the caller reports.
    func rollbackQuietly() {
        guard isAlive else { return }
        PQclear(PQexec(handle, SQLQuery.rollback.text))
    }

    private func ensureAlive(_ query: SQLQuery) throws {
        guard isAlive else {
            throw WarehouseError(.connect, lostBecause.map { "the connection is broken (\($0))" } ?? "the connection is broken", query: query.name)
        }
    }

    /// Why the connection was lost, as libpq said when it happened; later statements repeat it.
    private var lostBecause: String?

    private func check(_ result: PGResult?, _ query: SQLQuery) throws -> PGResult {
        guard let result, result.isSuccess else { throw failure(result, query, kind: .server) }
        return result
    }

    private func failure(_ result: PGResult?, _ query: SQLQuery, kind: WarehouseError.Kind) -> WarehouseError {
        let libpqMessage = Self.trimmed(PQerrorMessage(handle))
        if isAlive, result?.field(Self.sqlstateField) == nil {
            // The error is libpq's own, not the server's (which always sends a SQLSTATE). When the
            // server vanished at once (an immediate shutdown, a crash), sending the statement failed
            // and libpq reports that but still calls the connection OK; reading once more finds
            // the socket closed and marks it bad, so the failure reads as the lost connection it is.
            _ = PQconsumeInput(handle)
        }
        if !isAlive {
            // A server shutdown or a terminated backend: say the connection is gone, not that a query was wrong.
            var error = result?.error(kind: .connect, query: query, fallback: libpqMessage)
                ?? WarehouseError(.connect, libpqMessage, query: query.name)
            error.writing = false
            lostBecause = lostBecause ?? error.message.split(separator: "\n").first.map(String.init)
            return error
        }
        return result?.error(kind: kind, query: query, fallback: libpqMessage)
            ?? WarehouseError(kind, libpqMessage.isEmpty ? "no result" : libpqMessage, query: query.name)
    }

    private func drainResults() {
        while let result = PQgetResult(handle) { PQclear(result) }
    }

    private static let sqlstateField = Int32(UInt8(ascii: "C"))

    private static func trimmed(_ message: UnsafePointer<CChar>?) -> String {
        guard let message else { return "" }
        return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Routes the server's NOTICE and WARNING messages to the logger instead of libpq's stderr default.
private final class NoticeSink {
    let logger: Logger

    init(logger: Logger) { self.logger = logger }

    func receive(_ result: OpaquePointer) {
        let severity = PQresultErrorField(result, Int32(UInt8(ascii: "V"))).map { String(cString: $0) } ?? "NOTICE"
        let message = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) } ?? ""
        let level: Logger.Level = severity == "WARNING" ? .warning : .debug
        logger.log(level: level, "PostgreSQL \(severity.lowercased()): \(message)")
    }
}

/// Calls `body` with NUL-terminated copies of `strings` and a trailing NULL, freed afterwards.
func withCStrings<R>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    withOptionalCStrings(strings + [nil], body)
}

/// Like `withCStrings`, with nil passed through as a NULL pointer (SQL NULL for parameters).
func withOptionalCStrings<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    let copies = strings.map { $0.flatMap { strdup($0) } }
    defer { copies.forEach { free($0) } }
    return body(copies.map { $0.map { UnsafePointer($0) } })
}

/// What `PQping` says of a server: for a tool waiting for one it started (`LocalPostgres`).
public enum ServerPing: Sendable { case accepting, starting, unreachable }

extension Warehouse {
    /// Whether a server answers at `conninfo`, without logging in.
    public static func ping(_ conninfo: String) -> ServerPing { PGConnection.ping(conninfo) }
}
