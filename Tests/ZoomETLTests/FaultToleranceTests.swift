import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox

/// Passing failures of Zoom and the network, injected by the sandbox's seeded `FaultPlan`, must
/// change nothing in the warehouse; failures that do not pass must fail the run cleanly.
@Suite struct FaultToleranceTests {
    /// The faults a run must ride out within itself, each short enough for the client's retries.
    static func mix(seed: UInt64) -> FaultPlan {
        var plan = FaultPlan.mix(seed: seed)
        plan.stall = .seconds(6)  // past the tests' 4 s client timeout
        return plan
    }

    @Test func underAMixOfPassingFaultsTheWarehouseEqualsAFaultFreeRuns() async throws {
        let seeds: [UInt64] = [11, 23, 37]
        let reference = try await Reliability.reference()
        #expect(reference.tables.values.allSatisfy { !$0.hasPrefix("0 ") }, "the reference run must load every table: \(reference)")

        let injected = try await withThrowingTaskGroup(of: [SandboxFault: Int].self) { group in
            for seed in seeds {
                group.addTask {
                    try await Reliability.withPipeline(faults: Self.mix(seed: seed)) { pipeline in
                        let result = try await pipeline.zoomETL(Reliability.backfill, overrides: Reliability.fastClient)
                        #expect(result.exitCode == 0, "seed \(seed): \(result)")
                        let fingerprint = try await WarehouseFingerprint.of(pipeline.databaseURL)
                        #expect(fingerprint == reference, "seed \(seed) differs in \(fingerprint.differences(from: reference))")
                        #expect(try await pipeline.query("SELECT status FROM etl.runs") == [["succeeded"]])
                        let injected = pipeline.sandbox.injectedFaults
                        #expect(injected.values.reduce(0, +) >= 10, "seed \(seed) injected only \(injected)")
                        // A token renewed after the revocation was used, and none leaked into a retry loop.
                        if injected[.revokedToken] != nil { #expect(pipeline.sandbox.issuedTokens.count >= 2) }
                        return injected
                    }
                }
            }
            return try await group.reduce(into: [:]) { total, counts in total.merge(counts, uniquingKeysWith: +) }
        }
        // Every fault of the mix struck at least once across the seeds; a next_page_token is rare
        // in a window this small, so its expiry is exercised when a listing has a second page.
        let expected: Set<SandboxFault> = [.serverError, .rateLimited, .bareRateLimited, .connectionReset, .stall, .truncatedBody, .malformedBody,
                                           .revokedToken, .expiredPageToken]
        #expect(expected.isSubset(of: Set(injected.keys)), "injected: \(injected)")
    }

    @Test func whenRetriesRunOutTheRunFailsWithNothingHalfWrittenAndTheNextRunCompletes() async throws {
        let reference = try await Reliability.reference()
        // Zoom's QoS endpoints fail for good, meetings' and webinars': participants load first,
        // then QoS cannot, instance after instance, until the fan-out stops.
        let storm = FaultPlan(seed: 5, rates: [.serverError: .permanent()], paths: ["/v2/metrics/"])
        try await Reliability.withPipeline(faults: storm) { pipeline in
            let failed = try await pipeline.zoomETL(Reliability.backfill, overrides: Reliability.fastClient)
            #expect(failed.exitCode == 1, "\(failed)")
            #expect(failed.stderr.contains("kept failing after 6 attempts"), "\(failed.stderr)")
            #expect(try await pipeline.query("SELECT status, error LIKE '%kept failing%' FROM etl.runs") == [["failed", "t"]])

            // Each table holds all of the reference's rows or none: no stream stopped half-way.
            let partial = try await WarehouseFingerprint.of(pipeline.databaseURL)
            for (table, sum) in partial.tables where sum != reference.tables[table] {
                #expect(sum.hasPrefix("0 "), "zoom.\(table) is half-written: \(sum) vs \(reference.tables[table] ?? "-")")
            }
            #expect(partial.tables["meeting_participants"] == reference.tables["meeting_participants"])
            #expect(partial.tables["participant_qos"]?.hasPrefix("0 ") == true)
            // Each instance that failed is recorded failed (the rerun retries it), until so many failed
            // in a row that the stream stopped: Zoom is down for it, so the run ends there.
            #expect(failed.stderr.contains("instances in a row failed, so the stream stopped"), "\(failed.stderr)")
            let recorded = try await pipeline.query("SELECT count(*) FROM etl.child_progress WHERE status = 'failed' AND stream = 'meeting_qos'")
            #expect((recorded.first?.first ?? nil).flatMap { Int($0) } ?? 0 >= 25, "\(recorded)")
            #expect(try await pipeline.query("SELECT count(*)::text FROM etl.child_progress WHERE status <> 'done' AND stream <> 'meeting_qos'") == [["0"]])

            pipeline.sandbox.setFaultPlan(nil)
            let rerun = try await pipeline.zoomETL(Reliability.backfill, overrides: Reliability.fastClient)
            #expect(rerun.exitCode == 0, "\(rerun)")
            let fingerprint = try await WarehouseFingerprint.of(pipeline.databaseURL)
            #expect(fingerprint == reference, "differs in \(fingerprint.differences(from: reference))")
            #expect(try await pipeline.query("SELECT status FROM etl.runs ORDER BY run_id") == [["failed"], ["succeeded"]])
        }
    }

    @Test func aPermanentConnectionResetFailsTheRunNamingTheEndpoint() async throws {
        let resets = FaultPlan(seed: 9, rates: [.connectionReset: .permanent()], paths: ["/v2/report/daily"])
        try await withPipeline(sandbox: Reliability.sandbox(faults: resets)) { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: Reliability.fastClient)
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("/report/daily kept failing after 6 attempts; last: could not reach"), "\(result.stderr)")
            #expect(pipeline.sandbox.requestLog.filter { $0.fault == .connectionReset }.count >= 6)
            try await pipeline.expectNothingWritten(failedRun: true)
        }
    }
}
