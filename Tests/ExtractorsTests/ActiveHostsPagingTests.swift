import Foundation
import Logging
import Records
import TestSupport
import Testing
import ZoomSandbox
@testable import Extractors

/// `active_hosts` hands its listing to the loader page by page (issue 11, finding 5): a month of
/// more hosts than one 300-row page is never gathered whole, only its last page carries the
/// checkpoint day, and a restarted listing says so on its first page.
@Suite struct ActiveHostsPagingTests {
    /// Enough users that last month's active hosts take two pages or more.
    static let account: SandboxAccount = {
        var account = SandboxAccount.demo
        account.scale = 40
        return account
    }()

    /// Last calendar month, whole: a closed period of one listing.
    static func lastMonth(_ sandbox: ZoomSandbox) -> DateRange {
        let today = CivilDate(sandbox.now, in: account.timeZone)
        let first = today.firstOfMonth.adding(months: -1)
        return DateRange(from: first, to: today.firstOfMonth.adding(days: -1))!
    }

    struct Emitted {
        let rows: [Row]
        let through: CivilDate?
        let restarted: Bool
        let parent: [Cell]?
    }

    func extract(_ faults: FaultPlan?) async throws -> (pages: [Emitted], hosts: [String], range: DateRange) {
        var configuration = SandboxConfiguration(faultPlan: faults)
        configuration.accounts = [Self.account]
        configuration.enforceRateLimits = false
        return try await withSandbox(configuration.frozen()) { sandbox, url in
            let range = Self.lastMonth(sandbox)
            let credentials = ZoomCredentials(accountId: Self.account.accountId, clientId: Self.account.clientId,
                                              clientSecret: Secret(Self.account.clientSecret))
            let client = ZoomClient(ZoomClientConfiguration(credentials: credentials, oauthURL: url.absoluteString, plan: .business,
                                                            backoffBase: .milliseconds(5)), logger: Logger(label: "test"))
            var pages: [Emitted] = []
            try await ActiveHosts().extract(range, client: client, context: ExtractionContext(timeZone: Self.account.timeZone, logger: Logger(label: "test"))) {
                pages.append(Emitted(rows: $0.page.rows, through: $0.through, restarted: $0.restarted, parent: $0.page.parent))
            }
            let truth = sandbox.groundTruth(accountId: Self.account.accountId)
            return (pages, truth.activeHosts(from: range.from, to: range.to, asOf: sandbox.now).map(\.id), range)
        }
    }

    @Test func aMonthOfSeveralPagesIsEmittedPageByPageWithTheCheckpointDayOnTheLast() async throws {
        let (pages, hosts, range) = try await extract(nil)
        try #require(hosts.count > 300, "the account must have more active hosts than one page holds: \(hosts.count)")
        #expect(pages.count == (hosts.count + 299) / 300, "one emitted page per listing page: \(pages.map(\.rows.count))")
        #expect(pages.allSatisfy { $0.rows.count <= 300 }, "\(pages.map(\.rows.count))")
        #expect(pages.map(\.through) == Array(repeating: nil, count: pages.count - 1) + [range.to])
        #expect(pages.allSatisfy { $0.parent == [.date(range.from)] && !$0.restarted })
        let ids = pages.flatMap(\.rows).map { $0[2] }
        #expect(ids.count == hosts.count)
        #expect(Set(ids) == Set(hosts.map { Cell.text($0) }))
    }

    @Test func aRestartedListingMarksItsFirstPageSoTheLoaderDropsTheEarlierOnes() async throws {
        var plan = FaultPlan(seed: 3, rates: [.expiredPageToken: .init(1, limit: 1)])
        plan.paths = ["/v2/report/users"]
        let (pages, hosts, range) = try await extract(plan)
        let restarted = try #require(pages.firstIndex { $0.restarted }, "the expired token must restart the listing: \(pages.map(\.restarted))")
        #expect(restarted >= 1, "pages before the restart were emitted as they came")
        // From the restart on, the pages are the month's whole set, once.
        let set = pages[restarted...].flatMap(\.rows).map { $0[2] }
        #expect(set.count == hosts.count)
        #expect(Set(set) == Set(hosts.map { Cell.text($0) }))
        #expect(pages.last?.through == range.to)
    }
}
