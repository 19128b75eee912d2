import Foundation
import Testing
import TestSupport
@testable import ZoomSandbox

@Suite("Rate limits")
struct RateLimiterTests {
    static let noon = Date(iso: "2026-11-25T12:00:00Z")

    // MARK: The limiter as values

    @Test("admits the documented number per second and refuses the next")
    func perSecondBucket() {
        let limiter = RateLimiter()
        let policy = RateLimitPolicy.zoom(.pro)
        func admit(_ t: Double, _ category: RateLimitCategory = .heavy) -> RateLimitDecision {
            limiter.admit(accountId: "a", category: category, policy: policy, monotonic: t, now: Self.noon, enforce: true)
        }
        for _ in 0..<10 {
            guard case .allowed = admit(0) else { Issue.record("refused within the limit"); return }
        }
        guard case .overPerSecond(let refused) = admit(0.01) else { Issue.record("burst admitted"); return }
        #expect(refused == RateLimitHeaders(category: .heavy, type: .perSecond, limit: 10, remaining: 0, retryAfter: "1"))
        // One token back every 100 ms; exactly-paced requests are all admitted.
        for step in 1...30 {
            guard case .allowed = admit(Double(step) * 0.1) else { Issue.record("paced request \(step) refused"); return }
        }
        // Categories and accounts are counted apart.
        guard case .allowed = admit(3.0, .light) else { Issue.record("light refused"); return }
        guard case .allowed = limiter.admit(accountId: "b", category: .heavy, policy: policy, monotonic: 3.0, now: Self.noon, enforce: true)
        else { Issue.record("other account refused"); return }
    }

    @Test("anything with at most N requests in every 1-second window is admitted")
    func slidingWindowPacing() {
        let limiter = RateLimiter()
        let policy = RateLimitPolicy.zoom(.business)  // heavy 40/s
        // Bursts of 40 exactly one second apart, the hardest pattern a window-pacing client sends.
        for second in 0..<5 {
            for _ in 0..<40 {
                let decision = limiter.admit(accountId: "a", category: .heavy, policy: policy, monotonic: Double(second), now: Self.noon, enforce: true)
                guard case .allowed = decision else { Issue.record("refused in second \(second)"); return }
            }
        }
    }

    @Test("resource-intensive calls are limited per minute")
    func perMinute() {
        let limiter = RateLimiter()
        let policy = RateLimitPolicy.zoom(.business)  // 20/min
        for _ in 0..<20 {
            _ = limiter.admit(accountId: "a", category: .resourceIntensive, policy: policy, monotonic: 0, now: Self.noon, enforce: true)
        }
        guard case .overPerSecond(let headers) = limiter.admit(accountId: "a", category: .resourceIntensive, policy: policy,
                                                               monotonic: 0, now: Self.noon, enforce: true)
        else { Issue.record("21st admitted"); return }
        #expect(headers.retryAfter == "3")  // one token per 3 s
        guard case .allowed = limiter.admit(accountId: "a", category: .resourceIntensive, policy: policy, monotonic: 3, now: Self.noon, enforce: true)
        else { Issue.record("refused after refill"); return }
    }

    @Test("the Pro daily cap is shared by heavy and resource-intensive calls and resets at UTC midnight")
    func dailyCap() {
        let limiter = RateLimiter()
        let policy = RateLimitPolicy.zoom(.pro).overridingDailyCaps(3)
        var t = 0.0
        func admit(_ category: RateLimitCategory, at now: Date = Self.noon) -> RateLimitDecision {
            t += 10  // far apart: only the daily cap matters
            return limiter.admit(accountId: "a", category: category, policy: policy, monotonic: t, now: now, enforce: true)
        }
        #expect(admit(.heavy).headers.remaining == 2)
        #expect(admit(.resourceIntensive).headers.remaining == 1)
        #expect(admit(.heavy).headers.remaining == 0)
        guard case .overDaily(let headers) = admit(.heavy) else { Issue.record("cap not enforced"); return }
        #expect(headers == RateLimitHeaders(category: .heavy, type: .daily, limit: 3, remaining: 0, retryAfter: "2026-11-26T00:00:00Z"))
        guard case .allowed(let light) = admit(.light) else { Issue.record("light is not capped on Pro"); return }
        #expect(light.type == .perSecond && light.limit == 30)
        guard case .allowed = admit(.heavy, at: Date(iso: "2026-11-26T00:00:00Z")) else { Issue.record("no reset"); return }
    }

    @Test("a per-second refusal spends no daily budget; enforce false admits everything")
    func refusalsAreFree() {
        let limiter = RateLimiter()
        let policy = RateLimitPolicy.zoom(.free)  // heavy 1/s, 1000/day
        _ = limiter.admit(accountId: "a", category: .heavy, policy: policy, monotonic: 0, now: Self.noon, enforce: true)
        for _ in 0..<5 {
            _ = limiter.admit(accountId: "a", category: .heavy, policy: policy, monotonic: 0, now: Self.noon, enforce: true)
        }
        let next = limiter.admit(accountId: "a", category: .heavy, policy: policy, monotonic: 1, now: Self.noon, enforce: true)
        #expect(next.headers == RateLimitHeaders(category: .heavy, type: .daily, limit: 1000, remaining: 998))
        for _ in 0..<5 {
            guard case .allowed = limiter.admit(accountId: "a", category: .heavy, policy: policy, monotonic: 1, now: Self.noon, enforce: false)
            else { Issue.record("refused while not enforcing"); return }
        }
    }

    // MARK: Over HTTP

