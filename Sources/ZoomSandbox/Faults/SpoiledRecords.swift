import Foundation

/// A JSON document held loosely, so `wrongTypes` can retype one field and send the rest as it was.
///
/// Integers are kept apart from doubles: meeting ids are int64 and must survive the round trip.
enum LooseJSON: Codable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([LooseJSON])
    case object([String: LooseJSON])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int64.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([LooseJSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: LooseJSON].self)) }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    static func encoded(_ value: LooseJSON) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)) ?? Data("null".utf8)
    }
}

extension FaultSchedule {
    /// `body` with the records `spoils` picks damaged: under `wrongTypes` their first number (by
    /// key) sent as a string, as a sloppy serializer might; under `nulInText` a U+0000 put into a
    /// text field. Records are the objects of the arrays found walking down through objects
    /// (`dates`, `participants`, GraphQL's `data.users.edges`); nothing inside a record is
    /// searched. Returns nil when no record was spoiled, so the body goes out unchanged; else the
    /// body and the faults that struck.
    func spoilRecords(in body: Data) -> Data? {
        spoiledRecords(in: body)?.body
    }

    /// `spoilRecords`, with the faults that struck.
    func spoiledRecords(in body: Data) -> (body: Data, faults: Set<SandboxFault>)? {
        let active = FaultPlan.perRecord.filter { (plan?.rates[$0]?.probability ?? 0) > 0 }
        guard !active.isEmpty, let document = try? JSONDecoder().decode(LooseJSON.self, from: body) else { return nil }
        var struck: Set<SandboxFault> = []
        let result = walk(document, active: active, struck: &struck)
        return struck.isEmpty ? nil : (LooseJSON.encoded(result), struck)
    }

    /// Fields a U+0000 goes into first: the free text Zoom users type.
    static let nulTargets = ["name", "user_name", "topic", "email", "user_email", "host_name", "dept"]

    private func walk(_ value: LooseJSON, active: Set<SandboxFault>, struck: inout Set<SandboxFault>) -> LooseJSON {
        switch value {
        case .object(let fields):
            return .object(fields.mapValues { walk($0, active: active, struck: &struck) })
        case .array(let items) where items.contains(where: { if case .object = $0 { true } else { false } }):
            return .array(items.map { item in
                guard case .object(var fields) = item else { return item }
                let canonical = String(decoding: LooseJSON.encoded(item), as: UTF8.self)
                if active.contains(.wrongTypes), spoils(record: canonical, with: .wrongTypes),
                   let key = fields.keys.sorted().first(where: { fields[$0]?.isNumber == true }) {
                    fields[key] = .string(fields[key]!.numberText)
                    struck.insert(.wrongTypes)
                }
                if active.contains(.nulInText), spoils(record: canonical, with: .nulInText),
                   let key = Self.nulTargets.first(where: { fields[$0]?.isText == true })
                       ?? fields.keys.sorted().first(where: { fields[$0]?.isText == true }),
                   case .string(let text) = fields[key] {
                    fields[key] = .string(String(text.prefix(1)) + "\u{0}" + String(text.dropFirst()))
                    struck.insert(.nulInText)
                }
                return .object(fields)
            })
        default:
            return value
        }
    }
}

extension LooseJSON {
    var isText: Bool {
        if case .string = self { true } else { false }
    }

    var isNumber: Bool {
        switch self {
        case .int, .double: true
        default: false
        }
    }

    var numberText: String {
        switch self {
        case .int(let value): String(value)
        case .double(let value): String(value)
        default: ""
        }
    }
}
