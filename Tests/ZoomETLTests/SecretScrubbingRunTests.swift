import Foundation
import TestSupport
import Testing
import ZoomSandbox
@testable import ZoomETL

/// Finding 8 of issue 11, through the binary: an echoing proxy's error text reaches no log line,
/// stderr or table with a secret in it, and a secret named as the account ID goes nowhere.
@Suite struct SecretScrubbingRunTests {
    /// The proxy echoes the Basic credential (token endpoint) or the bearer token (a data
    /// endpoint) until the run gives up; the error is logged, printed and stored in `etl.runs`.
    @Test(arguments: [("/oauth/token", true), ("/v2/report/daily", false)])
    func anEchoedAuthorizationHeaderIsScrubbedFromLogsStderrAndTables(path: String, oauth: Bool) async throws {
        let secret = "s3cret-\(UUID().uuidString)"
        var account = SandboxAccount.demo
        account.clientSecret = secret
        var configuration = SandboxConfiguration()
        configuration.accounts = [account]
        configuration.faultPlan = FaultPlan(seed: 8, rates: [.echoedAuthorization: .permanent()], paths: [path], includeOAuth: oauth)
        try await withPipeline(sandbox: configuration) { pipeline in
            for format in ["text", "json"] {
                let result = try await pipeline.zoomETL(["run", "--verbose", "--log-format", format],
                                                        overrides: Reliability.fastClient.merging(["ZOOM_CLIENT_SECRET": secret]) { $1 })
                #expect(result.exitCode == 1, "\(result)")
                #expect(result.stderr.contains("Authorization: \(oauth ? "Basic" : "Bearer") <redacted>"), "\(result.stderr)")
                let basic = Data("\(account.clientId):\(secret)".utf8).base64EncodedString()
                let forbidden = [secret, basic] + pipeline.sandbox.issuedTokens
                let tables = try await SecurityTests.everyTableAsText(pipeline)
                #expect(tables.contains("<redacted>"), "the run's error must be stored for this test to mean anything")
                for (place, text) in [("stdout", result.stdout), ("stderr", result.stderr), ("tables", tables)] {
                    #expect(forbidden.allSatisfy { !text.contains($0) }, "\(format): \(place) holds a secret")
                }
            }
        }
    }

    /// `account_id_env` and `client_secret_env` swapped: the secret would become the account's
    /// key in `etl.runs` and `status` would print it. Refused with exit 2 naming the variable.
    @Test func aSecretNamedAsTheAccountIdIsRefusedBeforeItIsWrittenOrPrinted() async throws {
        let secret = String((0..<32).map { _ in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".randomElement()! })
        var account = SandboxAccount.demo
        account.clientSecret = secret
        var configuration = SandboxConfiguration()
        configuration.accounts = [account]
        let jobsConf = Pipeline.jobsConf.replacingOccurrences(of: "[accounts.main]\n", with: """
            [accounts.main]
            account_id_env = "ZOOM_CLIENT_SECRET"
            client_secret_env = "ZOOM_ACCOUNT_ID"

            """)
        try await withPipeline(jobsConf: jobsConf, sandbox: configuration) { pipeline in
            let overrides = ["ZOOM_CLIENT_SECRET": secret]
            for command in ["run", "status", "check"] {
                let result = try await pipeline.zoomETL(command, overrides: overrides)
                #expect(result.exitCode == 2, "\(command): \(result)")
                #expect((result.stdout + result.stderr).contains("ZOOM_CLIENT_SECRET (the account ID of Zoom account \"main\")"), "\(command): \(result)")
                #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret), "\(command) printed the secret")
            }
            #expect(pipeline.sandbox.requestLog.isEmpty)
            try await pipeline.expectNothingWritten(failedRun: false)
        }
    }

    @Test(arguments: [
        // Zoom's shapes, the sandbox's, and a 32-character ID beside a real 32-character secret.
        ("gVcjZnWWRLWvv_GtyGuaxg", "nTxWXmu9yG6Bw5hXgy5WNGkGRVOl2nFF", true),
        ("sandbox-account", "sandbox-client-secret", true),
        ("A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6", "nTxWXmu9yG6Bw5hXgy5WNGkGRVOl2nFF", true),
        (String(repeating: "a", count: 64), "nTxWXmu9yG6Bw5hXgy5WNGkGRVOl2nFF", true),
        // A swap, a token, a Basic credential, spaces, too long, empty, the secret itself.
        ("nTxWXmu9yG6Bw5hXgy5WNGkGRVOl2nFF", "gVcjZnWWRLWvv_GtyGuaxg", false),
        ("eyJhbGciOiJIUzUxMiJ9.eyJhdWQiOiJ0ZXN0In0.c2lnbmF0dXJl", "nTxWXmu9yG6Bw5hXgy5WNGkGRVOl2nFF", false),
        ("Y2xpZW50OnNlY3JldA==", "nTxWXmu9yG6Bw5hXgy5WNGkGRVOl2nFF", false),
        ("my account", "nTxWXmu9yG6Bw5hXgy5WNGkGRVOl2nFF", false),
        (String(repeating: "a", count: 65), "nTxWXmu9yG6Bw5hXgy5WNGkGRVOl2nFF", false),
        ("", "nTxWXmu9yG6Bw5hXgy5WNGkGRVOl2nFF", false),
        ("nTxWXmu9yG6Bw5hXgy5WNGkGRVOl2nFF", "nTxWXmu9yG6Bw5hXgy5WNGkGRVOl2nFF", false),
    ])
    func theAccountIdRule(accountId: String, clientSecret: String, accepted: Bool) {
        let outcome = Result { try AccountIDRule.check(accountId, variable: "ZOOM_ACCOUNT_ID", account: "main", clientId: "client-id", clientSecret: clientSecret) }
        switch outcome {
        case .success: #expect(accepted, "\(accountId) was accepted")
        case .failure(let error):
            #expect(!accepted, "\(accountId): \(error)")
            #expect("\(error)".contains("ZOOM_ACCOUNT_ID"))
            #expect(accountId.isEmpty || !"\(error)".contains(accountId), "the message must not quote the value")
        }
    }
}
