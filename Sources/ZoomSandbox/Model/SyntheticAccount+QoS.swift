import Foundation

/// Ground truth of the Dashboard QoS endpoints (zoom-api.md §3), generated on demand per join
/// session from its own random stream, so it costs nothing until asked for.
extension SyntheticAccount {
    /// `GET /metrics/meetings/{uuid}/participants/qos?type=past`: every join session in served
    /// order (join time), each with its per-minute samples (empty for most: see `hasQoS`).
    public func qosSamples(of meeting: SyntheticMeeting) -> [QoSParticipant] {
        meeting.sessions.map { qosParticipant($0, in: meeting) }
    }

    /// The entries of `qosSamples(of:)` at `positions` only: a large webinar's whole list is
    /// millions of samples.
    public func qosSamples(of meeting: SyntheticMeeting, at positions: Range<Int>) -> [QoSParticipant] {
        meeting.sessions[positions.clamped(to: meeting.sessions.indices)].map { qosParticipant($0, in: meeting) }
    }

    func qosStream(_ meeting: SyntheticMeeting, _ session: SyntheticSession) -> SplitMix64 {
        SplitMix64(keys: seed, SplitMix64.key(accountId), StreamTag.qos.rawValue, SplitMix64.key(meeting.uuid),
                   SplitMix64.key(session.participantId))
    }

    func qosParticipant(_ session: SyntheticSession, in meeting: SyntheticMeeting) -> QoSParticipant {
        var random = qosStream(meeting, session)
        let device = session.isPhone ? DeviceProfile.phone : DeviceProfile.make(&random)
        let samples = session.hasQoS ? qosSamples(session, device: device, random: &random) : []
        let sharing = samples.contains { $0.asInput?.bitrateKbps != nil }
        return QoSParticipant(
            id: session.userId(in: self), userId: session.participantId, userName: session.name, email: session.email,
            device: device.device, client: device.client, domain: session.isPhone ? "" : domain,
            harddiskId: device.harddiskId, internalIpAddresses: device.internalIPs, ipAddress: device.ipAddress,
            joinTime: ZoomTime.iso(session.joinTime), leaveTime: ZoomTime.iso(session.leaveTime), location: device.location,
            macAddr: device.macAddr, pcName: device.pcName, version: device.version, os: device.os, osVersion: device.osVersion,
            networkType: device.networkType, microphone: device.microphone, speaker: device.speaker, camera: device.camera,
            dataCenter: device.dataCenter, fullDataCenter: device.dataCenter.isEmpty ? "" : device.dataCenter + ";",
            connectionType: device.connection, videoConnectionType: device.connection, asConnectionType: device.connection,
            participantUUID: device.participantUUID, shareApplication: false, shareDesktop: sharing, shareWhiteboard: false,
            recording: false, health: device.health, issueList: device.health == "Good" ? [] : ["High CPU usage"],
            userQoS: samples
        )
    }

    /// Whether `qosParticipant(session, in:)` has any sample, from the same draws without making
    /// one: the device, the session's plan, then the missing-minute draws up to the first kept one.
    func hasQoSSamples(_ session: SyntheticSession, in meeting: SyntheticMeeting) -> Bool {
        guard session.hasQoS else { return false }
        var random = qosStream(meeting, session)
        if !session.isPhone { _ = DeviceProfile.make(&random) }
        let plan = QoSSessionPlan(session, random: &random)
        for _ in plan.seconds where !random.chance(0.03) {
            return true
        }
        return false
    }

    /// One sample per whole minute in (join, leave], about 3% of minutes missing; unit spellings,
    /// empty strings and absent keys vary from sample to sample as at Zoom (zoom-api.md §3, §7).
    private func qosSamples(_ session: SyntheticSession, device: DeviceProfile, random: inout SplitMix64) -> [QoSSample] {
        let plan = QoSSessionPlan(session, random: &random)
        var samples: [QoSSample] = []
        for (minute, second) in plan.seconds.enumerated() {
            guard !random.chance(0.03) else { continue }  // a missing minute
            let time = Date(timeIntervalSince1970: TimeInterval(second))
            let sharing = (plan.shareFrom..<plan.shareUntil).contains(minute)
            let (latency, jitter, resolution, fps) = (plan.latency, plan.jitter, plan.resolution, plan.fps)
            var metric = QoSMetricGenerator(random: random.next(), unknownUnitShare: unknownUnitShare)
            let audioIn = metric.channel(kbps: plan.audioKbps, latency: latency, jitter: jitter, video: nil)
            let audioOut = metric.channel(kbps: plan.audioKbps, latency: latency + 5, jitter: jitter, video: nil)
            let video = plan.cameraOn ? (resolution, fps) : nil
            let videoIn = plan.cameraOn ? metric.channel(kbps: plan.videoKbps, latency: latency, jitter: jitter, video: video) : metric.idle(video: true)
            let videoOut = metric.dropsKey() ? nil : metric.channel(kbps: plan.videoKbps * 9 / 10, latency: latency, jitter: jitter, video: (resolution, fps))
            let asIn = sharing ? metric.channel(kbps: 80_000, latency: latency, jitter: jitter, video: ("1920*1080", 5)) : metric.idleOrAbsent()
            let asOut = sharing ? metric.channel(kbps: 60_000, latency: latency, jitter: jitter, video: ("1920*1080", 5)) : metric.idleOrAbsent()
            samples.append(QoSSample(
                dateTime: ZoomTime.iso(time), time: time, audioInput: audioIn, audioOutput: audioOut, videoInput: videoIn,
                videoOutput: videoOut, asInput: asIn, asOutput: asOut, cpuUsage: metric.cpu()
            ))
        }
        return samples
    }
}

