import Foundation
import Records
import ZoomSandbox

/// The tables of DESIGN.md's streams as the sandbox's ground truth says a load of the
/// account days `from`...`to` (a backfill, or a first run over them) must leave them: every
/// contract column, and every other column the stream writes but `loaded_at` and `run_id`.
/// Read from the generator's own values and served strings only; nothing here knows our client.
struct ExpectedWarehouse {
    let truth: SyntheticAccount
    let from: CivilDate
    let to: CivilDate
    /// The sandbox clock the run read (a frozen one: see `SandboxConfiguration.frozen()`).
    let now: Date

    /// The QoS channels DESIGN.md names, in Zoom's spelling, which is also the `metric` value.
    static let channels = ["audio_input", "audio_output", "video_input", "video_output", "as_input", "as_output"]

    var tables: [TruthTable] { tables(only: nil) }

    /// The tables named in `only` (nil: all), computing no other: a large account's QoS truth
    /// takes gigabytes, which a test of `active_hosts` alone must not pay for.
    func tables(only names: Set<String>?) -> [TruthTable] {
        func wanted(_ name: String) -> Bool { names?.contains(name) ?? true }
        let needsInstances = ["meetings", "meeting_participants", "participant_qos", "participant_qos_summary"].contains(where: wanted)
        let instances = needsInstances ? truth.endedInstances(from: from, to: to, asOf: now) : []
        var tables: [TruthTable] = []
        if wanted("daily_usage") { tables.append(dailyUsage) }
        if wanted("active_hosts") { tables.append(activeHosts) }
        if wanted("meetings") { tables.append(meetings(instances)) }
        if wanted("meeting_participants") { tables.append(participants(instances)) }
        if wanted("participant_qos") { tables.append(qos(instances)) }
        if wanted("participant_qos_summary") { tables.append(qosSummary(instances)) }
        if wanted("users") { tables.append(users) }
        if wanted("cloud_recording_usage") { tables.append(cloudRecordingUsage) }
        return tables
    }

    /// One row per day of the range, the figures as of `now`.
    var dailyUsage: TruthTable {
        var table = TruthTable("daily_usage", key: [("date", .date)],
                               columns: [("new_users", .integer), ("meetings", .integer), ("participants", .integer), ("meeting_minutes", .integer)])
        for offset in 0...from.days(until: to) {
            let day = truth.dailyUsage(on: from.adding(days: offset), asOf: now)
            table.append([.date(day.date), .integer(day.newUsers), .integer(day.meetings), .integer(day.participants), .integer(day.meetingMinutes)],
                         sources: ["date:\(day.date)"])
        }
        return table
    }

    /// Per calendar month of the range, the month's report so far: from its first day to the
    /// range's last day in it (DESIGN.md: the period is the report window).
    var activeHosts: TruthTable {
        var table = TruthTable("active_hosts", key: [("period_start", .date), ("user_id", .text)], columns: [
            ("period_end", .date), ("email", .text), ("user_name", .text), ("type", .integer), ("dept", .text),
            ("meetings", .integer), ("participants", .integer), ("meeting_minutes", .integer),
        ])
        for month in DateRange(from: from, to: to)!.months {
            let start = month.from.firstOfMonth
            for host in truth.activeHosts(from: start, to: month.to, asOf: now) {
                table.append([.date(start), .zoomText(host.id), .date(month.to), .zoomText(host.email), .zoomText(host.userName),
                              .integer(host.type), .zoomText(host.dept), .integer(host.meetings), .integer(host.participants),
                              .integer(host.meetingMinutes)], sources: ["host:\(host.id)"])
            }
        }
        return table
    }

