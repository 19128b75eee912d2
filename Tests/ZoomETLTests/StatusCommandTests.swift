import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox

/// `zoom-etl status` through the real binary, after real runs against the sandbox.
@Suite struct StatusCommandTests {
    static func jobs(_ streams: [String], start: String = "3 days") -> String {
        """
        [accounts.main]
        plan = "business"
        timezone = "America/New_York"

        [jobs.nightly]
        streams = [\(streams.map { "\"\($0)\"" }.joined(separator: ", "))]
        lookback_days = 2
        start = "\(start)"
        concurrency = 8
        """
    }

    /// The documented keys of `status --format json` (README.md, "Operations").
    static let topKeys: Set = ["job", "generated_at", "max_lag_hours", "pending_migrations", "accounts"]
    static let accountKeys: Set = ["account", "account_id", "plan", "last_run", "heavy_requests_recorded_today", "heavy_daily_cap", "daily_quota", "streams"]
    static let runKeys: Set = ["run_id", "command", "status", "started_at", "finished_at", "error"]
    static let streamKeys: Set = ["stream", "table", "checkpoint", "checkpoint_updated_at", "last_success_run_id", "last_success_at", "lag_hours",
                                  "stale", "rows_last_run", "rows_total", "last_error", "last_error_at", "available", "unavailable_reason",
                                  "availability_checked_at", "instances"]
    static let instancesKeys: Set = ["done", "failing", "given_up", "failures"]
    static let failureKeys: Set = ["meeting_uuid", "attempts", "given_up", "last_error"]

