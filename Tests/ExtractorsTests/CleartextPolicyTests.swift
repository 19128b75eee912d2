import Testing
@testable import Extractors

/// Finding 9 of issue 11: credentials travel over https, or over http only to this machine.
@Suite struct CleartextPolicyTests {
    @Test(arguments: [
        "https://zoom.us", "https://api-eu.zoom.us/", "HTTPS://API.ZOOM.US",
        "http://127.0.0.1:8765", "http://127.10.20.30", "http://localhost:9000/", "http://LOCALHOST", "http://localhost.",
        "http://[::1]:8080", "http://[0:0:0:0:0:0:0:1]/",
    ])
    func allowed(url: String) {
        #expect(CleartextPolicy.refusal(url) == nil, "\(url)")
    }

    @Test(arguments: [
        "http://zoom.us", "http://api.zoom.us/v2", "http://10.0.0.1", "http://128.0.0.1", "http://0.0.0.0",
        "http://127.0.0.1.example.com", "http://127.0.0.1@example.com", "http://localhost.example.com", "http://[::2]",
        "http://[::ffff:10.0.0.1]", "ftp://127.0.0.1", "file:///etc/passwd", "zoom.us", "", "https://",
    ])
    func refused(url: String) {
        #expect(CleartextPolicy.refusal(url) != nil, "\(url)")
    }
}