    /// Every instance that ended in the range, as history_meetings lists it.
    func meetings(_ instances: [SyntheticMeeting]) -> TruthTable {
        var table = TruthTable("meetings", key: [("meeting_uuid", .text)], columns: [
            ("meeting_id", .integer), ("kind", .text), ("topic", .text), ("host_name", .text), ("host_email", .text),
            ("department", .text), ("start_time", .instant), ("end_time", .instant), ("duration_minutes", .integer),
            ("participants_count", .integer), ("total_participant_minutes", .integer), ("source", .text),
            ("listed_by", .text), ("scheduled_time", .instant),
        ])
        for instance in instances {
            let served = truth.historyMeeting(instance)
            // history_meetings has no scheduled time; only the per-host report does.
            table.append([.zoomText(served.meetingUUID), .integer(served.meetingId), .text(instance.kind.rawValue), .zoomText(served.topic),
                          .zoomText(served.hostDisplayName), .zoomText(served.hostEmail), .zoomText(served.department),
                          .instant(zoom: served.startTime), .instant(zoom: served.endTime), .integer(served.duration),
                          .integer(served.participants), .integer(served.totalParticipantMinutes), .zoomText(served.source),
                          .text("history_meetings"), .null], tag: instance.kind.rawValue, sources: ["meeting:\(instance.uuid)"])
        }
        return table
    }

    /// Each join, in Zoom's order from 0, of every instance with two or more participants (Zoom
    /// has no participants report for the others, zoom-api.md §7).
    func participants(_ instances: [SyntheticMeeting]) -> TruthTable {
        var table = TruthTable("meeting_participants", key: [("meeting_uuid", .text), ("row_no", .integer)], columns: [
            ("participant_session_id", .text), ("participant_user_id", .text), ("name", .text), ("email", .text),
            ("join_time", .instant), ("leave_time", .instant), ("duration_seconds", .integer), ("status", .text),
            ("failover", .boolean), ("customer_key", .text), ("bo_mtg_id", .text), ("registrant_id", .text),
        ])
        for instance in instances where instance.participantsCount >= 2 {
            for (index, person) in truth.reportParticipants(of: instance).enumerated() {
                // Zoom's account user id is `participant_user_id`, formerly `id` (DESIGN.md).
                let accountUser = person.participantUserId.isEmpty ? person.id : person.participantUserId
                // The sandbox serves no registrant_id (it has no registrants yet).
                table.append([.text(instance.uuid), .integer(index), .zoomText(person.userId), .zoomText(accountUser),
                              .zoomText(person.name), .zoomText(person.userEmail), .instant(zoom: person.joinTime),
                              .instant(zoom: person.leaveTime), .integer(person.duration), .zoomText(person.status),
                              .boolean(person.failover), .zoomText(person.customerKey), .zoomText(person.boMtgId), .null],
                             tag: instance.kind.rawValue, sources: ["meeting:\(instance.uuid)", "session:\(person.userId)"])
            }
        }
        return table
    }

    /// One row per session, minute and channel present (idle ones too: all NULL), plus one
    /// `cpu_usage` row per sample that has it; meetings and webinars alike (DESIGN.md).
    func qos(_ instances: [SyntheticMeeting]) -> TruthTable {
        var table = TruthTable("participant_qos", key: [("meeting_uuid", .text), ("participant_session_id", .text), ("sample_time", .instant), ("metric", .text)],
                               columns: [("bitrate_kbps", .double), ("latency_ms", .double), ("jitter_ms", .double), ("avg_loss_pct", .double),
                                         ("max_loss_pct", .double), ("frame_rate_fps", .double), ("resolution_width", .integer),
                                         ("resolution_height", .integer), ("zoom_min_cpu_pct", .double), ("zoom_avg_cpu_pct", .double),
                                         ("zoom_max_cpu_pct", .double), ("system_max_cpu_pct", .double)])
        for instance in instances {
            for participant in truth.qosSamples(of: instance) {
                let sources = ["meeting:\(instance.uuid)", "session:\(participant.userId)"]
                for sample in participant.userQoS {
                    let key: [TruthValue] = [.text(instance.uuid), .zoomText(participant.userId), .instant(zoom: sample.dateTime)]
                    for (name, metric) in sample.metrics {
                        let size = Self.resolution(metric.resolution)
                        table.append(key + [.text(name), .double(metric.bitrateKbps), .double(metric.latencyMs), .double(metric.jitterMs),
                                            .double(metric.avgLossPct), .double(metric.maxLossPct), .double(metric.frameRateFps),
                                            .integer(size?.width), .integer(size?.height), .null, .null, .null, .null],
                                     tag: instance.kind.rawValue, sources: sources)
                    }
                    if let cpu = sample.cpuUsage {
                        table.append(key + [.text("cpu_usage"), .null, .null, .null, .null, .null, .null, .null, .null,
                                            .double(cpu.zoomMinPct), .double(cpu.zoomAvgPct), .double(cpu.zoomMaxPct), .double(cpu.systemMaxPct)],
                                     tag: instance.kind.rawValue, sources: sources)
                    }
                }
            }
        }
        return table
    }