/// A session's base figures, drawn once before its minutes, and the minutes it may have samples for.
private struct QoSSessionPlan {
    let audioKbps, latency, jitter: Int
    let cameraOn: Bool
    let videoKbps: Int
    let resolution: String
    let fps: Int
    /// The minutes (by position in `seconds`) the participant shares their screen.
    let shareFrom, shareUntil: Int
    /// Each whole minute in (join, leave], as seconds since 1970.
    let seconds: StrideThrough<Int>

    init(_ session: SyntheticSession, random: inout SplitMix64) {
        audioKbps = random.int(in: 2_000...7_000)
        latency = random.int(in: 15...220)
        jitter = random.int(in: 0...25)
        cameraOn = random.chance(0.7)
        videoKbps = random.int(in: 15_000...240_000)
        resolution = random.pick(["1280*720", "640*360", "1920*1080", "320*180"])
        fps = random.int(in: 8...30)
        let minutes = Int(session.leaveTime.timeIntervalSince1970) / 60 - Int(session.joinTime.timeIntervalSince1970) / 60
        shareFrom = random.chance(0.2) ? random.int(in: 0...max(0, minutes - 1)) : Int.max
        shareUntil = shareFrom == .max ? .max : shareFrom + random.int(in: 1...10)
        let first = (Int(session.joinTime.timeIntervalSince1970) / 60 + 1) * 60
        seconds = stride(from: first, through: Int(session.leaveTime.timeIntervalSince1970), by: 60)
    }
}

/// The device facts of one join session in the QoS list.
struct DeviceProfile {
    let device, client, version, os, osVersion, networkType, microphone, speaker, camera: String
    let dataCenter, connection, ipAddress, location, macAddr, pcName, harddiskId, participantUUID, health: String
    let internalIPs: [String]

    static let phone = DeviceProfile(
        device: "Phone", client: "", version: "", os: "", osVersion: "", networkType: "", microphone: "", speaker: "",
        camera: "", dataCenter: "", connection: "", ipAddress: "", location: "", macAddr: "", pcName: "", harddiskId: "",
        participantUUID: "", health: "Good", internalIPs: []
    )

    static func make(_ random: inout SplitMix64) -> DeviceProfile {
        let platform = random.pick([("Windows", "Windows", "10.0.22631"), ("Mac", "Mac", "14.5"), ("iOS", "iOS", "17.4"),
                                    ("Android", "Android", "14"), ("Web", "Windows", "10.0.19045")])
        let uuid = UUID(uuid: uuid_t(
            UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)),
            UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)),
            UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)),
            UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255))
        ))
        return DeviceProfile(
            device: platform.0, client: platform.0 == "Web" ? "Web Meeting SDK 2.18" : "Zoom Workplace",
            version: "6.\(random.int(in: 0...2)).\(random.int(in: 0...11)).\(random.int(in: 10_000...59_999))",
            os: platform.1, osVersion: platform.2, networkType: random.pick(["Wired", "Wifi", "Wifi", "Cellular"]),
            microphone: "Microphone (High Definition Audio Device)", speaker: "Speakers (High Definition Audio Device)",
            camera: random.pick(["FaceTime HD Camera", "Integrated Webcam", "Logitech BRIO"]),
            dataCenter: random.pick(["United States (SC Top)", "Germany (FR)", "India (MB)", "Japan (TY)"]),
            connection: random.pick(["UDP", "UDP", "TCP", "SSL"]),
            ipAddress: "198.51.100.\(random.int(in: 1...254))", location: random.pick(["United States", "Germany", "India", "Japan"]),
            macAddr: String(format: "%04x-%04x-%04x", random.int(in: 0...0xFFFF), random.int(in: 0...0xFFFF), random.int(in: 0...0xFFFF)),
            pcName: "HW\(random.int(in: 1000...9999))", harddiskId: "Disk\(random.int(in: 10...99))",
            participantUUID: uuid.uuidString, health: random.pick(["Good", "Good", "Good", "Warning", "Critical"]),
            internalIPs: ["10.0.\(random.int(in: 0...255)).\(random.int(in: 1...254))"]
        )
    }
}
