import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox
@testable import ZoomETL

/// Every stream end to end against the sandbox's ground truth: the binary, HTTP, PostgreSQL.
@Suite struct MeetingStreamsRunTests {
    /// A job of `streams` over the last four days.
    static func jobs(_ streams: [String]) -> String {
        """
        [accounts.main]
        plan = "business"
        timezone = "America/New_York"

        [jobs.nightly]
        streams = [\(streams.map { "\"\($0)\"" }.joined(separator: ", "))]
        lookback_days = 2
        start = "4 days"
        concurrency = 8
        """
    }

    /// Every stream of the catalog: a stream added there is compared here too.
    static let allStreamNames = StreamCatalog.all.map(\.name.rawValue)
    static let allStreams = jobs(allStreamNames)

    @Test func everyStreamLoadsWhatZoomServes() async throws {
        try await withPipeline(jobsConf: Self.allStreams) { pipeline in
            pipeline.sandbox.setEntitlement(accountId: pipeline.account.accountId, .qss, enabled: true)
            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 0, "\(result)")
            let truth = pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId)
            let instances = truth.endedInstances(from: pipeline.today.adding(days: -4), to: pipeline.today.adding(days: -1), asOf: pipeline.sandbox.now)

            // Every table, every column, against the ground truth of the run's days.
            try await pipeline.expectWarehouseEqualsTruth(from: pipeline.today.adding(days: -4), to: pipeline.today.adding(days: -1))

            // Each occurrence of a recurring meeting is its own row.
            let recurring = Dictionary(grouping: instances, by: \.meetingId).filter { $0.value.count > 1 }
            #expect(!recurring.isEmpty, "the sandbox must have a recurring meeting in the window")
            let awkward = instances.filter { $0.participantsCount >= 2 && ($0.uuid.hasPrefix("/") || $0.uuid.contains("//") || $0.uuid.contains("+")) }
            #expect(!awkward.isEmpty, "the sandbox must serve UUIDs that need (double) encoding")

