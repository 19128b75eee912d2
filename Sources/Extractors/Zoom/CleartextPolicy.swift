import Foundation

/// Where credentials may travel: `https` to any host, plain `http` only to this machine.
///
/// The client secret goes to the OAuth URL and the bearer token to the API URL, so both must be
/// encrypted on the wire. Loopback stays open to `http` because nothing crosses a network there:
/// the sandbox, the tests and a local TLS-terminating proxy live on it.
public enum CleartextPolicy {
    /// Why credentials may not be sent to `url`, or nil when they may.
    public static func refusal(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            return "is not a URL"
        }
        guard let host = components.host, !host.isEmpty else { return "names no host" }
        switch scheme {
        case "https":
            return nil
        case "http":
            return isLoopback(host: host) ? nil
                : "uses http:// for a host that is not this machine; use https:// (http is allowed only for 127.0.0.0/8, ::1 and localhost)"
        default:
            return "is not an https:// URL"
        }
    }

    /// 127.0.0.0/8, ::1 or `localhost`, in the spellings a URL's host may take.
    public static func isLoopback(host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name.hasSuffix(".") { name.removeLast() }
        if name == "localhost" { return true }
        var ipv4 = in_addr()
        if inet_pton(AF_INET, name, &ipv4) == 1 {
            // s_addr is in network order: its first byte in memory is the first octet.
            return withUnsafeBytes(of: &ipv4) { $0[0] } == 127
        }
        var ipv6 = in6_addr()
        if inet_pton(AF_INET6, name, &ipv6) == 1 {
            return withUnsafeBytes(of: &ipv6) { bytes in bytes.prefix(15).allSatisfy { $0 == 0 } && bytes[15] == 1 }
        }
        return false
    }
}
