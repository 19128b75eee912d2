import Foundation
import Logging
import Records
import TestSupport
import Testing
import ZoomSandbox
@testable import Extractors

/// Answers a careless or hostile Zoom (or a proxy in front of it) may send (issue 11, findings
/// 5, 6 and 13): a `Retry-After` no client should trust, page tokens that go round, and
/// records whose numbers do not survive a re-serialization.
@Suite struct HostileAnswerTests {
    func client(_ url: URL, maxRetryAfter: Duration = .seconds(300)) -> ZoomClient {
        let account = SandboxAccount.demo
        let credentials = ZoomCredentials(accountId: account.accountId, clientId: account.clientId, clientSecret: Secret(account.clientSecret))
        var configuration = ZoomClientConfiguration(credentials: credentials, oauthURL: url.absoluteString, plan: .business,
                                                    backoffBase: .milliseconds(5))
        configuration.maxRetryAfter = maxRetryAfter
        return ZoomClient(configuration, logger: Logger(label: "test"))
    }

    // MARK: Retry-After (finding 6)

    static let now = try! Date("2026-11-25T12:00:00Z", strategy: .iso8601)

    @Test(arguments: ["1e300", "inf", "-inf", "Infinity", "nan", "NaN", "-5", "-0.5", "+5", "0x1p10", "1e3", "5 s",
                      "99999999999999999999", "400000000", "9999-12-31T23:59:59Z", "Fri, 31 Dec 9999 23:59:59 GMT", "."])
    func aHostileRetryAfterIsUnreadable(_ header: String) {
        #expect(RetryAfter.delay(header, now: Self.now) == nil, "\(header)")
    }

    @Test(arguments: [("0", 0.0), ("5", 5), ("1.5", 1.5), ("300", 300), ("31536000", 31_536_000), ("2026-11-25T12:10:00Z", 600)])
    func aReadableRetryAfterIsTheWaitItSays(_ header: String, _ seconds: Double) {
        #expect(RetryAfter.delay(header, now: Self.now) == seconds, "\(header)")
    }

    @Test func aRetryAfterOfAYearStopsTheRequestToTryLaterAtOnce() async throws {
        let plan = { var plan = FaultPlan(seed: 1, rates: [.hostileRetryAfter: .permanent()]); plan.hostileRetryAfter = "31536000"; return plan }()
        try await withSandbox(SandboxConfiguration(faultPlan: plan)) { _, url in
            let started = ContinuousClock.now
            let error = await #expect(throws: ZoomError.self) { try await client(url).get("/report/daily", category: .heavy) }
            #expect(error?.kind == .waitTooLong(seconds: 31_536_000), "\(String(describing: error))")
            #expect(error?.recovery == .tryLater)
            #expect(ContinuousClock.now - started < .seconds(10), "nothing may sleep on a year's Retry-After")
        }
    }

    @Test(arguments: ["1e300", "inf", "nan", "-5"])
    func aNonFiniteOrNegativeRetryAfterFallsBackToBackoff(_ value: String) async throws {
        let plan = { var plan = FaultPlan(seed: 1, rates: [.hostileRetryAfter: FaultPlan.Rate(1, limit: 2)]); plan.hostileRetryAfter = value; return plan }()
        try await withSandbox(SandboxConfiguration(faultPlan: plan)) { sandbox, url in
            let document = try await client(url).get("/report/daily", category: .heavy)
            #expect(document["dates"]?.array?.isEmpty == false)
            #expect(sandbox.requestLog.filter { $0.status == 429 }.count == 2)
        }
    }

    // MARK: Endless paging (finding 5)

    func historyListing(_ client: ZoomClient, today: CivilDate) -> AsyncThrowingStream<ListingPage, any Error> {
        let query = [("from", "\(today.adding(days: -10))"), ("to", "\(today.adding(days: -1))"), ("date_type", "end_time"),
                     ("meeting_type", "all"), ("page_size", "5")]
        return client.pages("/report/history_meetings", query: query, category: .heavy)
    }