    /// Parses `status --format json` and returns the one account's streams by name.
    static func streams(of result: CommandResult) throws -> (account: [String: Any], streams: [String: [String: Any]]) {
        let top = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result)")
        let accounts = try #require(top["accounts"] as? [[String: Any]])
        let account = try #require(accounts.first)
        let streams = try #require(account["streams"] as? [[String: Any]])
        return (account, Dictionary(uniqueKeysWithValues: streams.map { ($0["stream"] as? String ?? "?", $0) }))
    }

    @Test func aHealthyAccountShowsEachStreamsCheckpointRowsAndLagAndWritesNothing() async throws {
        try await withPipeline(jobsConf: Self.jobs(["daily_usage", "meetings", "meeting_participants", "users"])) { pipeline in
            #expect(try await pipeline.zoomETL("run").exitCode == 0)
            let before = try await pipeline.query("SELECT count(*)::text, max(finished_at)::text FROM etl.runs")

            let text = try await pipeline.zoomETL("status", "--max-lag", "1")
            #expect(text.exitCode == 0, "\(text)")
            let yesterday = pipeline.today.adding(days: -1)
            #expect(text.stdout.contains("account main (Zoom account \(pipeline.account.accountId), plan business)"))
            #expect(text.stdout.contains("last run: #1 run succeeded"))
            let usageLine = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("daily_usage ") })
            #expect(usageLine.contains("through \(yesterday)") && usageLine.hasSuffix("ok"), "\(usageLine)")
            let meetings = try await pipeline.query("SELECT count(*)::text FROM zoom.meetings")
            let meetingsLine = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("meetings ") })
            #expect(meetingsLine.contains(" \(meetings[0][0] ?? "?") "), "\(meetingsLine)")
            #expect(text.stdout.contains("instances done"))
            #expect(!text.stdout.contains("STALE") && !text.stdout.contains("unavailable"))

            // Heavy quota: what the runs counted in etl.quota_usage, which here is every heavy request the sandbox saw.
            let json = try await pipeline.zoomETL("status", "--format", "json")
            #expect(json.exitCode == 0, "\(json)")
            let (account, streams) = try Self.streams(of: json)
            let heavySeen = pipeline.sandbox.requestLog.filter { $0.category?.rawValue == "Heavy" }.count
            #expect(account["heavy_requests_recorded_today"] as? Int == heavySeen)
            #expect(account["heavy_daily_cap"] as? Int == 60000)
            // The same ledger runs count against, per cap of the plan (Business+: one, shared).
            let quota = try #require(account["daily_quota"] as? [[String: Any]])
            #expect(quota.count == 1 && quota[0]["categories"] as? [String] == ["heavy", "resource_intensive"]
                    && quota[0]["limit"] as? Int == 60000 && quota[0]["used"] as? Int == heavySeen, "\(quota)")
            let ledger = try await pipeline.query("SELECT coalesce(sum(requests), 0)::text FROM etl.quota_usage WHERE category IN ('heavy', 'resource_intensive')")
            #expect(ledger == [["\(heavySeen)"]])
            #expect(text.stdout.contains("daily quota today (UTC): heavy + resource_intensive \(heavySeen) of 60000"), "\(text.stdout)")
            #expect((streams["daily_usage"]?["checkpoint"] as? [String: String]) == ["through": yesterday.description])
            #expect(streams["meetings"]?["rows_total"] as? Int == Int(meetings[0][0] ?? ""))
            #expect((streams["users"]?["lag_hours"] as? Double ?? 99) < 1)

            // Read-only: the runs are as the run left them.
            #expect(try await pipeline.query("SELECT count(*)::text, max(finished_at)::text FROM etl.runs") == before)
        }
    }

    @Test func jsonOutputHasEveryDocumentedKey() async throws {
        try await withPipeline(jobsConf: Self.jobs(["daily_usage", "meetings", "meeting_participants"], start: "2 days")) { pipeline in
            #expect(try await pipeline.zoomETL("run").exitCode == 0)
            let result = try await pipeline.zoomETL("status", "--format", "json", "--max-lag", "24")
            #expect(result.exitCode == 0, "\(result)")
            let top = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(Set(top.keys) == Self.topKeys)
            #expect(top["job"] as? String == "nightly" && top["max_lag_hours"] as? Double == 24)
            let (account, streams) = try Self.streams(of: result)
            #expect(Set(account.keys) == Self.accountKeys)
            #expect(Set((account["last_run"] as? [String: Any] ?? [:]).keys) == Self.runKeys)
            #expect(streams.keys.sorted() == ["daily_usage", "meeting_participants", "meetings"])
            for stream in streams.values {
                #expect(Set(stream.keys) == Self.streamKeys)
                #expect(stream["stale"] as? Bool == false)
            }
            let instances = try #require(streams["meeting_participants"]?["instances"] as? [String: Any])
            #expect(Set(instances.keys) == Self.instancesKeys)
            #expect(streams["daily_usage"]?["instances"] is NSNull)
        }
    }

    @Test func aStaleStreamFailsMaxLagAndIsNamed() async throws {
        try await withPipeline(jobsConf: Self.jobs(["daily_usage", "users"])) { pipeline in
            // Migrated but never loaded: every stream is stale.
            #expect(try await pipeline.zoomETL("migrate").exitCode == 0)
            let never = try await pipeline.zoomETL("status", "--max-lag", "1")
            #expect(never.exitCode == 1, "\(never)")
            #expect(never.stderr.contains("main/daily_usage (never loaded)") && never.stderr.contains("main/users (never loaded)"))

            #expect(try await pipeline.zoomETL("run").exitCode == 0)
            #expect(try await pipeline.zoomETL("status", "--max-lag", "1").exitCode == 0)
            // Thirty hours pass without a run.
            _ = try await pipeline.query("UPDATE etl.runs SET started_at = started_at - interval '30 hours', finished_at = finished_at - interval '30 hours'")
            _ = try await pipeline.query("UPDATE etl.checkpoints SET updated_at = updated_at - interval '30 hours'")

            let stale = try await pipeline.zoomETL("status", "--max-lag", "24")
            #expect(stale.exitCode == 1, "\(stale)")
            #expect(stale.stderr.contains("2 streams are stale (no successful load within 24 h)"), "\(stale.stderr)")
            #expect(stale.stderr.contains("main/daily_usage (last loaded 30.0h ago)"), "\(stale.stderr)")
            let usageLine = try #require(stale.stdout.split(separator: "\n").first { $0.hasPrefix("daily_usage ") })
            #expect(usageLine.hasSuffix("STALE") && usageLine.contains("30.0h"), "\(usageLine)")
            #expect(try await pipeline.zoomETL("status", "--max-lag", "48").exitCode == 0)
            // Without --max-lag, status only shows.
            #expect(try await pipeline.zoomETL("status").exitCode == 0)
        }
    }

    @Test func aFailingInstanceIsShownWithItsError() async throws {
        try await withPipeline(jobsConf: Self.jobs(["meetings", "meeting_participants"], start: "4 days")) { pipeline in
            let truth = pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId)
            let victim = try #require(truth.endedInstances(from: pipeline.today.adding(days: -4), to: pipeline.today.adding(days: -3), asOf: pipeline.sandbox.now)
                .first { $0.participantsCount >= 2 && $0.kind != .webinar })
            // A refusal that is the instance's own (404 code 3001 would mean gone, not failing).
            pipeline.sandbox.refuseInstance(victim.uuid, status: 400, code: 12702, message: "Can not access meeting a year ago.")
            #expect(try await pipeline.zoomETL("run").exitCode == 1, "an instance Zoom did not serve makes the run incomplete")

            let text = try await pipeline.zoomETL("status")
            #expect(text.exitCode == 0, "\(text)")
            let line = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("meeting_participants ") })
            #expect(line.hasSuffix("1 instance failing"), "\(line)")
            #expect(text.stdout.contains("failing instances (retried by later runs; given up after 5 failed attempts):"))
            // The incomplete run's error names it too; the failing-instances table is the row.
            let failure = try #require(text.stdout.split(separator: "\n").first { $0.contains(victim.uuid) && !$0.contains("the run is incomplete") })
            #expect(failure.contains("retrying") && failure.contains("code 12702"), "\(failure)")

            let (_, streams) = try Self.streams(of: try await pipeline.zoomETL("status", "--format", "json"))
            let instances = try #require(streams["meeting_participants"]?["instances"] as? [String: Any])
            #expect(instances["failing"] as? Int == 1 && instances["given_up"] as? Int == 0)
            let failures = try #require(instances["failures"] as? [[String: Any]])
            #expect(failures.count == 1 && Set(failures[0].keys) == Self.failureKeys)
            #expect(failures[0]["meeting_uuid"] as? String == victim.uuid && failures[0]["attempts"] as? Int == 1)
            #expect((failures[0]["last_error"] as? String)?.contains("12702") == true)
        }
    }

    @Test func aStreamThePlanLacksIsShownUnavailableWithZoomsReason() async throws {
        // QSS is a paid add-on, off in the sandbox by default.
        try await withPipeline(jobsConf: Self.jobs(["meetings", "meeting_qos_summary"], start: "2 days")) { pipeline in
            #expect(try await pipeline.zoomETL("run").exitCode == 0)
            let text = try await pipeline.zoomETL("status")
            #expect(text.exitCode == 0, "\(text)")
            let line = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("meeting_qos_summary ") })
            #expect(line.hasSuffix("unavailable (see below)"), "\(line)")
            #expect(text.stdout.contains("unavailable to this account"))
            #expect(text.stdout.contains("meeting_qos_summary: Zoom code 200: Event subscription not found"))

            let (_, streams) = try Self.streams(of: try await pipeline.zoomETL("status", "--format", "json"))
            #expect(streams["meeting_qos_summary"]?["available"] as? Bool == false)
            #expect((streams["meeting_qos_summary"]?["unavailable_reason"] as? String)?.contains("Event subscription not found") == true)
            #expect(streams["meetings"]?["available"] as? Bool == true && streams["meetings"]?["unavailable_reason"] is NSNull)
        }
    }

    @Test func aMissingAccountIdVariableIsAConfigurationError() async throws {
        try await withPipeline { pipeline in
            let result = try await pipeline.zoomETL("status", overrides: ["ZOOM_ACCOUNT_ID": ""])
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stderr.contains("ZOOM_ACCOUNT_ID is not set"))
        }
    }

    @Test func anUnmigratedDatabaseIsReportedAndLeftAlone() async throws {
        try await withPipeline { pipeline in
            // Status needs no Zoom secret but the account ID.
            let result = try await pipeline.zoomETL("status", overrides: ["ZOOM_CLIENT_SECRET": "", "ZOOM_CLIENT_ID": ""])
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stderr.contains("the database has no zoom-etl schema yet") && result.stderr.contains("zoom-etl migrate"))
            #expect(try await pipeline.query("SELECT to_regnamespace('etl') IS NULL") == [["t"]])
            #expect(pipeline.sandbox.requestLog.isEmpty)
        }
    }
}
