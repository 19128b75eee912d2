import Foundation
import TestSupport
import Testing
@testable import ZoomSandbox

@Suite("FaultPlan")
struct FaultPlanTests {
    @Test("reads a specification, and names what it cannot read")
    func spec() throws {
        #expect(try FaultPlan(spec: "mix,seed=7") == FaultPlan.mix(seed: 7))
        let plan = try FaultPlan(spec: "seed=3, server_error=0.05:1-3, reset=0.02, revoke_token=0.1, revoke_token_limit=1, malformed=0.5:permanent,"
                                     + "paths=/v2/report/|/v2/metrics/, stall_ms=500, oauth=true, retry_after=2, oversize_bytes=1000")
        #expect(plan.seed == 3)
        #expect(plan.rates[.serverError] == FaultPlan.Rate(0.05, burst: 1...3))
        #expect(plan.rates[.connectionReset] == FaultPlan.Rate(0.02))
        #expect(plan.rates[.revokedToken] == FaultPlan.Rate(0.1, limit: 1))
        #expect(plan.rates[.malformedBody] == FaultPlan.Rate.permanent(0.5))
        #expect(plan.paths == ["/v2/report/", "/v2/metrics/"])
        #expect(plan.stall == .milliseconds(500) && plan.includeOAuth && plan.retryAfterSeconds == 2 && plan.oversizeBytes == 1000)

        for (bad, message) in [("seed=1,flood=0.1", "unknown fault \"flood\""), ("reset=2", "reset needs a probability from 0 to 1"),
                               ("reset=0.1:0", "reset needs a burst like 2, 1-3 or permanent"), ("seed=x", "seed needs a number"),
                               ("reset=0.6,stall=0.6", "add up to 1.2"), ("reset", "is not name=value")] {
            #expect((try? FaultPlan(spec: bad)) == nil, "\(bad)")
            do { _ = try FaultPlan(spec: bad) } catch { #expect("\(error)".contains(message), "\(bad): \(error)") }
        }
    }

    @Test("a request's fate depends on the seed, the request and its attempt, not on arrival order")
    func deterministic() {
        let plan = FaultPlan(seed: 42, rates: [.serverError: .init(0.2, burst: 1...2), .connectionReset: .init(0.2)])
        let requests = (0..<50).map { "/v2/report/meetings/uuid\($0)/participants" }
        func fates(_ order: [String]) -> [String: [SandboxFault?]] {
            let schedule = FaultSchedule(plan: plan)
            var fates: [String: [SandboxFault?]] = [:]
            for _ in 0..<4 {
                for path in order {
                    fates[path, default: []].append(schedule.draw(method: "GET", path: path, query: QueryParameters(encoded: "page_size=300"),
                                                                  isOAuth: false, applicable: { _ in true })?.fault)
                }
            }
            return fates
        }
        let forward = fates(requests), backward = fates(requests.reversed())
        #expect(forward == backward)
        let injected = forward.values.joined().compactMap { $0 }
        #expect(injected.contains(.serverError) && injected.contains(.connectionReset))
        #expect(forward.values.contains { $0.contains(nil) }, "most attempts must pass")
    }

    @Test("a burst lasts its length; a limit caps how often a fault starts; paths and OAuth are respected")
    func burstsAndLimits() {
        let burst = FaultSchedule(plan: FaultPlan(seed: 1, rates: [.serverError: .init(0.3, burst: 3...3)]))
        let attempts = (0..<200).map { _ in burst.draw(method: "GET", path: "/v2/x", query: .init(), isOAuth: false) { _ in true } != nil }
        let runs = attempts.split(separator: false).map(\.count)
        #expect(!runs.isEmpty && runs.dropLast().allSatisfy { $0 % 3 == 0 }, "\(runs)")

        let limited = FaultSchedule(plan: FaultPlan(seed: 1, rates: [.revokedToken: .init(1, limit: 1)], paths: ["/v2/report/"]))
        let draws = (0..<10).map { _ in limited.draw(method: "GET", path: "/v2/report/daily", query: .init(), isOAuth: false) { _ in true } }
        #expect(draws.compactMap { $0 }.count == 1)
        #expect(limited.draw(method: "GET", path: "/v2/metrics/meetings", query: .init(), isOAuth: false) { _ in true } == nil)
        #expect(limited.draw(method: "POST", path: "/oauth/token", query: .init(), isOAuth: true) { _ in true } == nil)
    }

    @Test("spoils the same records whatever answer they come in, and only numbers")
    func wrongTypes() throws {
        let schedule = FaultSchedule(plan: FaultPlan(seed: 5, rates: [.wrongTypes: .init(0.5)]))
        let records = (1...40).map { #"{"date":"2026-11-\#(String(format: "%02d", $0 % 28 + 1))","meetings":\#($0),"new_users":1}"# }
        let body = Data(#"{"year":2026,"month":11,"dates":[\#(records.joined(separator: ","))]}"#.utf8)
        let spoiled = try #require(schedule.spoilRecords(in: body))
        #expect(schedule.spoilRecords(in: body) == spoiled)
        let dates = try #require((try JSONSerialization.jsonObject(with: spoiled) as? [String: Any])?["dates"] as? [[String: Any]])
        let bad = dates.filter { $0["meetings"] is String }
        #expect(bad.count > 5 && bad.count < 35, "\(bad.count) of 40")
        #expect(dates.allSatisfy { $0["date"] is String && $0["new_users"] is Int }, "only the first number of a record changes")
        #expect(FaultSchedule(plan: FaultPlan(seed: 5)).spoilRecords(in: body) == nil)
    }

    @Test("over HTTP: each fault looks as it would from a real client")
    func overHTTP() async throws {
        // Last month: always within the six months the daily report serves.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = SandboxAccount.demo.timeZone
        let month = calendar.dateComponents([.year, .month], from: calendar.date(byAdding: .month, value: -1, to: Date())!)
        let query = [("year", "\(month.year!)"), ("month", "\(month.month!)")]
        try await withSandbox { sandbox, url in
            let token = try await HTTPTestClient.token(url)
            func daily() async throws -> HTTPReply {
                try await HTTPTestClient.get(url, "v2/report/daily", query: query, token: token)
            }
            let healthy = try await daily()
            #expect(healthy.status == 200)

            sandbox.setFaultPlan(FaultPlan(seed: 1, rates: [.serverError: .permanent()]))
            #expect(try await HTTPTestClient.token(url).isEmpty == false, "OAuth is spared unless asked")
            #expect([500, 502, 503, 504].contains(try await daily().status))

            sandbox.setFaultPlan(FaultPlan(seed: 1, rates: [.connectionReset: .permanent()]))
            await #expect(throws: (any Error).self) { _ = try await daily() }

            sandbox.setFaultPlan(FaultPlan(seed: 1, rates: [.truncatedBody: .permanent()]))
            await #expect(throws: (any Error).self) { _ = try await daily() }

            sandbox.setFaultPlan(FaultPlan(seed: 1, rates: [.malformedBody: .permanent()]))
            let malformed = try await daily()
            #expect(malformed.status == 200 && (try? JSONSerialization.jsonObject(with: malformed.body)) == nil)

            var oversize = FaultPlan(seed: 1, rates: [.oversizedBody: .permanent()])
            oversize.oversizeBytes = 3 << 20
            sandbox.setFaultPlan(oversize)
            let big = try await daily()
            let document = try big.json()
            #expect(big.body.count == 3 << 20 && document["dates"] != nil)

            sandbox.setFaultPlan(FaultPlan(seed: 1, rates: [.rateLimited: .permanent()]))
            let limited = try await daily()
            #expect(limited.status == 429 && limited.header("Retry-After") == "1" && limited.header("X-RateLimit-Type") == "QPS")
            sandbox.setFaultPlan(FaultPlan(seed: 1, rates: [.bareRateLimited: .permanent()]))
            let bare = try await daily()
            #expect(bare.status == 429 && bare.header("Retry-After") == nil && bare.header("X-RateLimit-Remaining") == nil)

            sandbox.setFaultPlan(FaultPlan(seed: 1, rates: [.revokedToken: .init(1, limit: 1)]))
            #expect(try await daily().status == 401)
            #expect(try await HTTPTestClient.get(url, "v2/report/daily", query: query, token: try await HTTPTestClient.token(url)).status == 200)
            #expect(sandbox.injectedFaults == [.revokedToken: 1])
            #expect(sandbox.issuedTokens.count == 3)
            #expect(sandbox.requestLog.contains { $0.fault == .connectionReset && $0.status == 0 })
        }
    }
}
