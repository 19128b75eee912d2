import Foundation

/// A user of the synthetic account: a host, an attendee, or a recent joiner.
public struct SyntheticUser: Sendable, Hashable {
    /// Zoom's user id: 22 characters of URL-safe base64, like a real account's.
    public let id: String
    public let email: String
    public let firstName: String
    public let lastName: String
    /// Zoom's user type: 1 Basic, 2 Licensed. Only licensed users host meetings here.
    public let type: Int
    public let status: String
    public let dept: String
    public let timeZone: TimeZone
    public let createdAt: Date

    public var displayName: String { "\(firstName) \(lastName)" }
    public var isLicensed: Bool { type == 2 }

    /// Makes the user numbered `number` from a keyed random stream; `number` keeps emails unique.
    init(number: Int, domain: String, createdAt: Date, licensed: Bool, random: inout SplitMix64) {
        let first = random.pick(SyntheticVocabulary.firstNames)
        let last = random.pick(SyntheticVocabulary.lastNames)
        id = SyntheticIdentifiers.userId(random.bytes(16))
        firstName = first
        lastName = last
        let local = "\(first).\(last)".lowercased().filter { $0.isLetter || $0 == "." }
        email = "\(local).\(number)@\(domain)"
        type = licensed ? 2 : 1
        status = "active"
        dept = random.pick(SyntheticVocabulary.departments)
        timeZone = TimeZone(identifier: random.pick(SyntheticVocabulary.timeZones))!
        self.createdAt = createdAt
    }
}

/// Zoom's identifier spellings, made from random bytes.
enum SyntheticIdentifiers {
    /// User ids look like `KDcuGIm1QgePTO8WbOqwIQ`: base64url without padding.
    static func userId(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Meeting UUIDs are standard base64 of 16 bytes (`4444AAAiAAAAAiAiAiiAii==`). Some start with
    /// `/` or contain `//`, which Zoom requires clients to double-encode (zoom-api.md §5).
    static func meetingUUID(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }
}
