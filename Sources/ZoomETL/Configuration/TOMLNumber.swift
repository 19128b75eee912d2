/// A TOML 1.0 integer or float, read from its token (`+1_000`, `0xDEAD_beef`, `6.626e-34`, `-inf`).
///
/// The grammar is checked here, digit by digit, because Swift's `Int64(_:)` and `Double(_:)`
/// accept text TOML does not (`1.`, `.5`, `0x` prefixes via radix, `infinity`, leading zeros).
enum TOMLNumber: Equatable {
    case integer(Int64)
    case float(Double)
    /// A well-formed integer that does not fit in 64 bits.
    case outOfRange

    /// nil when the token is not a TOML number.
    init?(_ token: [UInt8]) {
        var index = 0
        let hasSign = token.first == UInt8(ascii: "+") || token.first == UInt8(ascii: "-")
        if hasSign { index = 1 }
        let negative = token.first == UInt8(ascii: "-")
        let rest = String(decoding: token[index...], as: UTF8.self)
        if rest == "inf" {
            self = .float(negative ? -.infinity : .infinity)
            return
        }
        if rest == "nan" {
            self = .float(negative ? -.nan : .nan)
            return
        }
        if !hasSign, token.count > 2, token[0] == UInt8(ascii: "0") {
            let radix: Int? = switch token[1] {
            case UInt8(ascii: "x"): 16
            case UInt8(ascii: "o"): 8
            case UInt8(ascii: "b"): 2
            default: nil
            }
            if let radix {
                guard let digits = Self.digitRun(token, from: 2, radix: radix), digits.end == token.count else { return nil }
                self = Int64(digits.text, radix: radix).map { .integer($0) } ?? .outOfRange
                return
            }
        }
        // Decimal: an integer part without leading zeros, then optionally a fraction and an exponent.
        guard let integer = Self.digitRun(token, from: index, radix: 10) else { return nil }
        if integer.text.count > 1, integer.text.hasPrefix("0") { return nil }
        var text = (negative ? "-" : "") + integer.text
        index = integer.end
        var isFloat = false
        if index < token.count, token[index] == .dot {
            guard let fraction = Self.digitRun(token, from: index + 1, radix: 10) else { return nil }
            text += "." + fraction.text
            index = fraction.end
            isFloat = true
        }
        if index < token.count, token[index] == UInt8(ascii: "e") || token[index] == UInt8(ascii: "E") {
            index += 1
            var sign = ""
            if index < token.count, token[index] == UInt8(ascii: "+") || token[index] == UInt8(ascii: "-") {
                sign = String(Character(Unicode.Scalar(token[index])))
                index += 1
            }
            // The exponent may have leading zeros (TOML 1.0, "Float").
            guard let exponent = Self.digitRun(token, from: index, radix: 10) else { return nil }
            text += "e" + sign + exponent.text
            index = exponent.end
            isFloat = true
        }
        guard index == token.count else { return nil }
        if isFloat {
            guard let value = Double(text) else { return nil }
            self = .float(value)
        } else {
            self = Int64(text).map { .integer($0) } ?? .outOfRange
        }
    }

    /// Digits of `radix` from `start`, each `_` between two digits; the digits without the `_`s.
    private static func digitRun(_ token: [UInt8], from start: Int, radix: Int) -> (text: String, end: Int)? {
        var digits: [UInt8] = []
        var index = start
        while index < token.count {
            let byte = token[index]
            if byte == UInt8(ascii: "_") {
                guard !digits.isEmpty, index + 1 < token.count, isDigit(token[index + 1], radix: radix) else { return nil }
            } else if isDigit(byte, radix: radix) {
                digits.append(byte)
            } else {
                break
            }
            index += 1
        }
        return digits.isEmpty ? nil : (String(decoding: digits, as: UTF8.self), index)
    }

    private static func isDigit(_ byte: UInt8, radix: Int) -> Bool {
        switch radix {
        case 2: byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1")
        case 8: byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "7")
        case 16: byte.isHexDigit
        default: byte.isDigit
        }
    }
}
