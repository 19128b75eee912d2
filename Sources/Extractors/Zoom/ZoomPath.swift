import Foundation

/// Path segments as Zoom wants them.
public enum ZoomPath {
    /// A meeting UUID for a `{meetingId}` path segment: percent-encoded once, and twice when it
    /// starts with `/` or contains `//`, which Zoom requires (zoom-api.md §5, "UUID double-encoding").
    /// `+`, `/` and `=` are always encoded.
    public static func meetingUUID(_ uuid: String) -> String {
        let once = segment(uuid)
        return uuid.hasPrefix("/") || uuid.contains("//") ? segment(once) : once
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    public static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlUnreserved) ?? text
    }
}
