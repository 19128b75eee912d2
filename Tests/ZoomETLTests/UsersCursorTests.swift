import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox

/// An expired GraphQL cursor (zoom-api.md §8) restarts the users listing from its first page:
/// users is a snapshot merged by id, so nothing is doubled and nothing is left out.
@Suite struct UsersCursorTests {
    static let jobs = """
        [accounts.main]
        plan = "business"

        [jobs.nightly]
        streams = ["users"]
        start = "3 days"
        """

    @Test(arguments: [1, 3])
    func expiredCursorsRestartTheListingAndEveryUserLoads(expirations: Int) async throws {
        var sandbox = SandboxConfiguration()
        sandbox.faultPlan = FaultPlan(seed: 4, rates: [.expiredPageToken: FaultPlan.Rate(1, limit: expirations)])
        try await withPipeline(jobsConf: Self.jobs, sandbox: sandbox) { pipeline in
            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 0, "\(result)")
            let expired = pipeline.sandbox.requestLog.filter { $0.path == "/v3/graphql" && $0.fault == .expiredPageToken }
            #expect(expired.count == expirations, "\(pipeline.sandbox.injectedFaults)")
            let truth = pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId).users(asOf: pipeline.sandbox.now)
            let loaded = try await pipeline.query("SELECT user_id FROM zoom.users ORDER BY user_id COLLATE \"C\"").compactMap { $0[0] }
            #expect(loaded == truth.map(\.id).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            #expect(try await pipeline.query("SELECT status FROM etl.runs") == [["succeeded"]])
        }
    }

    @Test func cursorsThatExpireEveryTimeFailTheStreamClearly() async throws {
        var sandbox = SandboxConfiguration()
        sandbox.faultPlan = FaultPlan(seed: 4, rates: [.expiredPageToken: FaultPlan.Rate(1)])
        try await withPipeline(jobsConf: Self.jobs, sandbox: sandbox) { pipeline in
            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("The next page token is invalid or expired"), "\(result.stderr)")
        }
    }
}
