import Extractors
import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox

/// The built binary against hostile answers (issue 11, findings 4 to 7): a NUL in a text field,
/// page tokens that go round, a `Retry-After` of a year or of no number at all, and an answer
/// over the body cap. None may fail the run, stall it or crash it; a listing or an answer Zoom
/// will not serve fails its instance only.
@Suite struct HostileAnswerRunTests {
    static let participantsJob = """
        [accounts.main]
        plan = "business"
        timezone = "America/New_York"

        [jobs.nightly]
        streams = ["meetings", "meeting_participants"]
        lookback_days = 2
        start = "4 days"
        concurrency = 8
        """
    static let fast = Reliability.fastClient

    static func sandbox(_ plan: FaultPlan) -> SandboxConfiguration {
        var configuration = SandboxConfiguration()
        configuration.enforceRateLimits = false
        configuration.faultPlan = plan
        return configuration
    }

    /// The participants paths of one instance, as the client encodes its UUID and decoded.
    static func participantsPaths(_ uuid: String) -> [String] {
        ["meetings", "webinars"].flatMap { family in
            ["/v2/report/\(family)/\(ZoomPath.meetingUUID(uuid))/participants", "/v2/report/\(family)/\(uuid)/participants"]
        }
    }

    /// An instance of the job's window with a participants report.
    static func victim(_ pipeline: Pipeline) throws -> String {
        let truth = pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId)
        return try #require(truth.endedInstances(from: pipeline.today.adding(days: -4), to: pipeline.today.adding(days: -3), asOf: pipeline.sandbox.now)
            .first { $0.participantsCount >= 2 }).uuid
    }

    @Test func aNULInATextFieldBecomesARejectWithItsRawJSONAndThePageLoads() async throws {
        let plan = FaultPlan(seed: 3, rates: [.nulInText: FaultPlan.Rate(0.2)], paths: ["/v2/report/meetings/", "/v2/report/webinars/"])
        try await withPipeline(jobsConf: Self.participantsJob, sandbox: Self.sandbox(plan)) { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: Self.fast)
            #expect(result.exitCode == 0, "\(result)")
            let rejects = try await pipeline.query("""
                SELECT count(*)::text, bool_and(reason LIKE '%contains U+0000 (NUL)%')::text
                FROM etl.rejects WHERE stream = 'meeting_participants' AND strpos(raw_json, '\\u0000') > 0
                """)
            #expect(rejects.first?[0] != "0", "the fault must have struck: \(rejects)")
            let all = try await pipeline.query("SELECT reason, raw_json FROM etl.rejects")
            #expect(rejects.first?[1] == "true", "\(all)")
            #expect(try await pipeline.query("SELECT count(*) > 0 FROM zoom.meeting_participants") == [["t"]])
            #expect(try await pipeline.query("SELECT status FROM etl.runs") == [["succeeded"]])
        }
    }

    @Test(arguments: [false, true])
    func aCyclingPageTokenFailsThatInstanceOnly(freshTokens: Bool) async throws {
        try await withPipeline(jobsConf: Self.participantsJob, sandbox: Self.sandbox(FaultPlan(seed: 1))) { pipeline in
            let uuid = try Self.victim(pipeline)
            var plan = FaultPlan(seed: 1, rates: [.cyclingPageToken: .permanent()], paths: Self.participantsPaths(uuid))
            plan.freshCycleTokens = freshTokens
            pipeline.sandbox.setFaultPlan(plan)
            let result = try await pipeline.zoomETL("run", overrides: Self.fast)
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("the run is incomplete: Zoom did not serve meeting_participants: 1 instance (\(uuid))"), "\(result.stderr)")
            let progress = try await pipeline.query("SELECT status, last_error LIKE '%does not end%' FROM etl.child_progress WHERE parent = $1", [uuid])
            #expect(progress == [["failed", "t"]], "\(progress)")
            #expect(try await pipeline.query("SELECT count(DISTINCT meeting_uuid) > 0 FROM zoom.meeting_participants") == [["t"]])
        }
    }

    @Test func aRetryAfterOfAYearEndsTheRunToTryLater() async throws {
        var plan = FaultPlan(seed: 1, rates: [.hostileRetryAfter: .permanent()], paths: ["/v2/report/daily"])
        plan.hostileRetryAfter = "31536000"
        try await withPipeline(sandbox: Self.sandbox(plan)) { pipeline in
            let started = ContinuousClock.now
            let result = try await pipeline.zoomETL("run", overrides: Self.fast)
            #expect(result.exitCode == 75, "\(result)")
            #expect(ContinuousClock.now - started < .seconds(60))
            #expect(result.stderr.contains("Zoom asked to wait 31536000 s"), "\(result.stderr)")
            #expect(try await pipeline.query("SELECT status <> 'running' FROM etl.runs") == [["t"]])
        }
    }

    @Test(arguments: ["1e300", "inf", "nan", "-5"])
    func aNonFiniteRetryAfterIsRiddenOutWithBackoff(_ value: String) async throws {
        var plan = FaultPlan(seed: 1, rates: [.hostileRetryAfter: FaultPlan.Rate(1, limit: 3)], paths: ["/v2/report/daily"])
        plan.hostileRetryAfter = value
        try await withPipeline(sandbox: Self.sandbox(plan)) { pipeline in
            let result = try await pipeline.zoomETL("run", overrides: Self.fast)
            #expect(result.exitCode == 0, "\(result)")
            #expect(pipeline.sandbox.requestLog.filter { $0.status == 429 }.count == 3)
        }
    }

    @Test func anAnswerOverTheBodyCapFailsThatInstanceOnly() async throws {
        try await withPipeline(jobsConf: Self.participantsJob, sandbox: Self.sandbox(FaultPlan(seed: 1))) { pipeline in
            let uuid = try Self.victim(pipeline)
            var plan = FaultPlan(seed: 1, rates: [.oversizedBody: .permanent()], paths: Self.participantsPaths(uuid))
            plan.oversizeBytes = 2 << 20
            pipeline.sandbox.setFaultPlan(plan)
            let result = try await pipeline.zoomETL("run", overrides: Self.fast.merging(["ZOOM_ETL_MAX_BODY_BYTES": "\(1 << 20)"]) { $1 })
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("1 instance (\(uuid))"), "\(result.stderr)")
            let progress = try await pipeline.query("SELECT status, last_error LIKE '%body over%' FROM etl.child_progress WHERE parent = $1", [uuid])
            #expect(progress == [["failed", "t"]], "\(progress)")
            #expect(try await pipeline.query("SELECT count(DISTINCT meeting_uuid) > 0 FROM zoom.meeting_participants") == [["t"]])
        }
    }
}
