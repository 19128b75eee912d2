import Foundation
import Logging
import Records
import TestSupport
import Testing
import ZoomSandbox
@testable import Extractors

/// The client against the sandbox's enforced limits: per-second 429s waited out with their
/// `Retry-After` in seconds, the daily limit ending the run with its `Retry-After` date.
@Suite struct ZoomClientRateLimitTests {
    let account = SandboxAccount.demo

    func settings(_ url: URL, plan: ZoomPlan) -> ZoomClientConfiguration {
        let credentials = ZoomCredentials(accountId: account.accountId, clientId: account.clientId, clientSecret: Secret(account.clientSecret))
        return ZoomClientConfiguration(credentials: credentials, oauthURL: url.absoluteString, apiURL: nil, plan: plan,
                                       backoffBase: .milliseconds(10))
    }

    @Test func perSecond429sAreWaitedOutAndNeverFailTheRequests() async throws {
        // jobs.conf says Business (40 heavy/s) but the account is Pro (10/s): Zoom refuses the excess.
        var pro = account
        pro.plan = .pro
        try await withSandbox(SandboxConfiguration(accounts: [pro])) { sandbox, url in
            let client = ZoomClient(settings(url, plan: .business), logger: Logger(label: "test"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<25 { group.addTask { _ = try await client.get("/report/daily", category: .heavy) } }
                try await group.waitForAll()
            }
            let log = sandbox.requestLog.filter { $0.path == "/v2/report/daily" }
            let served = log.filter { $0.status == 200 }.count
            let refused = log.filter { $0.status == 429 }.count
            #expect(served == 25)
            #expect(refused > 0)
            #expect(client.requestsRateLimited[.heavy] == refused)
            #expect(client.requestsSent[.heavy] == 25 + refused)
        }
    }

    @Test func theDailyLimitEndsTheRunAndSaysWhenItResets() async throws {
        let clock = ManualClock(at: "2026-11-25T15:00:00Z")
        try await withSandbox(SandboxConfiguration(dailyCapOverride: 5, now: clock.read)) { sandbox, url in
            var configuration = settings(url, plan: .business)
            configuration.now = clock.read
            let client = ZoomClient(configuration, logger: Logger(label: "test"))
            for _ in 0..<5 { _ = try await client.get("/report/daily", category: .heavy) }
            let error = try await #require(throws: ZoomError.self) { try await client.get("/report/daily", category: .heavy) }
            // Retry-After here is Zoom's absolute date form: the next UTC midnight.
            #expect(error.kind == .quotaSpent(retryAt: try Date("2026-11-26T00:00:00Z", strategy: .iso8601)))
            #expect(error.recovery == .tryLater)
            let refused = sandbox.requestLog.filter { $0.status == 429 }.count
            #expect(refused == 1)
        }
    }

    @Test func theLedgerStopsAtTheCapWithoutAskingZoom() async throws {
        let clock = ManualClock(at: "2026-11-25T15:00:00Z")
        try await withSandbox(SandboxConfiguration(dailyCapOverride: 5, now: clock.read)) { sandbox, url in
            var configuration = settings(url, plan: .business)
            configuration.now = clock.read
            // The plan says 60,000; the headers of Zoom's answers tell the client the cap is 5.
            let quota = DailyQuota(caps: ZoomPlan.business.dailyCaps, usedToday: [:], now: clock.read)
            configuration.quota = quota
            let client = ZoomClient(configuration, logger: Logger(label: "test"))
            for _ in 0..<5 { _ = try await client.get("/report/daily", category: .heavy) }
            let error = try await #require(throws: ZoomError.self) { try await client.get("/report/daily", category: .heavy) }
            #expect(error.kind == .quotaSpent(retryAt: try Date("2026-11-26T00:00:00Z", strategy: .iso8601)))
            let refused = sandbox.requestLog.filter { $0.status == 429 }.count
            #expect(refused == 0, "the client knew the cap was spent")
            #expect(quota.takeUnsaved().map(\.requests) == [5])

            // Past UTC midnight both Zoom and the ledger start over.
            clock.advance(by: .seconds(9 * 3600 + 1))
            _ = try await client.get("/report/daily", category: .heavy)
            #expect(quota.takeUnsaved() == [DailyQuota.Usage(utcDay: CivilDate(iso: "2026-11-26")!, category: .heavy, requests: 1)])
        }
    }
}
