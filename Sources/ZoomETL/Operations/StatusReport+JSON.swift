import Extractors
import Foundation
import Records
import Warehouse

/// `zoom-etl status --format json`: one JSON object on one line, for machines.
///
/// The keys are a contract (README.md, "Operations"): added to, never renamed. Every key is always
/// present; what is unknown is `null`. Instants are RFC 3339 UTC strings.
extension StatusReport {
    func renderJSON() -> String {
        JSONValue.object([
            "job": .string(job),
            "generated_at": .string(generatedAt.ISO8601Format()),
            "max_lag_hours": maxLagHours.map(JSONValue.double) ?? .null,
            "pending_migrations": .array(pendingMigrations.map(JSONValue.string)),
            "accounts": .array(accounts.map(json)),
        ]).jsonText
    }

    private func json(_ account: Account) -> JSONValue {
        .object([
            "account": .string(account.settings.name),
            "account_id": .string(account.accountId),
            "plan": .string(account.settings.plan.rawValue),
            "last_run": account.lastRun.map(Self.json) ?? .null,
            "heavy_requests_recorded_today": .int(Int64(account.heavyRequestsToday)),
            "heavy_daily_cap": account.settings.plan.dailyHeavyCap.map { .int(Int64($0)) } ?? .null,
            "daily_quota": .array(account.quotaToday.map { quota in
                .object(["categories": .array(RateLimitCategory.allCases.filter(quota.cap.categories.contains).map { .string($0.rawValue) }),
                         "used": .int(Int64(quota.used)), "limit": .int(Int64(quota.cap.limit))])
            }),
            "streams": .array(account.streams.map(json)),
        ])
    }

    private static func json(_ run: RunRecord) -> JSONValue {
        .object([
            "run_id": .int(run.runId), "command": .string(run.command), "status": .string(run.status.rawValue),
            "started_at": .string(run.startedAt), "finished_at": optional(run.finishedAt), "error": optional(run.error),
        ])
    }

    /// The cursor as `etl.checkpoints` stores it: `{"through": "2026-03-30"}`.
    private static func json(_ cursor: ReportCursor) -> JSONValue {
        var object: [String: JSONValue] = [:]
        if let through = cursor.through { object["through"] = .string(through.description) }
        if cursor.complete { object["complete"] = .string("true") }
        return .object(object)
    }

    private func json(_ stream: Stream) -> JSONValue {
        let state = stream.state
        let checkpoint: JSONValue = state.checkpoint.map(Self.json) ?? .null
        return .object([
            "stream": .string(stream.name.rawValue),
            "table": .string(stream.table.description),
            "checkpoint": checkpoint,
            "checkpoint_updated_at": Self.optional(state.checkpointUpdatedAt),
            "last_success_run_id": state.lastSuccessRunId.map(JSONValue.int) ?? .null,
            "last_success_at": Self.optional(state.lastSuccessAt),
            "lag_hours": stream.lagHours.map { .double(($0 * 100).rounded() / 100) } ?? .null,
            "stale": maxLagHours.map { .bool(stream.isStale(maxLagHours: $0)) } ?? .null,
            "rows_last_run": state.lastRunRows.map { .int(Int64($0)) } ?? .null,
            "rows_total": .int(Int64(stream.rowsTotal)),
            "last_error": Self.optional(state.lastError),
            "last_error_at": Self.optional(state.lastErrorAt),
            "available": stream.availability.map { .bool($0.available) } ?? .null,
            "unavailable_reason": stream.availability?.available == false ? Self.optional(stream.availability?.reason) : .null,
            "availability_checked_at": Self.optional(stream.availability?.checkedAt),
            "instances": stream.instances.map(Self.json) ?? .null,
        ])
    }

    private static func json(_ instances: Instances) -> JSONValue {
        .object([
            "done": .int(Int64(instances.done)),
            "failing": .int(Int64(instances.failing)),
            "given_up": .int(Int64(instances.givenUp)),
            "failures": .array(instances.failures.map { failure in
                .object([
                    "meeting_uuid": .string(failure.parent), "attempts": .int(Int64(failure.attempts)),
                    "given_up": .bool(failure.attempts >= fanOutMaxAttempts), "last_error": optional(failure.lastError),
                ])
            }),
        ])
    }

    private static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}
