import Foundation

// The objects the Dashboard QoS endpoints serve (zoom-api.md §3). Each carries Zoom's strings
// exactly as served (nil = the key is absent, "" = present but empty) and, for tests, what those
// strings mean in the warehouse's units (DESIGN.md: `_kbps`, `_ms`, `_pct`, `_fps`), nil when the
// string is absent or empty. Only the served strings are encoded.

/// One direction of one channel in a QoS sample: `audio_input`, `video_output`, `as_input`, ...
public struct QoSMetric: Sendable, Hashable, Encodable {
    /// "27.15 kbps", "27.15kbps" or "1.2 Mbps".
    public let bitrate: String?
    /// "126 ms" or "126ms".
    public let latency: String?
    /// "0 ms" or "0ms".
    public let jitter: String?
    /// "0.03%".
    public let avgLoss: String?
    public let maxLoss: String?
    /// "1280*720"; video and screen share only.
    public let resolution: String?
    /// "12 fps"; video and screen share only.
    public let frameRate: String?

    public let bitrateKbps: Double?
    public let latencyMs: Double?
    public let jitterMs: Double?
    public let avgLossPct: Double?
    public let maxLossPct: Double?
    public let frameRateFps: Double?
    public let resolutionWidth: Int?
    public let resolutionHeight: Int?

    enum CodingKeys: String, CodingKey {
        case bitrate, latency, jitter, avgLoss = "avg_loss", maxLoss = "max_loss", resolution, frameRate = "frame_rate"
    }
}

/// A sample's `cpu_usage`: strings such as "11%".
public struct QoSCPUUsage: Sendable, Hashable, Encodable {
    public let zoomMinCpuUsage: String?
    public let zoomAvgCpuUsage: String?
    public let zoomMaxCpuUsage: String?
    public let systemMaxCpuUsage: String?

    public let zoomMinPct: Double?
    public let zoomAvgPct: Double?
    public let zoomMaxPct: Double?
    public let systemMaxPct: Double?

    enum CodingKeys: String, CodingKey {
        case zoomMinCpuUsage = "zoom_min_cpu_usage", zoomAvgCpuUsage = "zoom_avg_cpu_usage"
        case zoomMaxCpuUsage = "zoom_max_cpu_usage", systemMaxCpuUsage = "system_max_cpu_usage"
    }
}

/// One entry of `user_qos`: one minute of one join session.
public struct QoSSample: Sendable, Hashable, Encodable {
    /// "2022-03-01T10:16:00Z": on the minute.
    public let dateTime: String
    public let time: Date
    public let audioInput: QoSMetric?
    public let audioOutput: QoSMetric?
    public let videoInput: QoSMetric?
    public let videoOutput: QoSMetric?
    public let asInput: QoSMetric?
    public let asOutput: QoSMetric?
    public let cpuUsage: QoSCPUUsage?

    /// The six channels by Zoom's name, in DESIGN.md's `metric` spelling; absent ones left out.
    public var metrics: [(name: String, metric: QoSMetric)] {
        [("audio_input", audioInput), ("audio_output", audioOutput), ("video_input", videoInput),
         ("video_output", videoOutput), ("as_input", asInput), ("as_output", asOutput)]
            .compactMap { name, metric in metric.map { (name, $0) } }
    }

    enum CodingKeys: String, CodingKey {
        case dateTime = "date_time", audioInput = "audio_input", audioOutput = "audio_output", videoInput = "video_input"
        case videoOutput = "video_output", asInput = "as_input", asOutput = "as_output", cpuUsage = "cpu_usage"
    }
}

/// One join session of `GET /metrics/meetings/{uuid}/participants/qos?type=past`.
public struct QoSParticipant: Sendable, Hashable, Encodable {
    /// The account user's id; "" for someone who did not sign in.
    public let id: String
    /// Zoom's per-join id, the same as the participants report's `user_id`.
    public let userId: String
    public let userName: String
    public let email: String
    public let device: String
    public let client: String
    public let domain: String
    public let harddiskId: String
    public let internalIpAddresses: [String]
    public let ipAddress: String
    public let joinTime: String
    public let leaveTime: String
    public let location: String
    public let macAddr: String
    public let pcName: String
    public let version: String
    public let os: String
    public let osVersion: String
    public let networkType: String
    public let microphone: String
    public let speaker: String
    public let camera: String
    public let dataCenter: String
    public let fullDataCenter: String
    public let connectionType: String
    public let videoConnectionType: String
    public let asConnectionType: String
    public let participantUUID: String
    public let shareApplication: Bool
    public let shareDesktop: Bool
    public let shareWhiteboard: Bool
    public let recording: Bool
    public let health: String
    public let issueList: [String]
    /// One sample per minute of the session, some minutes missing; empty when the Dashboard has none.
    public let userQoS: [QoSSample]

    enum CodingKeys: String, CodingKey {
        case id, userId = "user_id", userName = "user_name", email, device, client, domain, harddiskId = "harddisk_id"
        case internalIpAddresses = "internal_ip_addresses", ipAddress = "ip_address", joinTime = "join_time"
        case leaveTime = "leave_time", location, macAddr = "mac_addr", pcName = "pc_name", version, os
        case osVersion = "os_version", networkType = "network_type", microphone, speaker, camera
        case dataCenter = "data_center", fullDataCenter = "full_data_center", connectionType = "connection_type"
        case videoConnectionType = "video_connection_type", asConnectionType = "as_connection_type"
        case participantUUID = "participant_uuid", shareApplication = "share_application", shareDesktop = "share_desktop"
        case shareWhiteboard = "share_whiteboard", recording, health, issueList = "issue_list", userQoS = "user_qos"
    }
}

/// One join session of `GET /metrics/meetings/{uuid}/participants/qos_summary`.
public struct QoSSummaryParticipant: Sendable, Hashable, Encodable {
    public struct Entry: Sendable, Hashable, Encodable {
        /// audio_input, audio_output, video_input, video_output, as_input, as_output or cpu_usage.
        public let type: String
        /// Served strings by Zoom's key: `min_bitrate` "27.15kbps", `avg_latency` "126 ms",
        /// `max_jitter` "0ms", `min_loss` "0.03%", `resolution` "1280*720", `avg_frame_rate` "12 fps",
        /// `zoom_max_cpu_usage` "2%" (zoom-api.md §3).
        public let details: [String: String]
        /// What `details` mean, by the same keys, in kbps, ms, percent and fps (resolution left out).
        public let values: [String: Double]

        enum CodingKeys: String, CodingKey {
            case type, details
        }
    }

    /// The account user's id; "" for someone who did not sign in.
    public let id: String
    /// Zoom's per-join id (the participants report's `user_id`).
    public let participantId: String
    public let userName: String
    public let email: String
    public let qos: [Entry]

    enum CodingKeys: String, CodingKey {
        case id, participantId = "participant_id", userName = "user_name", email, qos
    }
}
