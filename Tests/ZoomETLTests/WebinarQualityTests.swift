import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox

/// Webinars are the largest sessions an account has: their QoS and QSS come from Zoom's webinar
/// paths (zoom-api.md §9) into the same tables as meetings', and an account without the Webinar
/// add-on has only its webinar instances skipped, with a warning, never a failure.
@Suite struct WebinarQualityTests {
    static let jobs = """
        [accounts.main]
        plan = "business"
        timezone = "America/New_York"

        [jobs.nightly]
        streams = ["meetings", "meeting_participants", "meeting_qos", "meeting_qos_summary"]
        lookback_days = 2
        start = "4 days"
        concurrency = 8
        """

    /// The most recent closed day with a webinar that has QoS samples, and that day's instances.
    static func dayWithWebinars(_ pipeline: Pipeline) throws -> (day: CivilDate, instances: [SyntheticMeeting]) {
        let truth = pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId)
        for back in 1...30 {
            let day = pipeline.today.adding(days: -back)
            let instances = truth.endedInstances(from: day, to: day, asOf: pipeline.sandbox.now)
            let sampled = instances.contains { $0.kind == .webinar && truth.qosSamples(of: $0).contains { !$0.userQoS.isEmpty } }
            if sampled { return (day, instances) }
        }
        Issue.record("no webinar with QoS samples in the sandbox's last 30 days")
        throw CancellationError()
    }

    @Test func webinarInstancesHaveTheirQoSAndQSS() async throws {
        try await withPipeline(jobsConf: Self.jobs) { pipeline in
            pipeline.sandbox.setEntitlement(accountId: pipeline.account.accountId, .qss, enabled: true)
            let (day, instances) = try Self.dayWithWebinars(pipeline)
            let result = try await pipeline.zoomETL("backfill", "--from", "\(day)", "--to", "\(day)")
            #expect(result.exitCode == 0, "\(result)")
            let truth = pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId)
            for webinar in instances where webinar.kind == .webinar {
                let samples = truth.qosSamples(of: webinar).flatMap(\.userQoS)
                let expectedQoS = samples.reduce(0) { $0 + $1.metrics.count + ($1.cpuUsage == nil ? 0 : 1) }
                let expectedQSS = truth.qosSummary(of: webinar).reduce(0) { $0 + $1.qos.filter { MeetingMetrics.names.contains($0.type) }.count }
                let loaded = try await pipeline.query("""
                    SELECT (SELECT count(*) FROM zoom.participant_qos WHERE meeting_uuid = $1)::text,
                           (SELECT count(*) FROM zoom.participant_qos_summary WHERE meeting_uuid = $1)::text
                    """, [webinar.uuid])
                #expect(loaded == [["\(expectedQoS)", "\(expectedQSS)"]], "webinar \(webinar.uuid)")
            }
            // Each kind was asked under its own path, never the other's.
            let log = pipeline.sandbox.requestLog.filter { $0.path.contains("/participants/qos") }
            #expect(log.contains { $0.path.hasPrefix("/v2/metrics/webinars/") && $0.status == 200 })
            #expect(log.allSatisfy { $0.status == 200 }, "\(log.filter { $0.status != 200 }.map { "\($0.status) \($0.path)" })")
        }
    }

    @Test func withoutTheWebinarAddOnOnlyWebinarsAreSkippedWithAWarning() async throws {
        try await withPipeline(jobsConf: Self.jobs) { pipeline in
            let (day, instances) = try Self.dayWithWebinars(pipeline)
            pipeline.sandbox.setEntitlement(accountId: pipeline.account.accountId, .webinars, enabled: false)
            let result = try await pipeline.zoomETL("backfill", "--from", "\(day)", "--to", "\(day)")
            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stderr.contains("webinar instances skipped"), "\(result.stderr)")
            #expect(try await pipeline.query("SELECT status FROM etl.runs") == [["succeeded"]])
            let webinars = instances.filter { $0.kind == .webinar }.map(\.uuid)
            let meetings = instances.filter { $0.kind == .meeting }
            // The webinars have no progress row, so a run after the add-on is back fetches them.
            let progress = try await pipeline.query("SELECT DISTINCT parent FROM etl.child_progress WHERE stream = 'meeting_qos'")
            #expect(Set(progress.compactMap { $0[0] }) == Set(meetings.map(\.uuid)))
            #expect(try await pipeline.query("SELECT count(*)::text FROM zoom.participant_qos WHERE meeting_uuid = ANY ($1::text[])",
                                             ["{" + webinars.map { "\"\($0)\"" }.joined(separator: ",") + "}"]) == [["0"]])

            pipeline.sandbox.setEntitlement(accountId: pipeline.account.accountId, .webinars, enabled: true)
            let again = try await pipeline.zoomETL("backfill", "--from", "\(day)", "--to", "\(day)")
            #expect(again.exitCode == 0, "\(again)")
            let done = try await pipeline.query("SELECT DISTINCT parent FROM etl.child_progress WHERE stream = 'meeting_qos' AND status = 'done'")
            #expect(Set(done.compactMap { $0[0] }) == Set(instances.map(\.uuid)))
            let loaded = try await pipeline.query("SELECT count(*) > 0 FROM zoom.participant_qos WHERE meeting_uuid = ANY ($1::text[])",
                                                  ["{" + webinars.map { "\"\($0)\"" }.joined(separator: ",") + "}"])
            #expect(loaded == [["t"]])
        }
    }
}
