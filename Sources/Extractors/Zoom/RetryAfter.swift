import Foundation

/// Reads `Retry-After`, which Zoom sends as seconds or as an absolute date (zoom-api.md §5, §8).
enum RetryAfter {
    /// How long to wait from `now`, or nil when the header is absent or unreadable.
    static func delay(_ header: String?, now: Date) -> TimeInterval? {
        guard let header = header?.trimmingCharacters(in: .whitespaces), !header.isEmpty else { return nil }
        if let seconds = Double(header) { return max(0, seconds) }
        if let date = parseDate(header) { return max(0, date.timeIntervalSince(now)) }
        return nil
    }

    static func parseDate(_ text: String) -> Date? {
        if let iso = try? Date(text, strategy: .iso8601) { return iso }
        // RFC 7231 IMF-fixdate, e.g. "Wed, 26 Nov 2026 00:00:00 GMT".
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}
