import Foundation
import TestSupport
import Testing
import ZoomSandbox

/// Finding 9 of issue 11: no credential travels in clear. `http://` is refused for any host but
/// this machine's (exit 2, naming the variable), and so is a token response's `api_url` that is
/// not https (a fatal error). The sandbox and the tests use loopback http, which stays open.
@Suite struct CleartextTests {
    @Test(arguments: [("ZOOM_OAUTH_URL", "http://zoom.example.com"), ("ZOOM_API_URL", "http://api.example.com"),
                      ("ZOOM_OAUTH_URL", "http://10.1.2.3:8080"), ("ZOOM_API_URL", "ftp://127.0.0.1")])
    func aCleartextURLForAnotherHostExitsTwoNamingTheVariable(variable: String, url: String) async throws {
        try await withPipeline { pipeline in
            for command in ["run", "check"] {
                let result = try await pipeline.zoomETL(command, overrides: [variable: url])
                #expect(result.exitCode == 2, "\(command): \(result)")
                #expect((result.stderr + result.stdout).contains(variable), "\(command): \(result)")
                #expect(!result.stderr.contains(pipeline.account.clientSecret))
            }
            #expect(pipeline.sandbox.requestLog.isEmpty)
            try await pipeline.expectNothingWritten(failedRun: false)
        }
    }

    @Test func loopbackHostsMayBeReachedOverHTTP() async throws {
        try await withPipeline { pipeline in
            let port = try #require(pipeline.url.port)
            let result = try await pipeline.zoomETL("run", overrides: ["ZOOM_OAUTH_URL": "http://localhost:\(port)", "ZOOM_API_URL": "http://127.0.0.1:\(port)"])
            #expect(result.exitCode == 0, "\(result)")
        }
    }

    @Test func aTokenResponseNamingAnHTTPAPIHostIsRefusedBeforeTheTokenIsSent() async throws {
        let token = "hostile-token-\(UUID().uuidString)"
        let server = try CannedHTTPServer(body: """
            {"access_token":"\(token)","token_type":"bearer","expires_in":3600,"scope":"report:read:admin","api_url":"http://zoom-api.example.invalid"}
            """)
        defer { server.stop() }
        try await withPipeline { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: ["ZOOM_OAUTH_URL": server.url, "ZOOM_API_URL": ""])
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("api_url is \"http://zoom-api.example.invalid\", which is not https"), "\(result.stderr)")
            #expect(!result.stderr.contains("could not reach"), "the token must never be sent there: \(result.stderr)")
            #expect(!result.stderr.contains(token))
            #expect(server.requests.count == 1 && server.requests.allSatisfy { $0.hasPrefix("POST /oauth/token") }, "\(server.requests)")
            let runs = try await pipeline.query("SELECT status, error FROM etl.runs")
            #expect(runs.count == 1 && runs[0][0] == "failed" && runs[0][1]?.contains("not https") == true, "\(runs)")
        }
    }
}
