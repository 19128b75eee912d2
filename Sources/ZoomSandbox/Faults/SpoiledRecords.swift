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
    /// `body` with the records `spoils` picks retyped: their first number (by key) sent as a
    /// string, as a sloppy serializer might. Records are the objects of the arrays found walking
    /// down through objects (`dates`, `participants`, GraphQL's `data.users.edges`); nothing inside
    /// a record is searched. Returns nil when no record was spoiled, so the body goes out unchanged.
    func spoilRecords(in body: Data) -> Data? {
        guard (plan?.rates[.wrongTypes]?.probability ?? 0) > 0,
              let document = try? JSONDecoder().decode(LooseJSON.self, from: body) else { return nil }
        var spoiled = false
        let result = walk(document, spoiled: &spoiled)
        return spoiled ? LooseJSON.encoded(result) : nil
    }

    private func walk(_ value: LooseJSON, spoiled: inout Bool) -> LooseJSON {
        switch value {
        case .object(let fields):
            return .object(fields.mapValues { walk($0, spoiled: &spoiled) })
        case .array(let items) where items.contains(where: { if case .object = $0 { true } else { false } }):
            return .array(items.map { item in
                guard case .object(var fields) = item, spoils(record: String(decoding: LooseJSON.encoded(item), as: UTF8.self)),
                      let key = fields.keys.sorted().first(where: { fields[$0]?.isNumber == true }) else { return item }
                fields[key] = .string(fields[key]!.numberText)
                spoiled = true
                return .object(fields)
            })
        default:
            return value
        }
    }
}

extension LooseJSON {
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
