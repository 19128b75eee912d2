import Foundation
import TestSupport
import Testing
import ZoomSandbox

/// Finding 11 of issue 11: two `jobs.conf` accounts with the same Zoom account ID would share
/// rows, checkpoints and the lock and overwrite each other without a word. Refused when the file
/// is loaded, before any request or write: exit 2 naming both accounts and their lines.
@Suite struct DuplicateAccountTests {
    static let jobsConf = """
        [accounts.east]
        plan = "business"
        account_id_env = "EAST_ACCOUNT_ID"

        [accounts.west]
        plan = "business"
        account_id_env = "WEST_ACCOUNT_ID"

        [accounts.north]
        plan = "pro"

        [jobs.nightly]
        streams = ["daily_usage"]
        accounts = ["east"]
        """

    @Test(arguments: [
        // Two variables holding one ID; the same variable read twice (the default for both).
        (["EAST_ACCOUNT_ID": "sandbox-account", "WEST_ACCOUNT_ID": "sandbox-account"], "accounts \"east\" (line 1) and \"west\" (line 5)"),
        (["EAST_ACCOUNT_ID": "sandbox-account", "WEST_ACCOUNT_ID": "other-account", "ZOOM_ACCOUNT_ID": "other-account"],
         "accounts \"west\" (line 5) and \"north\" (line 9)"),
    ])
    func twoAccountsWithOneZoomAccountIdExitTwoNamingBoth(environment: [String: String], names: String) async throws {
        try await withPipeline(jobsConf: Self.jobsConf) { pipeline in
            for command in ["run", "status", "check"] {
                let result = try await pipeline.zoomETL(command, overrides: environment)
                #expect(result.exitCode == 2, "\(command): \(result)")
                let output = result.stdout + result.stderr
                #expect(output.contains("jobs.conf:") && output.contains(names) && output.contains("the same Zoom account ID"), "\(command): \(result)")
                #expect(!output.contains("other-account"), "the value is not printed")
            }
            #expect(pipeline.sandbox.requestLog.isEmpty)
            try await pipeline.expectNothingWritten(failedRun: false)
        }
    }

    @Test func distinctIdsRun() async throws {
        try await withPipeline(jobsConf: Self.jobsConf) { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: ["EAST_ACCOUNT_ID": "sandbox-account", "WEST_ACCOUNT_ID": "other-account",
                                                                         "ZOOM_ACCOUNT_ID": "north-account"])
            #expect(result.exitCode == 0, "\(result)")
        }
    }
}
