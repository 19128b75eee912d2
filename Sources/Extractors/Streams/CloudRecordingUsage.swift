import Foundation
import Records

/// `cloud_recording_usage`: the account's cloud recording storage, one row per day.
///
/// Zoom: `GET /report/cloud_recording?from=&to=` (HEAVY, Pro+), at most 30 days between `from`
/// and `to`, within the recent 6 months (OpenAPI `Meetings.json`). Sizes arrive as text with a
/// unit ("3 MB", "1.5 GB", "Unlimited" for plan figures; zoom-api.md) and are stored in bytes,
/// 1 KB = 1,024 bytes; "Unlimited" is NULL.
public struct CloudRecordingUsage: ReportStream {
    public static let declaration = StreamDeclaration(
        StreamDescriptor(
            name: StreamName("cloud_recording_usage"),
            table: TableName(schema: "zoom", name: "cloud_recording_usage"),
            columns: [
                Column("date", .date), Column("usage_bytes", .bigint), Column("plan_usage_bytes", .bigint), Column("free_usage_bytes", .bigint),
            ],
            primaryKey: ["date"],
            disposition: .mergeByKey
        ),
        endpoint: "/report/cloud_recording", category: .heavy,
        paging: .single(itemsKey: "cloud_recording_storage"),
        // A calendar month is at most 30 days from its first to its last.
        reading: .reportDays(limit: .calendarMonth(wholePeriods: false)),
        retention: .months(6),
        scopes: ["report:read:admin"]
    )

    public init() {}

    public func request(for window: DateRange) -> ZoomRequest {
        ZoomRequest(Self.endpoint, query: [("from", "\(window.from)"), ("to", "\(window.to)")])
    }

    public func rows(_ records: [JSONValue], window: DateRange, timeZone: TimeZone) -> Page {
        typedPage(records, endpoint: Self.endpoint) { reader in
            guard let usage = try Self.bytes(reader, "usage") else { throw RecordReader.Problem(reason: "usage is missing, empty or Unlimited: not a size") }
            return [.date(try reader.date("date")), .int(usage), .int(try Self.bytes(reader, "plan_usage")), .int(try Self.bytes(reader, "free_usage"))]
        }
    }

    /// A size as Zoom writes it, in bytes: a number, an optional space, and B, KB, MB, GB or TB
    /// (any case), 1 KB = 1,024 bytes. Absent, empty and "Unlimited" are nil; anything else that
    /// does not read rejects the record, so no size is silently lost.
    static func bytes(_ reader: RecordReader, _ key: String) throws(RecordReader.Problem) -> Int64? {
        guard let text = try reader.text(key) else { return nil }
        if text.caseInsensitiveCompare("Unlimited") == .orderedSame { return nil }
        guard let bytes = storageBytes(text) else { throw RecordReader.Problem(reason: "\(key) is not a size: \(text)") }
        return bytes
    }

    static func storageBytes(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let number = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = trimmed.dropFirst(number.count).trimmingCharacters(in: .whitespaces).uppercased()
        let powers = ["B": 0, "KB": 1, "MB": 2, "GB": 3, "TB": 4]
        guard !number.isEmpty, number.count <= 20, number.filter({ $0 == "." }).count <= 1, number.first != ".", number.last != ".",
              let power = powers[unit], let value = Decimal(string: String(number), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        var scaled = value
        for _ in 0..<power { scaled *= 1024 }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        guard rounded <= Decimal(Int64.max) else { return nil }
        return NSDecimalNumber(decimal: rounded).int64Value
    }
}