    @Test func aPageTokenCycleABABFailsTheListingAtTheFirstRepeat() async throws {
        let plan = FaultPlan(seed: 1, rates: [.cyclingPageToken: .permanent()])
        try await withSandbox(SandboxConfiguration(faultPlan: plan)) { sandbox, url in
            var pages = 0
            let error = await #expect(throws: ZoomError.self) {
                for try await _ in historyListing(client(url), today: CivilDate(sandbox.now, in: SandboxAccount.demo.timeZone)) { pages += 1 }
            }
            // Page 1 offers A, page 2 offers B, page 3 offers A again: refused before asking for it.
            #expect(pages == 2, "the third page's token repeats the first's")
            #expect(error?.recovery == .failInstance)
            #expect(error?.description.contains("already sent in this listing") == true, "\(String(describing: error))")
            #expect(sandbox.requestLog.filter { $0.path == "/v2/report/history_meetings" }.count == 3)
        }
    }

    @Test func freshTokensForEverStopAtWhatTotalRecordsAllow() async throws {
        var plan = FaultPlan(seed: 1, rates: [.cyclingPageToken: .permanent()])
        plan.freshCycleTokens = true
        try await withSandbox(SandboxConfiguration(faultPlan: plan)) { sandbox, url in
            let today = CivilDate(sandbox.now, in: SandboxAccount.demo.timeZone)
            let instance = try #require(sandbox.groundTruth(accountId: SandboxAccount.demo.accountId)
                .endedInstances(from: today.adding(days: -10), to: today.adding(days: -1), asOf: sandbox.now).first { $0.participantsCount >= 2 })
            let path = "/report/meetings/\(ZoomPath.meetingUUID(instance.uuid))/participants"
            var documents: [JSONValue] = []
            let error = await #expect(throws: ZoomError.self) {
                for try await page in client(url).pages(path, query: [("page_size", "1")], category: .heavy) { documents.append(page.document) }
            }
            let total = try #require(documents.first?["total_records"]?.int)
            let limit = ListingPageLimit(requestedPageSize: 1, totalRecords: Int(total))
            #expect(error?.recovery == .failInstance)
            #expect(error?.description.contains("more than its total_records allow") == true, "\(String(describing: error))")
            #expect(documents.count == limit.maxPages - 1, "the page offering one page too many is not delivered")
            #expect(sandbox.requestLog.filter { $0.path.hasSuffix("/participants") }.count == limit.maxPages)
        }
    }

    @Test func aListingWithoutTotalRecordsStopsAtItsBound() async throws {
        var plan = FaultPlan(seed: 1, rates: [.cyclingPageToken: .permanent()])
        plan.freshCycleTokens = true
        try await withSandbox(SandboxConfiguration(faultPlan: plan)) { sandbox, url in
            let today = CivilDate(sandbox.now, in: SandboxAccount.demo.timeZone)
            let query = [("from", "\(today.adding(days: -10))"), ("to", "\(today.adding(days: -1))"), ("date_type", "end_time"), ("page_size", "5")]
            var pages = 0
            let error = await #expect(throws: ZoomError.self) {
                for try await _ in client(url).pages("/report/history_meetings", query: query, category: .heavy, maxPagesWithoutTotal: 20) { pages += 1 }
            }
            #expect(pages == 19)
            #expect(error?.description.contains("no total_records; at most 20 pages") == true, "\(String(describing: error))")
        }
    }

    @Test(arguments: [(0, 300, 3), (1, 300, 3), (300, 300, 3), (301, 300, 4), (3000, 300, 12), (30_000, 300, 110)])
    func aListingMayTakeItsPagesPlusSlack(_ total: Int, _ size: Int, _ maxPages: Int) {
        #expect(ListingPageLimit(requestedPageSize: size, totalRecords: total).maxPages == maxPages)
    }

    @Test func aListingWithoutTotalRecordsIsStillBounded() {
        var limit = ListingPageLimit(requestedPageSize: 300)
        limit.observe(.object(["next_page_token": .string("x")]))
        #expect(limit.maxPages == ListingPageLimit.withoutTotal)
        limit.observe(.object(["total_records": .int(30), "page_size": .int(10)]))
        #expect(limit.maxPages == 5)
    }

    // MARK: Raw JSON of a reject (finding 13)

    static let hostileRecord = #"{ "id" : 1e400, "big":12345678901234567890,"name":"caf\u00e9"}"#

    @Test func aRejectKeepsTheBytesZoomSent() throws {
        let body = Data(#"{"page_size":300,"users":[{"id":"ok","type":1},  \#(Self.hostileRecord) ]}"#.utf8)
        let document = try JSONValue.parse(body, endpoint: "/report/users")
        let records = try #require(document["users"]?.array)
        let page = typedPage(records, endpoint: "/report/users") { reader in [.text(try reader.string("id"))] }
        #expect(page.rows == [[.text("ok")]])
        #expect(page.rejects.map(\.rawJSON) == [Self.hostileRecord], "re-serialized: \(records[1].jsonText)")
        #expect(records[1].jsonText.contains("null"), "what a re-serialization makes of 1e400")
    }

    @Test func anObjectBuiltInCodeOrOutsideAnArrayHasNoSource() throws {
        let document = try JSONValue.parse(Data(#"{"b" : 1}"#.utf8), endpoint: "/e")
        #expect(document.sourceText == #"{"b":1}"#)
        #expect(document == .object(["b": .int(1)]), "equality ignores the source")
    }

    @Test func recoveryOfTheHostileKinds() {
        #expect(ZoomError(.endlessListing(detail: "x"), endpoint: "/e").recovery == .failInstance)
        #expect(ZoomError(.waitTooLong(seconds: 86_400), endpoint: "/e").recovery == .tryLater)
    }
}

/// One memory budget for the bodies in flight (issue 11, finding 7).
@Suite struct BodyBudgetTests {
    static func client(_ url: URL, budget: Int) -> ZoomClient {
        let account = SandboxAccount.demo
        var http = HTTPClientConfiguration()
        http.bodyBudgetBytes = budget
        return ZoomClient(ZoomClientConfiguration(
            credentials: ZoomCredentials(accountId: account.accountId, clientId: account.clientId, clientSecret: Secret(account.clientSecret)),
            oauthURL: url.absoluteString, plan: .business, http: http, backoffBase: .milliseconds(5)), logger: Logger(label: "test"))
    }

    @Test func concurrentLargeAnswersStayWithinTheBudgetAndAllArrive() async throws {
        var plan = FaultPlan(seed: 1, rates: [.oversizedBody: .permanent()], paths: ["/v2/report/daily"])
        plan.oversizeBytes = 4 << 20
        try await withSandbox(SandboxConfiguration(faultPlan: plan)) { _, url in
            let account = SandboxAccount.demo
            let client = Self.client(url, budget: 8 << 20)
            try await client.authenticate()
            HTTPClient.resetBodyPeak()
            let answers = try await withThrowingTaskGroup(of: Bool.self) { group in
                let today = CivilDate(Date(), in: account.timeZone)
                for index in 0..<8 {
                    let month = today.adding(months: -(index % 5))
                    group.addTask {
                        let document = try await client.get("/report/daily", query: [("year", "\(month.year)"), ("month", "\(month.month)")],
                                                            category: .heavy)
                        return document["dates"] != nil
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(answers == Array(repeating: true, count: 8))
            // Eight 4 MiB bodies would be 32 MiB at once; the budget allows 8 MiB plus one body.
            #expect(HTTPClient.peakBodyBytesInFlight <= (8 << 20) + (4 << 20) + (1 << 20), "peak \(HTTPClient.peakBodyBytesInFlight)")
        }
    }

    /// A delivered body stays charged while anything still holds it (a record keeps its bytes
    /// for a reject), and is given back when the last reference goes: the budget bounds what
    /// sits in memory, not only what is on the wire (815 MB at concurrency 40 before).
    @Test func aDeliveredBodyStaysChargedUntilItIsFreedAndARequestStillRunsWhileCallersHoldTheBudget() async throws {
        var plan = FaultPlan(seed: 1, rates: [.oversizedBody: .permanent()], paths: ["/v2/report/daily"])
        plan.oversizeBytes = 4 << 20
        try await withSandbox(SandboxConfiguration(faultPlan: plan)) { _, url in
            let client = Self.client(url, budget: 6 << 20)
            try await client.authenticate()
            let before = HTTPClient.bodyBytesHeld
            var held: [JSONValue] = []
            // Three bodies of 4 MiB held at once: past the 6 MiB budget, and still each is served.
            for _ in 0..<3 {
                held.append(try await client.get("/report/daily", category: .heavy))
            }
            #expect(held.allSatisfy { $0["dates"]?.array?.isEmpty == false })
            // Each answer is padded to about 4 MiB.
            #expect(HTTPClient.bodyBytesHeld - before >= 3 * (4 << 20) - 4096, "held \(HTTPClient.bodyBytesHeld - before)")
            held.removeAll()
            #expect(HTTPClient.bodyBytesHeld <= before, "freed bodies give their bytes back: \(HTTPClient.bodyBytesHeld) vs \(before)")
        }
    }
}