    static let pro = SandboxAccount(accountId: "pro-account", clientId: "pro-id", clientSecret: "pro-secret", plan: .pro)

    static func burst(_ count: Int, _ base: URL, token: String) async throws -> [HTTPReply] {
        try await withThrowingTaskGroup(of: HTTPReply.self) { group in
            for _ in 0..<count {
                group.addTask { try await HTTPTestClient.get(base, "v2/report/daily", token: token) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test("bursting over the Pro heavy limit gets 429 with Retry-After and the rate-limit headers")
    func burstOverHTTP() async throws {
        try await withSandbox(SandboxConfiguration(accounts: [Self.pro])) { sandbox, base in
            let token = try await HTTPTestClient.token(base, account: Self.pro)
            let clock = ContinuousClock()
            let started = clock.now
            let replies = try await Self.burst(40, base, token: token)
            let elapsed = (clock.now - started) / .milliseconds(100)  // tokens refilled meanwhile, at most
            let admitted = replies.filter { $0.status == 200 }
            let refused = replies.filter { $0.status == 429 }
            #expect(admitted.count + refused.count == 40)
            #expect(admitted.count >= 10 && Double(admitted.count) <= 11 + elapsed, "\(admitted.count) admitted in \(elapsed / 10) s")
            let first = try #require(refused.first)
            let body = try first.json()
            #expect(body["code"] as? Int == 429)
            #expect(body["message"] as? String == "You have reached the maximum per-second rate limit for this API. Try again later.")
            #expect(first.header("Retry-After") == "1")
            #expect(first.header("X-RateLimit-Category") == "Heavy")
            #expect(first.header("X-RateLimit-Type") == "QPS")
            #expect(first.header("X-RateLimit-Limit") == "10")
            #expect(first.header("X-RateLimit-Remaining") == "0")
            for reply in admitted {
                #expect(reply.header("X-RateLimit-Category") == "Heavy")
                #expect(reply.header("X-RateLimit-Type") == "Daily-limit")
                #expect(reply.header("X-RateLimit-Limit") == "30000")
                #expect(reply.header("Retry-After") == nil)
            }
            let remaining = admitted.compactMap { $0.header("X-RateLimit-Remaining").flatMap(Int.init) }.sorted()
            #expect(remaining.first == 30_000 - admitted.count)
            #expect(sandbox.requestLog.filter { $0.status == 429 }.count == refused.count)
        }
    }

    @Test("pacing at exactly the limit is never refused")
    func pacedOverHTTP() async throws {
        try await withSandbox(SandboxConfiguration(accounts: [Self.pro])) { _, base in
            let token = try await HTTPTestClient.token(base, account: Self.pro)
            // A window-pacing client: ten at once, then ten more a second later.
            let first = try await Self.burst(10, base, token: token)
            try await Task.sleep(for: .milliseconds(1000))
            let second = try await Self.burst(10, base, token: token)
            #expect((first + second).allSatisfy { $0.status == 200 })
            // An interval-pacing client: one every 100 ms.
            try await Task.sleep(for: .milliseconds(1000))
            let clock = ContinuousClock()
            let start = clock.now
            for step in 0..<20 {
                try await clock.sleep(until: start + .milliseconds(100 * step))
                let reply = try await HTTPTestClient.get(base, "v2/report/daily", token: token)
                #expect(reply.status == 200, "request \(step)")
            }
        }
    }

    @Test("a spent daily cap answers 429 with the daily message and Retry-After at the next UTC midnight")
    func dailyCapOverHTTP() async throws {
        let clock = ManualClock(at: "2026-11-25T23:58:00Z")
        let configuration = SandboxConfiguration(accounts: [Self.pro], dailyCapOverride: 5, now: clock.read)
        try await withSandbox(configuration) { _, base in
            let token = try await HTTPTestClient.token(base, account: Self.pro)
            for expected in (0..<5).reversed() {
                let reply = try await HTTPTestClient.get(base, "v2/report/daily", token: token)
                #expect(reply.status == 200)
                #expect(reply.header("X-RateLimit-Type") == "Daily-limit")
                #expect(reply.header("X-RateLimit-Limit") == "5")
                #expect(reply.header("X-RateLimit-Remaining") == String(expected))
            }
            let refused = try await HTTPTestClient.get(base, "v2/report/daily", token: token)
            #expect(refused.status == 429)
            let body = try refused.json()
            #expect(body["code"] as? Int == 429)
            #expect(body["message"] as? String == """
                You have reached the maximum daily rate limit for this API. \
                Refer to the response header for details on when you can make another request.
                """)
            #expect(refused.header("Retry-After") == "2026-11-26T00:00:00Z")
            #expect(refused.header("X-RateLimit-Type") == "Daily-limit")
            #expect(refused.header("X-RateLimit-Category") == "Heavy")
            #expect(refused.header("X-RateLimit-Remaining") == "0")
            clock.advance(by: .seconds(120))
            #expect(try await HTTPTestClient.get(base, "v2/report/daily", token: token).status == 200)
        }
    }

    @Test("enforceRateLimits false never refuses but still sends the headers")
    func notEnforced() async throws {
        try await withSandbox(SandboxConfiguration(accounts: [Self.pro], enforceRateLimits: false)) { _, base in
            let token = try await HTTPTestClient.token(base, account: Self.pro)
            let replies = try await Self.burst(25, base, token: token)
            #expect(replies.allSatisfy { $0.status == 200 && $0.header("X-RateLimit-Category") == "Heavy" })
        }
    }
}
