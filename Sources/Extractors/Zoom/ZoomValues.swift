import Foundation
import Records

/// Zoom's value spellings turned into typed cells (zoom-api.md §7): timestamps with or without
/// fractions, report times without a zone, QoS strings with units.
public enum ZoomValues {
    /// `2022-03-23T06:58:09Z` or `2019-02-01T12:34:12.66Z`; nil for anything else.
    public static func instant(_ text: String) -> Date? {
        if let plain = try? Date(text, strategy: .iso8601) { return plain }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// `MM/dd/yyyy HH:mm` (the per-user meeting report), read in the account's time zone (zoom-api.md §8).
    public static func localMinute(_ text: String, in timeZone: TimeZone) -> Date? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == " " || $0 == ":" })
        guard parts.count == 5, let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2]),
              let hour = Int(parts[3]), let minute = Int(parts[4]), parts[2].count == 4,
              (0...23).contains(hour), (0...59).contains(minute), CivilDate(year: year, month: month, day: day) != nil else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))
    }

    /// A QoS measurement such as "27.15 kbps", "27.15kbps", "1.2 Mbps", "126 ms", "0ms", "0.03%",
    /// "12 fps", converted to `unit`; nil when empty or unreadable.
    public static func measure(_ raw: String?, in unit: QoSUnit) -> Double? {
        guard let raw else { return nil }
        // Every QoS value of a backfill passes here: read ASCII bytes without Foundation, which
        // was a third of the CPU a QoS load spent. Anything else takes the general path.
        if let fast = asciiMeasure(raw, in: unit) { return fast }
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let number = text.prefix { $0.isNumber || $0 == "." || $0 == "-" }
        guard !number.isEmpty, let value = Double(number), value.isFinite else { return nil }
        let suffix = text.dropFirst(number.count).trimmingCharacters(in: .whitespaces).lowercased()
        guard let factor = unit.factor(for: suffix) else { return nil }
        return value * factor
    }

    /// The measure of an ASCII text, as `measure` reads it (`.some(nil)`: unreadable); nil sends
    /// other texts, such as digits of another script, to the general path.
    private static func asciiMeasure(_ text: String, in unit: QoSUnit) -> Double?? {
        var utf8 = Substring(text).utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        while let first = utf8.first, first == 0x20 || first == 0x09 { utf8.removeFirst() }
        while let last = utf8.last, last == 0x20 || last == 0x09 { utf8.removeLast() }
        guard !utf8.isEmpty else { return .some(nil) }
        let number = utf8.prefix { (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2D }
        guard !number.isEmpty, let value = Double(Substring(number)), value.isFinite else { return .some(nil) }
        var suffix = utf8.dropFirst(number.count)
        while let first = suffix.first, first == 0x20 || first == 0x09 { suffix.removeFirst() }
        guard let factor = unit.factor(for: String(Substring(suffix)).lowercased()) else { return .some(nil) }
        return .some(value * factor)
    }

    /// "1280*720" (also "1280x720") as width and height.
    /// A side beyond PostgreSQL `integer` (the columns' type) does not read: it would fail the
    /// page's COPY, so it becomes NULL and counted like any other unreadable value.
    public static func resolution(_ text: String?) -> (width: Int64, height: Int64)? {
        guard let text, !text.isEmpty else { return nil }
        let size: (width: Int64, height: Int64)
        if let plain = plainResolution(text) {
            size = plain
        } else {
            let parts = text.lowercased().split(whereSeparator: { $0 == "*" || $0 == "x" }).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let width = Int64(parts[0]), let height = Int64(parts[1]), width >= 0, height >= 0 else { return nil }
            size = (width, height)
        }
        guard size.width <= Int64(Int32.max), size.height <= Int64(Int32.max) else { return nil }
        return size
    }

    /// `digits*digits` or `digitsxdigits`, the spellings Zoom sends: read from the bytes, since
    /// lowercasing, splitting and trimming every sample's resolution was 6 % of a QoS load's CPU.
    /// Anything else (spaces, signs) is left to the general path.
    private static func plainResolution(_ text: String) -> (width: Int64, height: Int64)? {
        var numbers: (Int64, Int64) = (0, 0)
        var digits = (0, 0)
        var second = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard (second ? digits.1 : digits.0) < 18 else { return nil }
                if second {
                    numbers.1 = numbers.1 * 10 + Int64(byte - UInt8(ascii: "0"))
                    digits.1 += 1
                } else {
                    numbers.0 = numbers.0 * 10 + Int64(byte - UInt8(ascii: "0"))
                    digits.0 += 1
                }
            case UInt8(ascii: "*"), UInt8(ascii: "x"), UInt8(ascii: "X"):
                guard !second, digits.0 > 0 else { return nil }
                second = true
            default:
                return nil
            }
        }
        return second && digits.1 > 0 ? numbers : nil
    }
}

/// The unit a QoS column stores, and the spellings Zoom uses for it.
public enum QoSUnit: Sendable {
    case kbps, milliseconds, percent, fps

    func factor(for suffix: String) -> Double? {
        switch (self, suffix) {
        case (_, ""): 1
        case (.kbps, "kbps"), (.kbps, "kb/s"): 1
        case (.kbps, "mbps"), (.kbps, "mb/s"): 1000
        case (.kbps, "bps"): 0.001
        case (.milliseconds, "ms"): 1
        case (.milliseconds, "s"): 1000
        case (.percent, "%"), (.fps, "fps"): 1
        default: nil
        }
    }
}
