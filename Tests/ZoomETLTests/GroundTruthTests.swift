import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox

/// A backfill of every core stream, compared value by value with the sandbox's ground truth
/// (`ExpectedWarehouse`): without faults, and under every passing fault the sandbox can inject.
@Suite struct GroundTruthTests {
    /// The last `days` days but one, fixed once per test process; they end two days back, so no
    /// instance of them is still running.
    static func window(days: Int) -> (from: CivilDate, to: CivilDate) {
        (today.adding(days: -1 - days), today.adding(days: -2))
    }

    static let today = CivilDate(Date(), in: SandboxAccount.demo.timeZone)

    static func backfill(_ window: (from: CivilDate, to: CivilDate)) -> [String] {
        ["backfill", "--from", "\(window.from)", "--to", "\(window.to)"]
    }

    /// 30 days: both windows of a month boundary on most days, history listings of two pages,
    /// about 550 instances; some 45 s of backfill on a busy two-core machine.
    static let cleanWindow = window(days: 30)

    @Test func aBackfillOfEveryStreamLeavesEveryTableEqualToTheGroundTruth() async throws {
        try await Reliability.withPipeline { pipeline in
            let start = ContinuousClock.now
            let result = try await pipeline.zoomETL(Self.backfill(Self.cleanWindow))
            print("ground truth: the \(Self.cleanWindow.from)...\(Self.cleanWindow.to) backfill took \(ContinuousClock.now - start)")
            #expect(result.exitCode == 0, "\(result)")
            try await pipeline.expectEveryInstanceDone()
            let comparisons = try await pipeline.expectWarehouseEqualsTruth(from: Self.cleanWindow.from, to: Self.cleanWindow.to)
            #expect(comparisons.allSatisfy { !$0.truth.rows.isEmpty }, "every table must have rows to compare: \(comparisons.map(\.description))")
        }
    }

    /// 10 days, some 35 s: faults make a run several times slower than a clean one (retries,
    /// stalls, 429 pauses); 20 days took 95 s and 30 days 150 s on a busy two-core machine.
    static let faultWindow = window(days: 10)

    /// Every passing fault of `SandboxFault` the client must ride out, each short enough for its
    /// retries; not the 80 MB oversized body, and not `wrongTypes` (a data quirk, not a passing
    /// fault: CrashResumeTests compares its rejects with the truth). A revoked token at most twice,
    /// as Zoom revokes rarely (`Rate.limit`); expired page tokens often but at most three times,
    /// as few listings have a second page.
    static func faults(seed: UInt64) -> FaultPlan {
        var plan = FaultPlan.mix(seed: seed)
        plan.stall = .seconds(6)  // past the client's timeout
        plan.rates[.malformedBody] = .init(0.02)
        plan.rates[.revokedToken] = .init(0.01, limit: 2)
        // Each expiry invalidates every token out, and a listing restarts at most three times.
        plan.rates[.expiredPageToken] = .init(0.5, limit: 3)
        return plan
    }

    /// Retries after tens of milliseconds, a stall given up after 5 s: `Reliability.fastClient`'s
    /// 2 s gave up on answers that were merely slow on a busy machine.
    static let client = ["ZOOM_ETL_HTTP_TIMEOUT_MS": "5000", "ZOOM_ETL_BACKOFF_MS": "20"]

    /// The kinds `faults(seed:)` injects; each must strike at least once in the run.
    static let faultKinds: [SandboxFault] = [.serverError, .rateLimited, .bareRateLimited, .connectionReset, .stall, .truncatedBody,
                                             .malformedBody, .revokedToken, .expiredPageToken]

    @Test func underEveryPassingFaultTheBackfillStillLeavesTheGroundTruth() async throws {
        try await Reliability.withPipeline(faults: Self.faults(seed: 7)) { pipeline in
            let start = ContinuousClock.now
            let result = try await pipeline.zoomETL(Self.backfill(Self.faultWindow), overrides: Self.client)
            print("ground truth: the \(Self.faultWindow.from)...\(Self.faultWindow.to) backfill under faults took \(ContinuousClock.now - start)")
            let injected = pipeline.sandbox.faultsInRequestLog
            for kind in Self.faultKinds {
                #expect(injected[kind, default: 0] > 0, "\(kind) never struck, so this run does not test it: \(injected)")
            }
            #expect(result.exitCode == 0, "the run must ride out every passing fault: \(result)")
            // A 2xx answer whose body is not JSON is a passing failure like a truncated one.
            let malformed = try await pipeline.query("""
                SELECT stream || ' ' || parent FROM etl.child_progress WHERE last_error LIKE '%is not JSON%' ORDER BY 1
                """)
            #expect(malformed.count == 0, """
                \(malformed.count) instances failed on the \(injected[.malformedBody, default: 0]) malformed 2xx bodies \
                (SandboxFault.malformedBody) instead of retrying them, and the run exited \(result.exitCode); e.g. \(malformed.prefix(3).map { $0[0] ?? "" })
                """)
            // A revoked token is renewed, not retried with.
            #expect(pipeline.sandbox.issuedTokens.count >= 2)
            #expect(try await pipeline.query("SELECT status FROM etl.runs") == [["succeeded"]])
            let otherwise = try await pipeline.query("""
                SELECT stream || ' ' || parent || ': ' || status || ', ' || coalesce(last_error, '-') FROM etl.child_progress
                WHERE status <> 'done' AND coalesce(last_error, '') NOT LIKE '%is not JSON%' ORDER BY 1
                """)
            #expect(otherwise.count == 0, "\(otherwise.count) more instances not done: \(otherwise.prefix(3).map { $0[0] ?? "" })")
            try await pipeline.expectWarehouseEqualsTruth(from: Self.faultWindow.from, to: Self.faultWindow.to)
        }
    }
}
