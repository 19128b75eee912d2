// The QoS list's objects written straight into a response (JSONBody): the same keys as their
// `CodingKeys`, with absent values left out as `Encodable` leaves them. JSONBodyTests pins each
// to what JSONEncoder writes, so a field added to one and not the other fails there.

extension QoSMetric: JSONBodyWritable {
    func write(to body: inout JSONBody) {
        body.object { body in
            body.field(CodingKeys.bitrate, bitrate)
            body.field(CodingKeys.latency, latency)
            body.field(CodingKeys.jitter, jitter)
            body.field(CodingKeys.avgLoss, avgLoss)
            body.field(CodingKeys.maxLoss, maxLoss)
            body.field(CodingKeys.resolution, resolution)
            body.field(CodingKeys.frameRate, frameRate)
        }
    }
}

extension QoSCPUUsage: JSONBodyWritable {
    func write(to body: inout JSONBody) {
        body.object { body in
            body.field(CodingKeys.zoomMinCpuUsage, zoomMinCpuUsage)
            body.field(CodingKeys.zoomAvgCpuUsage, zoomAvgCpuUsage)
            body.field(CodingKeys.zoomMaxCpuUsage, zoomMaxCpuUsage)
            body.field(CodingKeys.systemMaxCpuUsage, systemMaxCpuUsage)
        }
    }
}

extension QoSSample: JSONBodyWritable {
    func write(to body: inout JSONBody) {
        body.object { body in
            body.field(CodingKeys.dateTime, dateTime)
            body.field(CodingKeys.audioInput, audioInput)
            body.field(CodingKeys.audioOutput, audioOutput)
            body.field(CodingKeys.videoInput, videoInput)
            body.field(CodingKeys.videoOutput, videoOutput)
            body.field(CodingKeys.asInput, asInput)
            body.field(CodingKeys.asOutput, asOutput)
            body.field(CodingKeys.cpuUsage, cpuUsage)
        }
    }
}

extension QoSParticipant: JSONBodyWritable {
    func write(to body: inout JSONBody) {
        body.object { body in
            body.field(CodingKeys.id, id)
            body.field(CodingKeys.userId, userId)
            body.field(CodingKeys.userName, userName)
            body.field(CodingKeys.email, email)
            body.field(CodingKeys.device, device)
            body.field(CodingKeys.client, client)
            body.field(CodingKeys.domain, domain)
            body.field(CodingKeys.harddiskId, harddiskId)
            body.field(CodingKeys.internalIpAddresses, internalIpAddresses)
            body.field(CodingKeys.ipAddress, ipAddress)
            body.field(CodingKeys.joinTime, joinTime)
            body.field(CodingKeys.leaveTime, leaveTime)
            body.field(CodingKeys.location, location)
            body.field(CodingKeys.macAddr, macAddr)
            body.field(CodingKeys.pcName, pcName)
            body.field(CodingKeys.version, version)
            body.field(CodingKeys.os, os)
            body.field(CodingKeys.osVersion, osVersion)
            body.field(CodingKeys.networkType, networkType)
            body.field(CodingKeys.microphone, microphone)
            body.field(CodingKeys.speaker, speaker)
            body.field(CodingKeys.camera, camera)
            body.field(CodingKeys.dataCenter, dataCenter)
            body.field(CodingKeys.fullDataCenter, fullDataCenter)
            body.field(CodingKeys.connectionType, connectionType)
            body.field(CodingKeys.videoConnectionType, videoConnectionType)
            body.field(CodingKeys.asConnectionType, asConnectionType)
            body.field(CodingKeys.participantUUID, participantUUID)
            body.field(CodingKeys.shareApplication, shareApplication)
            body.field(CodingKeys.shareDesktop, shareDesktop)
            body.field(CodingKeys.shareWhiteboard, shareWhiteboard)
            body.field(CodingKeys.recording, recording)
            body.field(CodingKeys.health, health)
            body.field(CodingKeys.issueList, issueList)
            body.field(CodingKeys.userQoS, userQoS)
        }
    }
}