    /// One row per summarised session and media channel, meetings and webinars alike. Zoom's
    /// `cpu_usage` entry has no columns in the contract, so it is not expected.
    func qosSummary(_ instances: [SyntheticMeeting]) -> TruthTable {
        let measures = ["bitrate", "latency", "jitter", "loss", "frame_rate"]
        let columns = zip(measures, ["bitrate_kbps", "latency_ms", "jitter_ms", "loss_pct", "frame_rate_fps"]).flatMap { _, column in
            ["min_", "avg_", "max_"].map { ($0 + column, TruthTable.Kind.double) }
        }
        var table = TruthTable("participant_qos_summary", key: [("meeting_uuid", .text), ("participant_id", .text), ("metric", .text)],
                               columns: [("user_name", .text), ("email", .text)] + columns + [("resolution_width", .integer), ("resolution_height", .integer)])
        for instance in instances {
            for participant in truth.qosSummary(of: instance) {
                let id = participant.participantId
                for entry in participant.qos where Self.channels.contains(entry.type) {
                    let figures = measures.flatMap { measure in ["min_", "avg_", "max_"].map { TruthValue.double(entry.values[$0 + measure]) } }
                    let size = Self.resolution(entry.details["resolution"])
                    table.append([.text(instance.uuid), .zoomText(id), .text(entry.type), .zoomText(participant.userName), .zoomText(participant.email)]
                                 + figures + [.integer(size?.width), .integer(size?.height)],
                                 tag: instance.kind.rawValue, sources: ["meeting:\(instance.uuid)", "session:\(id)"])
                }
            }
        }
        return table
    }

    /// One row per day of the range, each size in the bytes its text means, Unlimited as NULL.
    var cloudRecordingUsage: TruthTable {
        var table = TruthTable("cloud_recording_usage", key: [("date", .date)],
                               columns: [("usage_bytes", .integer), ("plan_usage_bytes", .integer), ("free_usage_bytes", .integer)])
        for offset in 0...from.days(until: to) {
            let day = truth.cloudRecordingUsage(on: from.adding(days: offset))
            table.append([.date(day.date), day.usage.bytes.map(TruthValue.integer) ?? .null, day.planUsage.bytes.map(TruthValue.integer) ?? .null,
                          day.freeUsage.bytes.map(TruthValue.integer) ?? .null], sources: ["storage:\(day.date)"])
        }
        return table
    }

    /// Every user existing at `now`, as the GraphQL `users` query serves them.
    var users: TruthTable {
        var table = TruthTable("users", key: [("user_id", .text)], columns: [
            ("email", .text), ("first_name", .text), ("last_name", .text), ("type", .integer), ("status", .text), ("dept", .text),
            ("timezone", .text), ("created_at", .instant), ("last_login_time", .instant),
        ])
        for user in truth.graphQLUsers(asOf: now) {
            table.append([.zoomText(user.id), .zoomText(user.email), .zoomText(user.firstName), .zoomText(user.lastName), .integer(user.type),
                          .zoomText(user.status), .zoomText(user.dept), .zoomText(user.timezone), .instant(zoom: user.createdAt),
                          user.lastLoginTime.map { .instant(zoom: $0) } ?? .null], sources: ["user:\(user.id)"])
        }
        return table
    }

    /// "1280*720" as width and height; nil for "" or an absent value.
    static func resolution(_ text: String?) -> (width: Int, height: Int)? {
        let parts = (text ?? "").split(separator: "*")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]) else { return nil }
        return (width, height)
    }
}
