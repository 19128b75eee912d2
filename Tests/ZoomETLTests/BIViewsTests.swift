import Foundation
import Records
import TestSupport
import Testing
import Warehouse
import ZoomSandbox

/// The BI views in sql/007_bi_views.sql, each against figures computed here from the sandbox's ground truth.
@Suite struct BIViewsTests {
    static let jobs = MeetingStreamsRunTests.allStreams.replacingOccurrences(of: "start = \"4 days\"", with: "start = \"9 days\"")

    @Test func everyViewAgreesWithTheGroundTruth() async throws {
        try await withPipeline(jobsConf: Self.jobs) { pipeline in
            #expect(try await pipeline.zoomETL("run").exitCode == 0)
            let truth = pipeline.sandbox.groundTruth(accountId: pipeline.account.accountId)
            let now = pipeline.sandbox.now
            let days = (1...9).map { pipeline.today.adding(days: -$0) }
            let instances = truth.endedInstances(from: days.last!, to: days.first!, asOf: now)

            // daily_usage_rolling: the latest day's 7-day window over the loaded days.
            let latest = days.first!
            let window = days.filter { $0.days(until: latest) < 7 }
            let usage = window.map { truth.dailyUsage(on: $0, asOf: now) }
            let rolling = try await pipeline.query("SELECT meetings_7d::text, participants_7d::text, meeting_minutes_7d::text, days_loaded_7d::text, days_loaded_28d::text FROM zoom.daily_usage_rolling WHERE date = $1", [latest.description])
            #expect(rolling == [["\(usage.reduce(0) { $0 + $1.meetings })", "\(usage.reduce(0) { $0 + $1.participants })",
                                 "\(usage.reduce(0) { $0 + $1.meetingMinutes })", "7", "9"]])

            // host_weekly_activity: grouped by host and UTC ISO week of the start time.
            var weeks: [String: (meetings: Int, minutes: Int, participants: Int, participantMinutes: Int)] = [:]
            var utc = Calendar(identifier: .iso8601)
            utc.timeZone = .gmt
            for meeting in instances {
                let history = truth.historyMeeting(meeting)
                let monday = utc.dateInterval(of: .weekOfYear, for: meeting.startTime)!.start
                let key = "\(CivilDate(monday, in: .gmt))|\(history.hostEmail)"
                let sum = weeks[key] ?? (0, 0, 0, 0)
                weeks[key] = (sum.meetings + 1, sum.minutes + history.duration, sum.participants + history.participants,
                              sum.participantMinutes + history.totalParticipantMinutes)
            }
            let hostRows = try await pipeline.query("SELECT week_start::text || '|' || host_email, meetings::text, meeting_minutes::text, participants::text, participant_minutes::text FROM zoom.host_weekly_activity ORDER BY 1")
            #expect(hostRows == weeks.keys.sorted().map { key in
                let sum = weeks[key]!
                return [key, "\(sum.meetings)", "\(sum.minutes)", "\(sum.participants)", "\(sum.participantMinutes)"]
            })

            // participant_join_quality and meeting_quality: from the numbers behind Zoom's QoS strings.
            let media: Set<String> = ["audio_input", "audio_output", "video_input", "video_output"]
            var joins = 0
            for meeting in instances where meeting.kind != .webinar {
                var latencies: [Double] = [], poorVideo: [Bool] = []
                for participant in truth.qosSamples(of: meeting) where !participant.userQoS.isEmpty {
                    let rows = participant.userQoS.flatMap { sample in sample.metrics.filter { media.contains($0.name) } }
                    let sessionLatency = rows.compactMap(\.metric.latencyMs)
                    latencies += sessionLatency
                    let video = participant.userQoS.flatMap { $0.metrics.filter { $0.name.hasPrefix("video_") } }
                    let videoLatency = average(video.compactMap(\.metric.latencyMs)), videoLoss = average(video.compactMap(\.metric.avgLossPct))
                    let videoFrames = average(video.compactMap(\.metric.frameRateFps))
                    let poor = [videoLatency.map { $0 > 300 }, videoLoss.map { $0 > 3 }, videoFrames.map { $0 < 10 }].compactMap { $0 }
                    if !poor.isEmpty { poorVideo.append(poor.contains(true)) }
                    let view = try await pipeline.query("SELECT sample_minutes::text, avg_latency_ms, max_latency_ms FROM zoom.participant_join_quality WHERE meeting_uuid = $1 AND participant_session_id = $2",
                                                        [meeting.uuid, participant.userId])
                    #expect(view.first?[0] == "\(participant.userQoS.filter { !$0.metrics.isEmpty || $0.cpuUsage != nil }.count)")
                    #expect(close(view.first?[1], average(sessionLatency)), "average latency of \(participant.userId)")
                    #expect(close(view.first?[2], sessionLatency.max()))
                    joins += 1
                }
                guard !latencies.isEmpty else { continue }
                let quality = try await pipeline.query("SELECT p95_latency_ms, poor_video_share FROM zoom.meeting_quality WHERE meeting_uuid = $1", [meeting.uuid])
                #expect(close(quality.first?[0], percentile(latencies, 0.95)), "p95 latency of \(meeting.uuid)")
                #expect(close(quality.first?[1], poorVideo.isEmpty ? nil : Double(poorVideo.filter { $0 }.count) / Double(poorVideo.count)))
            }
            #expect(joins > 10, "the window must hold QoS for several joins")
        }
    }
}

extension BIViewsTests {
    @Test func everyExampleQueryRunsOnTheSchema() async throws {
        let warehouse = try await freshWarehouse()
        #expect(Warehouse.exampleQueryNames.count >= 4)
        for name in Warehouse.exampleQueryNames {
            // The files are written for psql (`-v account_id=...`).
            let sql = try #require(Warehouse.exampleQuery(named: name)).replacingOccurrences(of: ":'account_id'", with: "$1")
            _ = try await warehouse.query(sql.trimmingCharacters(in: CharacterSet(charactersIn: "; \n")), ["sandbox-account"])
        }
        await warehouse.close()
    }
}

private func average(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
}

/// PostgreSQL's percentile_cont: linear interpolation between the two closest ranks.
private func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    let rank = fraction * Double(sorted.count - 1)
    let lower = Int(rank.rounded(.down)), upper = Int(rank.rounded(.up))
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - Double(lower))
}

private func close(_ text: String??, _ expected: Double?) -> Bool {
    let value = (text ?? nil).flatMap(Double.init)
    guard let value, let expected else { return value == nil && expected == nil }
    return abs(value - expected) <= 1e-6 * max(1, abs(expected))
}
