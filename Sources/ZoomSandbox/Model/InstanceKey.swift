import Foundation
import Records

/// Where a meeting instance lives in the model, sealed into the second half of its UUID.
///
/// The model has no index of instances: each day is generated on demand. Child endpoints
/// (participants, QoS) get only a UUID, so the UUID carries the day, revision and ordinal,
/// enciphered with a keyed Feistel network so UUIDs still look random (and stay distinct per
/// account and seed). Finding an instance is then: unseal, replay the day's cheap host draws,
/// generate that one instance, compare UUIDs (`SyntheticAccount.meeting(uuid:)`).
struct InstanceKey: Sendable, Hashable {
    let day: CivilDate
    let revision: Int
    let ordinal: Int

    /// A fixed tag in the low bits: a UUID not made by this account unseals to garbage, which
    /// this tag rejects (and the final UUID comparison rejects the rest).
    private static let tag: UInt64 = 0x5A17

    init(day: CivilDate, revision: Int, ordinal: Int) {
        self.day = day
        self.revision = revision
        self.ordinal = ordinal
    }

    /// The 8 bytes that become bytes 8...15 of the UUID.
    func sealed(with cipher: InstanceCipher) -> [UInt8] {
        precondition((0..<(1 << 24)).contains(day.dayNumber) && (0..<256).contains(revision) && (0..<65_536).contains(ordinal))
        let plain = UInt64(day.dayNumber) << 40 | UInt64(revision) << 32 | UInt64(ordinal) << 16 | InstanceKey.tag
        let value = cipher.encrypt(plain)
        return (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * $0)) }
    }

    /// The key hidden in `uuid`, or nil if it is not base64 of 16 bytes or was not sealed by `cipher`.
    init?(uuid: String, cipher: InstanceCipher) {
        guard uuid.count == 24, let data = Data(base64Encoded: uuid), data.count == 16 else { return nil }
        let value = data.suffix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let plain = cipher.decrypt(value)
        guard plain & 0xFFFF == InstanceKey.tag else { return nil }
        self.init(day: CivilDate(dayNumber: Int(plain >> 40)), revision: Int(plain >> 32 & 0xFF), ordinal: Int(plain >> 16 & 0xFFFF))
    }
}

/// A 4-round Feistel network over 64 bits, keyed by the account's seed and id.
struct InstanceCipher: Sendable, Hashable {
    private let keys: [UInt64]

    init(seed: UInt64, accountKey: UInt64) {
        keys = (0..<4).map { round in
            var random = SplitMix64(keys: seed, accountKey, 0x1D5E_A1ED, UInt64(round))
            return random.next()
        }
    }

    func encrypt(_ value: UInt64) -> UInt64 {
        var left = UInt32(truncatingIfNeeded: value >> 32), right = UInt32(truncatingIfNeeded: value)
        for key in keys {
            (left, right) = (right, left ^ round(right, key))
        }
        return UInt64(left) << 32 | UInt64(right)
    }

    func decrypt(_ value: UInt64) -> UInt64 {
        var left = UInt32(truncatingIfNeeded: value >> 32), right = UInt32(truncatingIfNeeded: value)
        for key in keys.reversed() {
            (left, right) = (right ^ round(left, key), left)
        }
        return UInt64(left) << 32 | UInt64(right)
    }

    private func round(_ half: UInt32, _ key: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: SplitMix64.mix(UInt64(half) ^ key))
    }
}
