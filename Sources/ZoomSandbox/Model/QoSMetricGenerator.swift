import Foundation

/// Makes one sample's channels, spelling each value the way Zoom might (zoom-api.md §3, §7):
/// "27.15 kbps" / "27.15kbps" / "1.2 Mbps", "126 ms" / "126ms", "0.03%" / "0%", "12 fps", "1280*720",
/// and now and then "" or a missing key. Every value is drawn so its string is exact: the truth
/// numbers are what the string says, not a rounding of it.
///
/// With an `unknownUnitShare`, that share of non-empty values is respelled in a unit no client
/// knows (QoSUnknownUnit) and loses its number (QoSReading). Those draws come from a stream of
/// their own, so a share of 0 leaves every sample as it was.
struct QoSMetricGenerator {
    private var random: SplitMix64
    private var unknownUnits: UnknownUnitDraws

    init(random seed: UInt64, unknownUnitShare: Double = 0) {
        random = SplitMix64(seed: seed)
        unknownUnits = UnknownUnitDraws(SplitMix64(keys: seed, 0x0DD_0017), share: unknownUnitShare)
    }

    /// A channel carrying data around the session's base values (bitrate in hundredths of kbps).
    mutating func channel(kbps centi: Int, latency: Int, jitter: Int, video: (resolution: String, fps: Int)?) -> QoSMetric {
        let spread = max(1, centi / 10)
        let bitrate = self.bitrate(max(0, centi + random.int(in: -spread...spread)))
        let latency = milliseconds(max(0, latency + random.int(in: -10...10)))
        let jitter = milliseconds(max(0, jitter + random.int(in: -3...3)))
        let avg = random.chance(0.6) ? 0 : random.int(in: 1...150)
        let peak = avg == 0 ? (random.chance(0.7) ? 0 : random.int(in: 1...40)) : avg + random.int(in: 0...400)
        let fps = video.map { max(1, $0.fps + random.int(in: -2...2)) }
        let allEmpty = random.chance(0.04)  // e.g. a muted microphone: the keys are there, the values are ""

        var served: [String?] = [bitrate.text, latency.text, jitter.text, percent(avg).text, percent(peak).text,
                                 video?.resolution, fps.map { "\($0) fps" }]
        var values: [Double?] = [bitrate.value, latency.value, jitter.value, Double(avg) / 100, Double(peak) / 100,
                                 nil, fps.map(Double.init)]
        for index in served.indices where served[index] != nil {
            if allEmpty || random.chance(0.02) {
                served[index] = ""
                values[index] = nil
            } else if random.chance(0.02) {
                served[index] = nil
                values[index] = nil
            }
        }
        let unknown: [Int: (Double) -> String] = [0: QoSUnknownUnit.bitrate, 1: QoSUnknownUnit.milliseconds,
                                                  2: QoSUnknownUnit.milliseconds, 3: QoSUnknownUnit.percent,
                                                  4: QoSUnknownUnit.percent, 6: QoSUnknownUnit.frameRate]
        for index in [0, 1, 2, 3, 4, 6] {
            guard let value = values[index], unknownUnits.respells() else { continue }
            served[index] = unknown[index]!(value)
            values[index] = nil
        }
        let size = served[5].flatMap(QoSMetricGenerator.resolution)
        return QoSMetric(
            bitrate: served[0], latency: served[1], jitter: served[2], avgLoss: served[3], maxLoss: served[4],
            resolution: served[5], frameRate: served[6], bitrateKbps: values[0], latencyMs: values[1], jitterMs: values[2],
            avgLossPct: values[3], maxLossPct: values[4], frameRateFps: values[6], resolutionWidth: size?.width,
            resolutionHeight: size?.height
        )
    }

    /// A channel with nothing flowing (camera off, no screen share): every key present, every value "".
    mutating func idle(video: Bool) -> QoSMetric {
        QoSMetric(bitrate: "", latency: "", jitter: "", avgLoss: "", maxLoss: "", resolution: video ? "" : nil,
                  frameRate: video ? "" : nil, bitrateKbps: nil, latencyMs: nil, jitterMs: nil, avgLossPct: nil,
                  maxLossPct: nil, frameRateFps: nil, resolutionWidth: nil, resolutionHeight: nil)
    }

    /// An idle screen-share channel: usually all "", sometimes the key is left out altogether.
    mutating func idleOrAbsent() -> QoSMetric? {
        random.chance(0.3) ? nil : idle(video: true)
    }

    /// Now and then a whole channel is missing from a sample.
    mutating func dropsKey() -> Bool {
        random.chance(0.015)
    }

    mutating func cpu() -> QoSCPUUsage? {
        guard !random.chance(0.03) else { return nil }
        let low = random.int(in: 0...3), average = low + random.int(in: 0...10), high = average + random.int(in: 0...20)
        let system = max(high, random.int(in: 10...90))
        var served = [low, average, high, system].map { "\($0)%" }, values = [low, average, high, system].map { Double($0) as Double? }
        for index in served.indices where unknownUnits.respells() {
            served[index] = QoSUnknownUnit.percent(values[index]!)
            values[index] = nil
        }
        return QoSCPUUsage(zoomMinCpuUsage: served[0], zoomAvgCpuUsage: served[1], zoomMaxCpuUsage: served[2],
                           systemMaxCpuUsage: served[3], zoomMinPct: values[0], zoomAvgPct: values[1],
                           zoomMaxPct: values[2], systemMaxPct: values[3])
    }

    /// Hundredths of kbps as "27.15 kbps", "27.15kbps", or from 1000 kbps on sometimes "1.2 Mbps".
    private mutating func bitrate(_ centi: Int) -> (text: String, value: Double) {
        let style = random.int(in: 0...2)
        if style == 2, centi >= 100_000 {
            let centiMbps = (centi + 500) / 1000
            return ("\(QoSMetricGenerator.decimal(centiMbps, trimmed: true)) Mbps", Double(centiMbps * 10))
        }
        let text = QoSMetricGenerator.decimal(centi, trimmed: false)
        return (style == 1 ? "\(text)kbps" : "\(text) kbps", Double(centi) / 100)
    }

    private mutating func milliseconds(_ value: Int) -> (text: String, value: Double) {
        (random.chance(0.5) ? "\(value) ms" : "\(value)ms", Double(value))
    }

    private mutating func percent(_ hundredths: Int) -> (text: String, value: Double) {
        if hundredths == 0, random.chance(0.5) { return ("0%", 0) }
        return ("\(QoSMetricGenerator.decimal(hundredths, trimmed: false))%", Double(hundredths) / 100)
    }

    /// `hundredths` as "27.15"; trimmed, "1.2" and "1" instead of "1.20" and "1.00".
    static func decimal(_ hundredths: Int, trimmed: Bool) -> String {
        let whole = hundredths / 100, fraction = hundredths % 100
        guard trimmed else { return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)" }
        if fraction == 0 { return "\(whole)" }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// "1280*720" as width and height.
    static func resolution(_ text: String) -> (width: Int, height: Int)? {
        let parts = text.split(separator: "*")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]) else { return nil }
        return (width, height)
    }
}
