/// A stream's name, as `jobs.conf`, `--streams`, `etl.checkpoints` and the log events spell it.
///
/// A type rather than a String, so a name cannot be mixed up with a table, an account or a
/// parent key; each stream declares its own (`StreamDescriptor.name`).
public struct StreamName: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// A name written out, as a declaration or a test does; a String value needs `init(_:)`.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public var description: String { rawValue }

    public static func < (lhs: StreamName, rhs: StreamName) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// Which position of a stream a checkpoint holds: the job's nightly one, or one backfill's.
///
/// A backfill has a position of its own, so it never moves the nightly checkpoint (DESIGN.md,
/// guarantee 2); its range names it, so rerunning the same backfill resumes it. Stored as text
/// in `etl.checkpoints.scope`: `incremental` or `backfill 2026-01-01..2026-01-31`.
public enum CheckpointScope: Hashable, Sendable, Codable, CustomStringConvertible {
    case incremental
    case backfill(DateRange)

    private static let backfillPrefix = "backfill "

    /// The stored spelling.
    public var rawValue: String {
        switch self {
        case .incremental: "incremental"
        case .backfill(let range): Self.backfillPrefix + range.description
        }
    }

    /// Reads the stored spelling; nil for anything else.
    public init?(rawValue: String) {
        if rawValue == "incremental" {
            self = .incremental
            return
        }
        guard rawValue.hasPrefix(Self.backfillPrefix) else { return nil }
        let days = rawValue.dropFirst(Self.backfillPrefix.count).split(separator: ".", omittingEmptySubsequences: true)
        guard days.count == 2, let from = CivilDate(iso: String(days[0])), let to = CivilDate(iso: String(days[1])),
              let range = DateRange(from: from, to: to), range.description == rawValue.dropFirst(Self.backfillPrefix.count) else { return nil }
        self = .backfill(range)
    }

    public var description: String { rawValue }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let scope = CheckpointScope(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a checkpoint scope: \(text)"))
        }
        self = scope
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A report stream's position: the last day loaded, and for a backfill whether it reached its end.
///
/// Stored as the jsonb object `{"through": "2026-01-31"}`, with `"complete": "true"` once a
/// backfill has loaded its last day: the spelling of the first release, which warehouses
/// already hold, so the coding keeps it exactly.
public struct ReportCursor: Hashable, Sendable, Codable {
    public var through: CivilDate?
    public var complete: Bool

    public init(through: CivilDate?, complete: Bool = false) {
        self.through = through
        self.complete = complete
    }

    private enum CodingKeys: String, CodingKey {
        case through, complete
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        through = try container.decodeIfPresent(CivilDate.self, forKey: .through)
        let complete = try container.decodeIfPresent(String.self, forKey: .complete)
        guard complete == nil || complete == "true" || complete == "false" else {
            throw DecodingError.dataCorruptedError(forKey: .complete, in: container, debugDescription: "complete is neither \"true\" nor \"false\"")
        }
        self.complete = complete == "true"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(through, forKey: .through)
        if complete { try container.encode("true", forKey: .complete) }
    }
}
