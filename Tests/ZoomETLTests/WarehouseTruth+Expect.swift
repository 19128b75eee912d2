import Foundation
import Records
import Testing
import ZoomSandbox

extension Pipeline {
    /// Compares the tables of every stream with the sandbox's ground truth of the account days
    /// `from`...`to` and records one issue per table that differs, naming its first differences.
    /// `excusingRejects`: a row may be absent when the record it comes from is in `etl.rejects`
    /// (the sandbox's `wrongTypes` quirk); otherwise `etl.rejects` must be empty.
    @discardableResult
    func expectWarehouseEqualsTruth(from: CivilDate, to: CivilDate, excusingRejects: Bool = false, only tables: Set<String>? = nil,
                                    sourceLocation: SourceLocation = #_sourceLocation) async throws -> [TableComparison] {
        let truth = sandbox.groundTruth(accountId: account.accountId)
        let expected = ExpectedWarehouse(truth: truth, from: from, to: to, now: sandbox.now).tables(only: tables)
        let rejected = try await rejectedSources()
        if !excusingRejects {
            #expect(rejected.count == 0, "etl.rejects holds records: \(rejected.sorted().prefix(5))", sourceLocation: sourceLocation)
        }
        let comparisons = try await compare(expected, rejected: excusingRejects ? rejected : [])
        for comparison in comparisons where !comparison.isEqual {
            Issue.record(Comment(rawValue: comparison.description + comparison.diagnosis), sourceLocation: sourceLocation)
        }
        return comparisons
    }

    /// No instance failed or is left pending; else the first few, with the error that stopped each.
    func expectEveryInstanceDone(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let undone = try await query("SELECT stream || ' ' || parent || ': ' || status || ', ' || coalesce(last_error, '-') FROM etl.child_progress WHERE status <> 'done' ORDER BY 1")
        #expect(undone.count == 0, """
            \(undone.count) instances not done, so their rows are missing while the run reports success; first: \
            \(undone.prefix(3).map { $0[0] ?? "" }.joined(separator: " | "))
            """, sourceLocation: sourceLocation)
    }

    /// What the records in `etl.rejects` are the source of, in `TruthTable.Row.sources` terms.
    func rejectedSources() async throws -> Set<String> {
        // Per stream: the field of the rejected record that names it, and what it names.
        let names: [String: (fields: [String], prefix: String)] = [
            "daily_usage": (["date"], "date"), "active_hosts": (["id"], "host"), "meetings": (["meeting_uuid", "uuid"], "meeting"),
            "meeting_participants": (["user_id"], "session"), "meeting_qos": (["user_id"], "session"),
            "meeting_qos_summary": (["participant_id"], "session"), "users": (["id"], "user"),
            "cloud_recording_usage": (["date"], "storage"),
        ]
        var sources = Set<String>()
        for row in try await query("SELECT stream, raw_json FROM etl.rejects") {
            guard let stream = row[0], let raw = row[1], let name = names[stream] else { continue }
            let record = (try? JSONSerialization.jsonObject(with: Data(raw.utf8))) as? [String: Any] ?? [:]
            if let value = name.fields.lazy.compactMap({ record[$0].map { "\($0)" } }).first {
                sources.insert("\(name.prefix):\(value)")
            } else {
                sources.insert("unattributed \(stream) reject: \(raw.prefix(80))")
            }
        }
        return sources
    }
}

extension TableComparison {
    /// What a known gap of the client looks like in this table, when it shows.
    var diagnosis: String {
        let webinar = missingCount(tagged: SyntheticMeeting.Kind.webinar.rawValue)
        guard webinar > 0, ["participant_qos", "participant_qos_summary"].contains(truth.table) else { return "" }
        return "\n  \(webinar) webinar rows missing: the webinar twins of the QoS endpoints (/metrics/webinars/{uuid}/participants/qos…) were not loaded"
    }
}

/// The faults the sandbox's request log records as injected, by kind.
extension ZoomSandbox {
    var faultsInRequestLog: [SandboxFault: Int] {
        requestLog.reduce(into: [:]) { counts, request in
            if let fault = request.fault { counts[fault, default: 0] += 1 }
        }
    }
}
