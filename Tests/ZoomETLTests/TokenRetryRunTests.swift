import Foundation
import TestSupport
import Testing
import ZoomSandbox

/// Finding 12 of issue 11, through the binary: one 502 from `/oauth/token` used to fail the run
/// in 0.05 s. The token request is retried like any request; a refusal still exits 2 at once.
@Suite struct TokenRetryRunTests {
    @Test func aRunRidesOutPassingFailuresOfTheTokenEndpoint() async throws {
        var configuration = SandboxConfiguration()
        configuration.faultPlan = FaultPlan(seed: 12, rates: [.serverError: .init(1, burst: 3...3, limit: 1)],
                                            paths: ["/oauth/token"], includeOAuth: true)
        try await withPipeline(sandbox: configuration) { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: Reliability.fastClient)
            #expect(result.exitCode == 0, "\(result)")
            let statuses = pipeline.sandbox.requestLog.filter { $0.path == "/oauth/token" }.map(\.status)
            #expect(statuses.count == 4 && statuses.last == 200, "\(statuses)")
            #expect(try await pipeline.query("SELECT status FROM etl.runs") == [["succeeded"]])
        }
    }

    @Test func aRefusalOfTheCredentialsIsNotRetried() async throws {
        try await withPipeline { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: Reliability.fastClient.merging(["ZOOM_CLIENT_SECRET": "wrong-\(UUID().uuidString)"]) { $1 })
            #expect(result.exitCode == 2, "\(result)")
            #expect(pipeline.sandbox.requestLog.map(\.status) == [400])
        }
    }
}
