import Foundation
import Records

/// Zoom's timestamp spellings (zoom-api.md §7), by integer arithmetic: no formatter, no locale.
public enum ZoomTime {
    /// `2022-03-23T06:58:09Z`: reports and dashboards, whole seconds (fractions dropped).
    public static func iso(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        return "\(day(seconds))T\(clock(seconds))Z"
    }

    /// `2019-02-01T12:34:12.66Z`: the webinar participants report keeps milliseconds, trailing zeros
    /// trimmed, and no fraction at all on a whole second (zoom-api.md §2).
    public static func isoMilliseconds(_ date: Date) -> String {
        let millis = Int((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = millis.floorDiv(1000), fraction = millis - seconds * 1000
        guard fraction > 0 else { return "\(day(seconds))T\(clock(seconds))Z" }
        var digits = String(format: "%03d", fraction)
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(day(seconds))T\(clock(seconds)).\(digits)Z"
    }

    /// `12/22/2021 16:20` in `timeZone`: `/report/users/{id}/meetings` (zoom-api.md §2). Zoom does
    /// not say which zone; the sandbox uses the account's (zoom-api.md §8).
    public static func reportLocal(_ date: Date, in timeZone: TimeZone) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let civil = CivilDate(dayNumber: seconds.floorDiv(86_400))
        let minuteOfDay = (seconds - seconds.floorDiv(86_400) * 86_400) / 60
        return String(format: "%02d/%02d/%04d %02d:%02d", civil.month, civil.day, civil.year, minuteOfDay / 60, minuteOfDay % 60)
    }

    private static func day(_ seconds: Int) -> String {
        CivilDate(dayNumber: seconds.floorDiv(86_400)).description
    }

    private static func clock(_ seconds: Int) -> String {
        let second = seconds - seconds.floorDiv(86_400) * 86_400
        // Not String(format:): every QoS sample has a timestamp, and the formatter was a tenth of a page's cost.
        return "\(twoDigits(second / 3600)):\(twoDigits(second / 60 % 60)):\(twoDigits(second % 60))"
    }

    /// 0...99 as two digits.
    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

extension Int {
    /// Division rounding towards negative infinity (for instants before 1970).
    func floorDiv(_ divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
