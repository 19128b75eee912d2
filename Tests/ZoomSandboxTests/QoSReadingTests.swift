import Foundation
import Records
import Testing
import TestSupport
@testable import ZoomSandbox

/// `SandboxAccount.unknownUnitShare` and the per-value truth `QoSReading` derives.
@Suite("QoS values in unknown units, and what each value is")
struct QoSReadingTests {
    typealias Client = ZoomTestClient

    static func account(share: Double) -> SandboxAccount {
        SandboxAccount(accountId: "sandbox-account", clientId: "sandbox-client-id", clientSecret: "sandbox-client-secret",
                       features: [.historyMeetings, .dashboard, .webinars, .qss], unknownUnitShare: share)
    }

    static let days = (0..<14).map { Client.day("2026-11-10").adding(days: $0) }

    /// The instances of `days` with QoS samples, in the same order for every share.
    static func sampled(_ model: SyntheticAccount) -> [SyntheticMeeting] {
        days.flatMap { model.meetings(on: $0) }.filter { $0.sessions.contains(where: \.hasQoS) }
    }

    static func readings(_ participant: QoSParticipant) -> [QoSReading] {
        participant.userQoS.flatMap { sample in
            sample.metrics.flatMap { $0.metric.readings.sorted { $0.key < $1.key }.map(\.value) }
                + (sample.cpuUsage?.readings.sorted { $0.key < $1.key }.map(\.value) ?? [])
        }
    }

    @Test("the reading of a value", arguments: [
        (nil, nil, QoSReading.absent), ("", nil, .empty), ("126 msec", nil, .unknownUnit("126 msec")), ("126 ms", 126, .number(126)),
    ] as [(String?, Double?, QoSReading)])
    func reading(served: String?, value: Double?, expected: QoSReading) {
        #expect(QoSReading(served: served, value: value) == expected)
    }

    @Test("off by default: every value is absent, empty or a number")
    func offByDefault() {
        let model = SyntheticAccount(Self.account(share: 0))
        #expect(model.unknownUnitShare == 0 && SandboxAccount.demo.unknownUnitShare == 0)
        let readings = Self.sampled(model).prefix(40).flatMap { model.qosSamples(of: $0).flatMap(Self.readings) }
        #expect(readings.contains(.empty) && readings.contains(.absent) && readings.contains { if case .number = $0 { true } else { false } })
        #expect(!readings.contains { if case .unknownUnit = $0 { true } else { false } })
    }

    @Test("QoS samples: a share of values respelled, each the same number as without the knob; all else unchanged")
    func samples() {
        let plain = SyntheticAccount(Self.account(share: 0)), odd = SyntheticAccount(Self.account(share: 0.1))
        var respelled = 0, kept = 0, spellings: Set<String> = []
        for meeting in Self.sampled(plain).prefix(40) {
            for (before, after) in zip(plain.qosSamples(of: meeting), odd.qosSamples(of: meeting)) {
                for (old, new) in zip(Self.readings(before), Self.readings(after)) {
                    guard case .unknownUnit(let text) = new else {
                        #expect(old == new)
                        if case .number = new { kept += 1 }
                        continue
                    }
                    guard case .number(let value) = old else { Issue.record("\(text) respells \(old)"); continue }
                    respelled += 1
                    let unit = String(text.drop { $0.isNumber || $0 == "." || $0 == " " })
                    spellings.insert(unit)
                    #expect(Double(text.prefix { $0.isNumber || $0 == "." }) == value, "\(text) says \(value)")
                }
                #expect(before.userQoS.map(\.dateTime) == after.userQoS.map(\.dateTime))
            }
        }
        let share = Double(respelled) / Double(respelled + kept)
        #expect(share > 0.08 && share < 0.12, "\(respelled) of \(respelled + kept) readable values")
        #expect(spellings == ["kbit/s", "msec", "pct", "frames"])
    }

    @Test("QoS summary: some details in unknown units, with no value; the rest numbers")
    func summary() {
        let odd = SyntheticAccount(Self.account(share: 0.1))
        let readings = Self.sampled(odd).prefix(40).flatMap { odd.qosSummary(of: $0) }.flatMap(\.qos).flatMap(\.readings.values)
        let unknown = readings.compactMap { if case .unknownUnit(let text) = $0 { text } else { nil } }
        #expect(!unknown.isEmpty && readings.contains { if case .number = $0 { true } else { false } })
        #expect(!readings.contains(.empty) && !readings.contains(.absent))
        #expect(unknown.allSatisfy { $0.hasSuffix(" kbit/s") || $0.hasSuffix(" msec") || $0.hasSuffix(" pct") || $0.hasSuffix(" frames") })
    }

    @Test("served qos and qos_summary pages carry the unknown spellings the ground truth has")
    func served() async throws {
        let config = SandboxConfiguration(accounts: [Self.account(share: 0.1)], enforceRateLimits: false, now: ManualClock(at: Client.now).read)
        try await withSandbox(config) { sandbox, base in
            let token = try await HTTPTestClient.token(base)
            let truth = sandbox.groundTruth(accountId: Client.account)
            let meeting = try #require(Self.sampled(truth).first { $0.kind == .meeting && !truth.qosSummary(of: $0).isEmpty })
            let prefix = "/v2/metrics/meetings/\(Client.pathUUID(meeting.uuid))/participants"
            let qos = try await Client.allPages(base, raw: prefix + "/qos", query: [("type", "past"), ("page_size", "10")], token: token, field: "participants")
            let samples = truth.qosSamples(of: meeting)
            #expect(qos.items.count == samples.count && zip(qos.items, samples).allSatisfy { Client.same($0, (try? Client.json($1)) ?? [:]) })
            let summary = try await Client.allPages(base, raw: prefix + "/qos_summary", query: [("page_size", "10")], token: token, field: "participants")
            let summaries = truth.qosSummary(of: meeting)
            #expect(summary.items.count == summaries.count && zip(summary.items, summaries).allSatisfy { Client.same($0, (try? Client.json($1)) ?? [:]) })
            let body = String(decoding: try JSONSerialization.data(withJSONObject: qos.items), as: UTF8.self)
            #expect(body.contains(" msec\"") || body.contains(" kbit\\/s\"") || body.contains(" kbit/s\""))
        }
    }
}
