import Foundation

/// What a client can make of one QoS value as served: the ground truth a test expects a loader's
/// NULL and its reason from (zoom-api.md §3: "27.15 kbps", "126 ms", "" and missing keys).
///
/// Derived in one place, `init(served:value:)`, from the two things every QoS shape carries: the
/// string Zoom sent and what it means. The generator gives a value to every string it spells
/// readably, so a non-empty string without one is, by construction, in an unknown unit.
public enum QoSReading: Sendable, Hashable {
    /// The key was not sent.
    case absent
    /// Sent as "".
    case empty
    /// Sent in a spelling no client knows (`SandboxAccount.unknownUnitShare`), e.g. "126 msec".
    case unknownUnit(String)
    /// Sent readably; the number in the warehouse's unit (kbps, ms, percent, fps).
    case number(Double)

    public init(served: String?, value: Double?) {
        switch (served, value) {
        case (nil, _): self = .absent
        case ("", _): self = .empty
        case (let text?, nil): self = .unknownUnit(text)
        case (_, let number?): self = .number(number)
        }
    }
}

/// Which values `SandboxAccount.unknownUnitShare` respells, from a stream apart from the values'
/// own: with a share of 0 nothing is drawn, so every value stays as it was.
struct UnknownUnitDraws {
    private var random: SplitMix64
    private let share: Double

    init(_ random: SplitMix64, share: Double) {
        self.random = random
        self.share = share
    }

    mutating func respells() -> Bool {
        share > 0 && random.chance(share)
    }
}

/// The spellings `unknownUnitShare` serves: plausible to a person, unknown to a tolerant parser
/// that knows kbps, kb/s, Mbps, ms, s, % and fps.
enum QoSUnknownUnit {
    static func bitrate(_ kbps: Double) -> String {
        "\(QoSMetricGenerator.decimal(Int((kbps * 100).rounded()), trimmed: false)) kbit/s"
    }

    static func milliseconds(_ value: Double) -> String {
        "\(Int(value.rounded())) msec"
    }

    static func percent(_ value: Double) -> String {
        "\(QoSMetricGenerator.decimal(Int((value * 100).rounded()), trimmed: true)) pct"
    }

    static func frameRate(_ value: Double) -> String {
        "\(Int(value.rounded())) frames"
    }
}

extension QoSMetric {
    /// Each numeric value by Zoom's key (bitrate, latency, jitter, avg_loss, max_loss, frame_rate).
    public var readings: [String: QoSReading] {
        ["bitrate": QoSReading(served: bitrate, value: bitrateKbps), "latency": QoSReading(served: latency, value: latencyMs),
         "jitter": QoSReading(served: jitter, value: jitterMs), "avg_loss": QoSReading(served: avgLoss, value: avgLossPct),
         "max_loss": QoSReading(served: maxLoss, value: maxLossPct), "frame_rate": QoSReading(served: frameRate, value: frameRateFps)]
    }
}

extension QoSCPUUsage {
    /// Each value by Zoom's key (zoom_min_cpu_usage, zoom_avg_cpu_usage, zoom_max_cpu_usage, system_max_cpu_usage).
    public var readings: [String: QoSReading] {
        ["zoom_min_cpu_usage": QoSReading(served: zoomMinCpuUsage, value: zoomMinPct),
         "zoom_avg_cpu_usage": QoSReading(served: zoomAvgCpuUsage, value: zoomAvgPct),
         "zoom_max_cpu_usage": QoSReading(served: zoomMaxCpuUsage, value: zoomMaxPct),
         "system_max_cpu_usage": QoSReading(served: systemMaxCpuUsage, value: systemMaxPct)]
    }
}

extension QoSSummaryParticipant.Entry {
    /// Each numeric detail by its key (`min_bitrate`, `avg_latency`, ...; `resolution` left out).
    public var readings: [String: QoSReading] {
        var readings: [String: QoSReading] = [:]
        for (key, text) in details where key != "resolution" {
            readings[key] = QoSReading(served: text, value: values[key])
        }
        return readings
    }
}