            // Monthly partitions, one per UTC month that has samples, so old months drop cheaply.
            let partitions = try await pipeline.query("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'zoom.participant_qos'::regclass ORDER BY 1")
            let months = try await pipeline.query("SELECT DISTINCT 'participant_qos_' || to_char(sample_time AT TIME ZONE 'UTC', 'YYYY_MM') FROM zoom.participant_qos ORDER BY 1")
            #expect(!partitions.isEmpty && partitions == months)
            let nullified = try await pipeline.query("SELECT (streams->'meeting_qos'->>'nullified')::int > 0 FROM etl.runs")
            #expect(nullified == [["t"]], "the sandbox's empty QoS values must be counted")
            #expect(try await pipeline.query("SELECT count(*)::text FROM etl.child_progress WHERE status <> 'done'") == [["0"]])
        }
    }

    @Test func withoutTheHistoryReportEachActiveHostsMeetingsAreListed() async throws {
        let jobs = Self.jobs(["meetings"])
        try await withPipeline(jobsConf: jobs) { pipeline in
            pipeline.sandbox.setEntitlement(accountId: pipeline.account.accountId, .historyMeetings, enabled: false)
            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 0, "\(result)")
            let truth = pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId)
            let range = DateRange(from: pipeline.today.adding(days: -4), to: pipeline.today.adding(days: -1))!
            var expected: [String: String] = [:]
            for window in range.months {
                for host in truth.activeHosts(from: window.from, to: window.to, asOf: pipeline.sandbox.now) {
                    for meeting in truth.reportMeetings(userId: host.id, from: window.from, to: window.to, asOf: pipeline.sandbox.now) ?? [] {
                        expected[meeting.uuid] = meeting.scheduleTime
                    }
                }
            }
            #expect(!expected.isEmpty)
            let rows = try await pipeline.query("SELECT meeting_uuid, listed_by, to_char(scheduled_time AT TIME ZONE 'America/New_York', 'MM/DD/YYYY HH24:MI') FROM zoom.meetings")
            let loaded = Set(rows.compactMap { $0[0] })
            #expect(loaded == Set(expected.keys), "missing \(Set(expected.keys).subtracting(loaded).count), extra \(loaded.subtracting(expected.keys).count) of \(expected.count)")
            #expect(rows.allSatisfy { $0[1] == "user_meetings" })
            // The report's local "MM/dd/yyyy HH:mm" is read in the account's zone and stored as UTC.
            #expect(rows.allSatisfy { row in (row[2] ?? "") == (expected[row[0] ?? ""] ?? "") })
        }
    }

    @Test func everyWarehouseTableAndColumnIsDocumented() async throws {
        let warehouse = try await freshWarehouse()
        let undocumented = try await warehouse.queryRows("""
            SELECT n.nspname || '.' || c.relname || coalesce('.' || a.attname, '')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND col_description(c.oid, a.attnum) IS NULL
            WHERE n.nspname IN ('zoom', 'etl') AND c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition
              AND (a.attname IS NOT NULL OR obj_description(c.oid, 'pg_class') IS NULL)
            ORDER BY 1
            """)
        await warehouse.close()
        #expect(undocumented.isEmpty, "undocumented: \(undocumented)")
    }

    @Test func anUnentitledStreamIsSkippedAndTheOthersLoad() async throws {
        try await withPipeline(jobsConf: Self.allStreams) { pipeline in
            // QSS is a paid add-on, off by default.
            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stderr.contains("stream unavailable for this account"))
            let availability = try await pipeline.query("SELECT stream, available::text, reason FROM etl.stream_availability WHERE NOT available")
            #expect(availability.count == 1)
            #expect(availability.first?[0] == "meeting_qos_summary")
            #expect((availability.first?[2] ?? nil)?.contains("Event subscription not found") == true)
            #expect(try await pipeline.query("SELECT count(*) > 0 FROM zoom.meeting_participants") == [["t"]])
            #expect(try await pipeline.query("SELECT count(*) > 0 FROM zoom.participant_qos") == [["t"]])
            #expect(try await pipeline.query("SELECT status FROM etl.runs") == [["succeeded"]])
        }
    }

    static let participantsOnly = jobs(allStreamNames.filter { !["meeting_qos", "meeting_qos_summary"].contains($0) })

    /// A meeting instance of three or four days ago that has a participants report.
    static func victim(_ pipeline: Pipeline) throws -> SyntheticMeeting {
        let truth = pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId)
        return try #require(truth.endedInstances(from: pipeline.today.adding(days: -4), to: pipeline.today.adding(days: -3), asOf: pipeline.sandbox.now)
            .first { $0.participantsCount >= 2 })
    }

    @Test func aFailingInstanceIsIsolatedNamedRetriedAndLoadsOnceServed() async throws {
        try await withPipeline(jobsConf: Self.participantsOnly) { pipeline in
            let truth = pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId)
            let victim = try Self.victim(pipeline)
            pipeline.sandbox.refuseInstance(victim.uuid, status: 500, code: 500, message: "Internal error.")
            let fast = ["ZOOM_ETL_BACKOFF_MS": "20"]

            // Every other instance loads; the run says what it could not load, and exits 1.
            let first = try await pipeline.zoomETL("run", overrides: fast)
            #expect(first.exitCode == 1, "\(first)")
            #expect(first.stderr.contains("the run is incomplete: Zoom did not serve meeting_participants: 1 instance (\(victim.uuid))"), "\(first.stderr)")
            #expect(first.stderr.contains("the next run retries them"))
            let progress = "SELECT status, attempts::text, last_error LIKE '%kept failing after 6 attempts%' FROM etl.child_progress WHERE parent = $1"
            #expect(try await pipeline.query(progress, [victim.uuid]) == [["failed", "1", "t"]])
            let reported = truth.endedInstances(from: pipeline.today.adding(days: -4), to: pipeline.today.adding(days: -1), asOf: pipeline.sandbox.now)
                .filter { $0.participantsCount >= 2 && $0.uuid != victim.uuid }
            let loaded = try await pipeline.query("SELECT count(DISTINCT meeting_uuid)::text FROM zoom.meeting_participants")
            #expect(loaded == [["\(reported.count)"]], "the other instances must load")
            let runs = try await pipeline.query("SELECT status, (streams->'meeting_participants'->>'failed_instances'), error LIKE '%' || $1 || '%' FROM etl.runs", [victim.uuid])
            #expect(runs == [["incomplete", "1", "t"]])

            #expect(try await pipeline.zoomETL("run", overrides: fast).exitCode == 1)
            #expect(try await pipeline.query(progress, [victim.uuid]) == [["failed", "2", "t"]])

            pipeline.sandbox.serveInstance(victim.uuid)
            #expect(try await pipeline.zoomETL("run", overrides: fast).exitCode == 0)
            #expect(try await pipeline.query("SELECT status, attempts::text FROM etl.child_progress WHERE parent = $1", [victim.uuid]) == [["done", "0"]])
            #expect(try await pipeline.query("SELECT count(*)::text FROM zoom.meeting_participants WHERE meeting_uuid = $1", [victim.uuid])
                    == [["\(truth.reportParticipants(of: victim).count)"]])
        }
    }

    @Test func anInstanceGivenUpStillMakesTheRunIncompleteUntilABackfillLoadsIt() async throws {
        try await withPipeline(jobsConf: Self.participantsOnly) { pipeline in
            let victim = try Self.victim(pipeline)
            pipeline.sandbox.refuseInstance(victim.uuid, status: 400, code: 12702, message: "Can not access meeting a year ago.")
            #expect(try await pipeline.zoomETL("run").exitCode == 1)
            // As if it had failed five nights in a row: nightly runs stop asking for it.
            _ = try await pipeline.query("UPDATE etl.child_progress SET attempts = 5 WHERE parent = $1 RETURNING 1", [victim.uuid])
            pipeline.sandbox.serveInstance(victim.uuid)
            let before = pipeline.sandbox.requestLog.count
            let nightly = try await pipeline.zoomETL("run")
            #expect(nightly.exitCode == 1, "\(nightly)")
            #expect(nightly.stderr.contains("given up after failing 5 runs in a row: meeting_participants: 1 instance (\(victim.uuid))"), "\(nightly.stderr)")
            #expect(!pipeline.sandbox.requestLog.dropFirst(before).contains { request in
                (request.path.removingPercentEncoding?.removingPercentEncoding ?? request.path).contains(victim.uuid)
            })

            // A backfill of its days asks again, and then the nightly run has everything.
            let day = CivilDate(victim.endTime, in: pipeline.account.timeZone)
            let backfill = try await pipeline.zoomETL("backfill", "--from", "\(day)", "--to", "\(day)", "--streams", "meeting_participants")
            #expect(backfill.exitCode == 0, "\(backfill)")
            #expect(try await pipeline.query("SELECT status FROM etl.child_progress WHERE parent = $1", [victim.uuid]) == [["done"]])
            #expect(try await pipeline.zoomETL("run").exitCode == 0)
        }
    }

    @Test func anInstanceZoomNoLongerHasIsRecordedGoneAndTheRunSucceeds() async throws {
        try await withPipeline(jobsConf: Self.participantsOnly) { pipeline in
            let victim = try Self.victim(pipeline)
            pipeline.sandbox.refuseInstance(victim.uuid, status: 404, code: 3001, message: "Meeting does not exist: \(victim.uuid).")

            let result = try await pipeline.zoomETL("run")
            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stdout.contains("1 gone from Zoom"), "\(result.stdout)")
            let progress = "SELECT status, attempts::text, last_error LIKE '%3001%' FROM etl.child_progress WHERE parent = $1"
            #expect(try await pipeline.query(progress, [victim.uuid]) == [["gone", "0", "t"]])
            #expect(try await pipeline.query("SELECT status, streams->'meeting_participants'->>'gone_instances' FROM etl.runs") == [["succeeded", "1"]])

            // Gone is final: the next run does not ask again, even once Zoom would serve it.
            pipeline.sandbox.serveInstance(victim.uuid)
            let before = pipeline.sandbox.requestLog.count
            #expect(try await pipeline.zoomETL("run").exitCode == 0)
            let asked = pipeline.sandbox.requestLog.dropFirst(before).filter { request in
                (request.path.removingPercentEncoding?.removingPercentEncoding ?? request.path).contains(victim.uuid)
            }
            #expect(asked.isEmpty)
        }
    }

    @Test func aSteadyNightlyRunAsksOnlyForTheLookbackAndNewDays() async throws {
        let jobs = """
            [accounts.main]
            plan = "business"
            timezone = "America/New_York"

            [jobs.nightly]
            streams = ["daily_usage", "active_hosts", "meetings", "meeting_participants"]
            lookback_days = 2
            start = "30 days"
            concurrency = 8
            """
        try await withPipeline(jobsConf: jobs) { pipeline in
            let from = pipeline.today.adding(days: -90), to = pipeline.today.adding(days: -1)
            #expect(try await pipeline.zoomETL("backfill", "--from", "\(from)", "--to", "\(to)").exitCode == 0)
            let backfillRequests = pipeline.sandbox.requestLog.count
            #expect(try await pipeline.zoomETL("run").exitCode == 0)
            let checkpoints = try await pipeline.query("SELECT stream, cursor::text FROM etl.checkpoints WHERE scope = 'incremental' ORDER BY stream")
            pipeline.sandbox.clearRequestLog()

            #expect(try await pipeline.zoomETL("run").exitCode == 0)
            let log = pipeline.sandbox.requestLog.filter { $0.path.hasPrefix("/v2/") }
            // Windowed reports: only months that hold the lookback days.
            let lookbackMonths = Set((1...2).map { "\(pipeline.today.adding(days: -$0).month)" })
            #expect(Set(log.filter { $0.path == "/v2/report/daily" }.compactMap { $0.query("month") }).isSubset(of: lookbackMonths))
            let lookbackStart = pipeline.today.adding(days: -2)
            for request in log where request.path == "/v2/report/history_meetings" {
                #expect(CivilDate(iso: request.query("to") ?? "")! >= lookbackStart)
            }
            // Fan-out: only instances that ended inside the lookback are fetched again.
            let truth = pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId)
            let recent = truth.endedInstances(from: lookbackStart, to: to, asOf: pipeline.sandbox.now).filter { $0.participantsCount >= 2 }
            let participantCalls = log.filter { $0.path.hasSuffix("/participants") }
            #expect(Set(participantCalls.map(\.path)).count == recent.count)
            #expect(log.count * 90 <= backfillRequests * 3 + 90 * 10, "a steady run costs about (lookback + 1) / 90 of the backfill: \(log.count) vs \(backfillRequests)")

            // An old backfill leaves every nightly checkpoint as it was.
            #expect(try await pipeline.zoomETL("backfill", "--from", "\(pipeline.today.adding(days: -80))", "--to", "\(pipeline.today.adding(days: -70))").exitCode == 0)
            #expect(try await pipeline.query("SELECT stream, cursor::text FROM etl.checkpoints WHERE scope = 'incremental' ORDER BY stream") == checkpoints)
        }
    }
}

/// The QoS metrics zoom-etl loads (DESIGN.md).
enum MeetingMetrics {
    static let names: Set<String> = ["audio_input", "audio_output", "video_input", "video_output", "as_input", "as_output"]
}
