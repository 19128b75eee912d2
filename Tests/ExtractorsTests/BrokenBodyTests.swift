import Foundation
import Logging
import Records
import TestSupport
import Testing
import ZoomSandbox
@testable import Extractors

/// A 2xx answer whose body is cut short or not JSON is as passing as a 5xx: the client sends the
/// request again within the same attempt budget, and only a body broken every time fails it.
@Suite struct BrokenBodyTests {
    func client(_ url: URL, attempts: Int = 6) -> ZoomClient {
        let account = SandboxAccount.demo
        let credentials = ZoomCredentials(accountId: account.accountId, clientId: account.clientId, clientSecret: Secret(account.clientSecret))
        return ZoomClient(ZoomClientConfiguration(credentials: credentials, oauthURL: url.absoluteString, plan: .business,
                                                  maxAttempts: attempts, backoffBase: .milliseconds(5)),
                          logger: Logger(label: "test"))
    }

    @Test(arguments: [SandboxFault.malformedBody, .truncatedBody])
    func aBrokenBodyIsRetriedAndTheSecondAnswerIsUsed(_ fault: SandboxFault) async throws {
        let plan = FaultPlan(seed: 1, rates: [fault: FaultPlan.Rate(1, limit: 2)])
        try await withSandbox(SandboxConfiguration(faultPlan: plan)) { sandbox, url in
            let document = try await client(url).get("/report/daily", category: .heavy)
            #expect(document["dates"]?.array?.isEmpty == false)
            let daily = sandbox.requestLog.filter { $0.path == "/v2/report/daily" }
            #expect(daily.count == 3, "\(daily.map { "\($0.status) \($0.fault.map(\.rawValue) ?? "-")" })")
            #expect(daily.prefix(2).allSatisfy { $0.fault == fault })
        }
    }

    @Test func aBodyBrokenOnEveryAttemptFailsWithTheAttemptsNamed() async throws {
        let plan = FaultPlan(seed: 1, rates: [.malformedBody: .permanent()])
        try await withSandbox(SandboxConfiguration(faultPlan: plan)) { sandbox, url in
            let error = await #expect(throws: ZoomError.self) { try await client(url, attempts: 3).get("/report/daily", category: .heavy) }
            #expect(error?.description.contains("kept failing after 3 attempts") == true, "\(String(describing: error))")
            #expect(error?.description.contains("could not be read") == true)
            #expect(error?.recovery == .failInstance)
        }
    }

    @Test func recoveryOfEachKindOfError() {
        func api(_ status: Int, _ code: Int?, _ message: String = "x") -> Recovery {
            ZoomError(.api(status: status, code: code, message: message), endpoint: "/e").recovery
        }
        #expect(api(500, nil) == .retry)
        #expect(api(429, 429) == .retry)
        #expect(api(401, 124) == .renewToken)
        #expect(api(401, nil) == .fatal(.failure))
        #expect(api(400, 300, "The next page token is invalid or expired.") == .restartListing)
        #expect(api(400, 300, "Invalid parameter: from.") == .failInstance)
        #expect(api(400, 200, "No permission.") == .skipStream)
        #expect(api(400, 400, "This API is only available for ZMP and Business or higher accounts") == .skipStream)
        #expect(api(404, 3001) == .instanceGone)
        #expect(api(400, 12702) == .failInstance)
        #expect(api(400, 4711, "Invalid access token, does not contain scopes:[report:read:admin].") == .fatal(.missingScope))
        #expect(api(401, 4700, "Invalid access token, does not contain scopes.") == .fatal(.failure))
        #expect(ZoomError(.brokenBody(detail: "x"), endpoint: "/e").recovery == .retry)
        #expect(ZoomError(.decoding(detail: "x"), endpoint: "/e").recovery == .failInstance)
        #expect(ZoomError(.graphQL(code: "300", message: "The next page token is invalid or expired."), endpoint: "/e").recovery == .restartListing)
        #expect(ZoomError(.quotaSpent(retryAt: nil), endpoint: "/e").recovery == .tryLater)
        #expect(ZoomError(.rateLimited(waits: 3), endpoint: "/e").recovery == .tryLater)
        #expect(ZoomError(.oauth(status: 400, error: "invalid_client", reason: "x"), endpoint: "/e").recovery == .fatal(.credentials))
        #expect(ZoomError(.retriesExhausted(attempts: 6, last: "x"), endpoint: "/e").recovery == .failInstance)
    }
}
