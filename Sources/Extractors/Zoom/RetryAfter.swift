import Foundation

/// Reads `Retry-After`, which Zoom sends as seconds or as an absolute date (zoom-api.md §5, §8).
///
/// The header comes from the network, so it is read defensively (zoom-api.md §9): seconds are
/// digits only (`1e300`, `inf`, `nan`, `-5` and hex floats are unreadable), and a wait beyond
/// `absurd` is unreadable too, so no value can overflow a `Duration` or a `Date`. Whether a
/// readable wait is too long to sit out is the caller's decision (`ZoomClient.rateLimited`).
enum RetryAfter {
    /// Ten years: no rate limit or quota of Zoom's lasts that long, so such a value is garbage.
    static let absurd: TimeInterval = 10 * 366 * 86_400

    /// How long to wait from `now`, or nil when the header is absent or unreadable.
    static func delay(_ header: String?, now: Date) -> TimeInterval? {
        guard let header = header?.trimmingCharacters(in: .whitespaces), !header.isEmpty else { return nil }
        if header.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") }) {
            guard let seconds = Double(header), seconds.isFinite, seconds <= absurd else { return nil }
            return seconds
        }
        guard let date = parseDate(header) else { return nil }
        let wait = date.timeIntervalSince(now)
        guard wait.isFinite, wait <= absurd else { return nil }
        return max(0, wait)
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
