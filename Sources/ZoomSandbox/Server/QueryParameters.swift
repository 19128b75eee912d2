import Foundation

/// Decoded `name=value` pairs of a query string or an x-www-form-urlencoded body, in order.
struct QueryParameters: Sendable {
    private(set) var items: [URLQueryItem]

    init(items: [URLQueryItem] = []) {
        self.items = items
    }

    /// Parses `a=1&b=two+words`; `+` is a space and `%XX` is decoded, as forms and query strings use.
    init(encoded: String?) {
        guard let encoded, !encoded.isEmpty else {
            items = []
            return
        }
        items = encoded.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = QueryParameters.decode(parts[0])
            return URLQueryItem(name: name, value: parts.count > 1 ? QueryParameters.decode(parts[1]) : nil)
        }
    }

    /// The first value of `name`; nil when absent. A bare `name` or `name=` gives "".
    subscript(name: String) -> String? {
        items.first { $0.name == name }.map { $0.value ?? "" }
    }

    /// These parameters, then those of `other` whose names are not already present.
    func merging(_ other: QueryParameters) -> QueryParameters {
        let names = Set(items.map(\.name))
        return QueryParameters(items: items + other.items.filter { !names.contains($0.name) })
    }

    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
