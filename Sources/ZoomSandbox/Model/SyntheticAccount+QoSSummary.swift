import Foundation

/// Ground truth of `GET /metrics/meetings/{uuid}/participants/qos_summary` (zoom-api.md §3).
extension SyntheticAccount {
    /// One entry per join session that has QoS samples, in served order (join time); each summarises
    /// that session's samples. Sessions without samples (phone callers, most joins here) are left
    /// out: the summary comes from the QSS event a client sends on leaving, so there is none.
    ///
    /// Spellings follow Zoom's QSS example, which differs from the per-minute list: "27.15kbps" (no
    /// space, never Mbps), "126 ms", "0ms", "0.03%", "12 fps", "11%". With `unknownUnitShare`, some
    /// are in units no client knows instead (QoSReading); a sample value sent so is not in the summary.
    public func qosSummary(of meeting: SyntheticMeeting) -> [QoSSummaryParticipant] {
        qosSummaryPositions(of: meeting).compactMap { qosSummary(of: meeting.sessions[$0], in: meeting) }
    }

    /// The positions in `meeting.sessions` of the sessions `qosSummary(of:)` lists: found once per
    /// instance without making any sample (`hasQoSSamples`), so a page can slice before it summarises.
    func qosSummaryPositions(of meeting: SyntheticMeeting) -> [Int] {
        instanceMemo.summaryPositions(uuid: meeting.uuid) {
            meeting.sessions.indices.filter { meeting.sessions[$0].hasQoS && hasQoSSamples(meeting.sessions[$0], in: meeting) }
        }
    }

    /// The summary of one join session; nil when it has no samples.
    func qosSummary(of session: SyntheticSession, in meeting: SyntheticMeeting) -> QoSSummaryParticipant? {
        guard session.hasQoS else { return nil }
        let samples = qosParticipant(session, in: meeting).userQoS
        guard !samples.isEmpty else { return nil }
        var entries: [QoSSummaryParticipant.Entry] = []
        let stream = SplitMix64(keys: seed, SplitMix64.key(accountId), StreamTag.unknownUnits.rawValue, SplitMix64.key(meeting.uuid),
                                SplitMix64.key(session.participantId))
        var unknownUnits = UnknownUnitDraws(stream, share: unknownUnitShare)
        for name in ["audio_input", "audio_output", "video_input", "video_output", "as_input", "as_output"] {
            let metrics = samples.compactMap { sample in sample.metrics.first { $0.name == name }?.metric }
            if let entry = QoSSummarizer.channel(name, metrics, &unknownUnits) { entries.append(entry) }
        }
        if let cpu = QoSSummarizer.cpu(samples.compactMap(\.cpuUsage), &unknownUnits) { entries.append(cpu) }
        return QoSSummaryParticipant(id: session.userId(in: self), participantId: session.participantId,
                                     userName: session.name, email: session.email, qos: entries)
    }
}

/// Min, average and max over a session's samples, spelled the QSS way.
enum QoSSummarizer {
    static func channel(_ type: String, _ metrics: [QoSMetric], _ unknownUnits: inout UnknownUnitDraws) -> QoSSummaryParticipant.Entry? {
        var details: [String: String] = [:], values: [String: Double] = [:]
        func put(_ key: String, _ text: String, _ value: Double, unknown: (Double) -> String) {
            if unknownUnits.respells() {
                details[key] = unknown(value)
            } else {
                details[key] = text
                values[key] = value
            }
        }
        func add(_ name: String, _ numbers: [Double], decimals: Bool, unknown: (Double) -> String, spell: (String) -> String) {
            guard let low = numbers.min(), let high = numbers.max() else { return }
            let mean = numbers.reduce(0, +) / Double(numbers.count)
            for (prefix, number) in [("min", low), ("avg", mean), ("max", high)] {
                // Round first, so the served string and the truth value say the same thing.
                let hundredths = Int((number * (decimals ? 100 : 1)).rounded())
                let text = decimals ? QoSMetricGenerator.decimal(hundredths, trimmed: false) : "\(hundredths)"
                put("\(prefix)_\(name)", spell(text), decimals ? Double(hundredths) / 100 : Double(hundredths), unknown: unknown)
            }
        }
        add("bitrate", metrics.compactMap(\.bitrateKbps), decimals: true, unknown: QoSUnknownUnit.bitrate) { "\($0)kbps" }
        add("latency", metrics.compactMap(\.latencyMs), decimals: false, unknown: QoSUnknownUnit.milliseconds) { "\($0) ms" }
        add("jitter", metrics.compactMap(\.jitterMs), decimals: false, unknown: QoSUnknownUnit.milliseconds) { "\($0)ms" }
        add("frame_rate", metrics.compactMap(\.frameRateFps), decimals: false, unknown: QoSUnknownUnit.frameRate) { "\($0) fps" }
        // Zoom's summary has one loss triple: the least and mean of the average loss, the worst peak.
        let averageLoss = metrics.compactMap(\.avgLossPct), peakLoss = metrics.compactMap(\.maxLossPct)
        if let low = averageLoss.min(), let high = peakLoss.max() ?? averageLoss.max() {
            let mean = averageLoss.reduce(0, +) / Double(averageLoss.count)
            for (prefix, number) in [("min", low), ("avg", mean), ("max", high)] {
                let hundredths = Int((number * 100).rounded())
                put("\(prefix)_loss", "\(QoSMetricGenerator.decimal(hundredths, trimmed: false))%", Double(hundredths) / 100,
                    unknown: QoSUnknownUnit.percent)
            }
        }
        guard !details.isEmpty else { return nil }
        let resolutions = metrics.compactMap(\.resolution).filter { !$0.isEmpty }
        if let common = Dictionary(grouping: resolutions, by: { $0 }).max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) })?.key {
            details["resolution"] = common
        }
        return .init(type: type, details: details, values: values)
    }

    static func cpu(_ usages: [QoSCPUUsage], _ unknownUnits: inout UnknownUnitDraws) -> QoSSummaryParticipant.Entry? {
        let low = usages.compactMap(\.zoomMinPct).min(), high = usages.compactMap(\.zoomMaxPct).max()
        let averages = usages.compactMap(\.zoomAvgPct), system = usages.compactMap(\.systemMaxPct).max()
        guard let low, let high, let system, !averages.isEmpty else { return nil }
        let mean = (averages.reduce(0, +) / Double(averages.count)).rounded()
        let figures = [("zoom_min_cpu_usage", low), ("zoom_avg_cpu_usage", mean), ("zoom_max_cpu_usage", high),
                       ("system_max_cpu_usage", system)]
        var details: [String: String] = [:], values: [String: Double] = [:]
        for (key, value) in figures {
            if unknownUnits.respells() {
                details[key] = QoSUnknownUnit.percent(value)
            } else {
                details[key] = "\(Int(value))%"
                values[key] = value
            }
        }
        return .init(type: "cpu_usage", details: details, values: values)
    }
}
