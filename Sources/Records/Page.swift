/// One unit of loading: rows that commit together with the checkpoint they advance.
///
/// Pages are the exactly-once boundary: the loader writes a page's rows, its rejects and its
/// checkpoint in one transaction, so a crash leaves either all of them or none.
public struct Page: Sendable {
    public var rows: [Row]
    public var rejects: [Reject]
    /// Stored after the rows, in the same transaction; nil leaves the stream's checkpoint as it is.
    public var checkpoint: Checkpoint?
    /// For `.replaceByParent` streams: the parent key values whose rows this page replaces.
    /// Every row of the page must belong to this parent.
    public var parent: [Cell]?
    /// API requests spent producing the page, for the run's accounting.
    public var requests: Int
    /// For child streams: the parent this page finished (or failed), recorded with the rows so a
    /// resumed fan-out skips exactly the parents already done.
    public var childProgress: ChildProgress?
    /// Values Zoom sent empty or unreadable that were stored as NULL (a QoS "" or "n/a"), counted, never fatal.
    public var nullifiedValues: Int
    /// Of those, the ones that were not empty but in a form zoom-etl cannot read: an alarm, since a
    /// new unit spelling would otherwise silently become NULL. The first examples per field ride along.
    public var unparsableValues = 0
    public var unparsableExamples: [UnparsableValue] = []

    public init(rows: [Row], rejects: [Reject] = [], checkpoint: Checkpoint? = nil, parent: [Cell]? = nil, requests: Int = 1,
                childProgress: ChildProgress? = nil, nullifiedValues: Int = 0) {
        self.rows = rows
        self.rejects = rejects
        self.checkpoint = checkpoint
        self.parent = parent
        self.requests = requests
        self.childProgress = childProgress
        self.nullifiedValues = nullifiedValues
    }
}

extension Page {
    /// Examples kept per field and page (and per field and run, by the runner).
    public static let unparsableExamplesPerField = 3

    /// Counts unreadable values as nullified and unparsable, keeping the first few of each field.
    public mutating func noteUnparsable(_ values: [UnparsableValue]) {
        unparsableValues += values.count
        UnparsableValue.keep(values, in: &unparsableExamples)
    }
}

/// A value Zoom sent that could not be read, stored as NULL: where it was, and its JSON text.
public struct UnparsableValue: Sendable, Hashable {
    /// The stream and Zoom's field, e.g. `meeting_qos audio_input.bitrate`.
    public let field: String
    public let raw: String

    public init(field: String, raw: String) {
        self.field = field
        self.raw = raw
    }

    /// Appends `values` to `examples`, at most `Page.unparsableExamplesPerField` per field.
    public static func keep(_ values: [UnparsableValue], in examples: inout [UnparsableValue]) {
        for value in values where examples.count(where: { $0.field == value.field }) < Page.unparsableExamplesPerField {
            examples.append(value)
        }
    }
}

/// One parent's fetch for one child stream (say, a meeting instance's participants).
public struct ChildProgress: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        case done
        /// The parent's child calls failed; retried on later runs a bounded number of times.
        case failed(reason: String)
        /// Zoom says the parent no longer exists (404, code 3001): never fetched again, not a failure.
        case gone(reason: String)

        public var status: ChildStatus {
            switch self {
            case .done: .done
            case .failed: .failed
            case .gone: .gone
            }
        }
    }

    public let stream: StreamName
    /// The parent's key, e.g. a meeting UUID.
    public let parent: String
    public let outcome: Outcome

    public init(stream: StreamName, parent: String, outcome: Outcome) {
        self.stream = stream
        self.parent = parent
        self.outcome = outcome
    }
}

/// A record Zoom sent that could not be typed: kept with its raw JSON and the reason.
public struct Reject: Sendable, Hashable {
    public let rawJSON: String
    public let reason: String

    public init(rawJSON: String, reason: String) {
        self.rawJSON = rawJSON
        self.reason = reason
    }
}

/// A parent's status in `etl.child_progress.status`, the one spelling the SQL uses too.
public enum ChildStatus: String, Sendable, CaseIterable {
    case done, failed, gone

    /// The status as a SQL string literal, for the constants that filter on it.
    public var sql: String { "'\(rawValue)'" }
}

/// How far a report stream has got, as `etl.checkpoints` stores it: its position in one scope.
public struct Checkpoint: Sendable, Hashable {
    public let stream: StreamName
    public let scope: CheckpointScope
    public let cursor: ReportCursor

    public init(stream: StreamName, scope: CheckpointScope, cursor: ReportCursor) {
        self.stream = stream
        self.scope = scope
        self.cursor = cursor
    }
}
