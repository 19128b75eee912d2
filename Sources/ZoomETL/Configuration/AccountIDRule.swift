/// What a Zoom account ID must look like before zoom-etl keys rows by it, writes it to
/// `etl.runs` or prints it in `status`: the variable `account_id_env` names may hold a secret by
/// mistake (`account_id_env` and `client_secret_env` swapped), and that value must go nowhere.
///
/// The rule, which no real account ID breaks:
/// - 1 to 64 characters, each a letter, a digit, `-` or `_`. Zoom's IDs are short URL-safe
///   strings (22 characters of base64url; the sandbox's is `sandbox-account`), so a token (it has
///   dots), a Basic credential (`+`, `/`, `=`), anything with spaces or a long value is refused.
/// - Not the value of the account's client ID or client secret variable: no ID is both.
/// - Not a swap: a value of exactly 32 letters and digits is what a Zoom client secret looks like;
///   it is refused when the client secret variable then holds something that does not (shorter,
///   or with `-` or `_`), as it does when the two names are swapped. A real account keeps a
///   32-character secret beside its ID, so this refuses only the swap, never an ID by its shape.
///
/// Errors name the variable and never the value.
enum AccountIDRule {
    static let maxLength = 64

    static func check(_ accountId: String, variable: String, account: String, clientId: String?, clientSecret: String?) throws {
        let place = "\(variable) (the account ID of Zoom account \(String(reflecting: account)))"
        guard (1...maxLength).contains(accountId.count), accountId.unicodeScalars.allSatisfy(isIDCharacter) else {
            throw ConfigurationError("\(place) does not look like a Zoom account ID: it must be 1 to \(maxLength) letters, digits, '-' or '_' (the value is not shown; is account_id_env naming the right variable?)")
        }
        if accountId == clientSecret || accountId == clientId {
            throw ConfigurationError("\(place) holds the same value as the account's client \(accountId == clientSecret ? "secret" : "ID") variable (the value is not shown); check account_id_env in jobs.conf")
        }
        if looksLikeClientSecret(accountId), let clientSecret, !looksLikeClientSecret(clientSecret) {
            throw ConfigurationError("\(place) looks like a client secret and the client secret variable like an account ID (the values are not shown); are account_id_env and client_secret_env swapped in jobs.conf?")
        }
    }

    /// 32 letters and digits, the shape of the secrets Zoom's Marketplace issues.
    static func looksLikeClientSecret(_ value: String) -> Bool {
        value.count == 32 && value.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }

    private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
    }
}
