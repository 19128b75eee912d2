import Extractors
import Records

/// A stream as the runner drives it: by date windows, per meeting instance, or whole.
enum CatalogStream: Sendable {
    case report(any ReportStream)
    case perInstance(any InstanceStream)
    case users(Users)

    var descriptor: StreamDescriptor {
        switch self {
        case .report(let stream): type(of: stream).descriptor
        case .perInstance(let stream): type(of: stream).descriptor
        case .users: Users.descriptor
        }
    }

    var name: String { descriptor.name }
}

/// Every stream zoom-etl knows, by the name `jobs.conf` uses, in the order a run loads them:
/// `meetings` before the streams that fan out from its instances.
enum StreamCatalog {
    static let all: [CatalogStream] = [
        .report(DailyUsage()), .report(ActiveHosts()), .report(Meetings()),
        .perInstance(MeetingParticipants()), .perInstance(MeetingQoS()), .perInstance(MeetingQoSSummary()),
        .users(Users()),
    ]

    static var names: Set<String> { Set(all.map(\.name)) }

    static func stream(named name: String) -> CatalogStream? {
        all.first { $0.name == name }
    }

    /// The named streams in load order.
    static func ordered(_ names: [String]) -> [CatalogStream] {
        all.filter { names.contains($0.name) }
    }
}
