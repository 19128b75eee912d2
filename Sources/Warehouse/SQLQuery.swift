import Records

/// A runtime statement: a name for errors and logs, its text with `$n` placeholders, and the
/// table it writes, if any.
///
/// Values always travel apart from the text (STYLE §5), so a name and the text are safe to log.
struct SQLQuery: Sendable {
    let name: String
    let text: String
    /// The table the statement writes; errors then read "refused to write <table>".
    let writes: TableName?

    init(_ name: String, writes: TableName? = nil, _ text: String) {
        self.name = name
        self.text = text
        self.writes = writes
    }

    static let begin = SQLQuery("begin", "BEGIN")
    static let commit = SQLQuery("commit", "COMMIT")
    static let rollback = SQLQuery("rollback", "ROLLBACK")
}

extension TableName {
    static let runs = TableName(schema: "etl", name: "runs")
    static let checkpoints = TableName(schema: "etl", name: "checkpoints")
    static let rejects = TableName(schema: "etl", name: "rejects")
    static let childProgress = TableName(schema: "etl", name: "child_progress")
    static let streamAvailability = TableName(schema: "etl", name: "stream_availability")
    static let schemaMigrations = TableName(schema: "etl", name: "schema_migrations")
}
