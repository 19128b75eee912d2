import Extractors
import Records

/// A declared stream as the runner drives it, by its declaration's `Reading`: report days,
/// per parent instance, or whole. The one switch over the three drivers.
enum CatalogStream: Sendable {
    case report(any ReportStream)
    case perInstance(any InstanceStream)
    case snapshot(any SnapshotStream)

    init(_ stream: any DeclaredStream) {
        switch stream {
        case let report as any ReportStream: self = .report(report)
        case let child as any InstanceStream: self = .perInstance(child)
        case let snapshot as any SnapshotStream: self = .snapshot(snapshot)
        default: preconditionFailure("\(type(of: stream).declaration.name) has no driver")
        }
    }

    var stream: any DeclaredStream {
        switch self {
        case .report(let stream): stream
        case .perInstance(let stream): stream
        case .snapshot(let stream): stream
        }
    }

    var declaration: StreamDeclaration { type(of: stream).declaration }
    var descriptor: StreamDescriptor { declaration.descriptor }
    var name: StreamName { declaration.name }

    /// The scopes the stream could use that `granted` lacks all of: empty when one is granted.
    func missingScopes(granted: [String]) -> [String] {
        declaration.scopes.contains(where: granted.contains) ? [] : declaration.scopes
    }
}

/// Every stream zoom-etl knows, in the order a run loads them: a parent before the streams that
/// fan out from its rows. Adding a stream is adding it here.
enum StreamCatalog {
    static let all: [CatalogStream] = ([
        DailyUsage(), ActiveHosts(), Meetings(), CloudRecordingUsage(),
        MeetingParticipants(), MeetingQoS(), MeetingQoSSummary(),
        Users(),
    ] as [any DeclaredStream]).map(CatalogStream.init)

    static var names: Set<StreamName> { Set(all.map(\.name)) }

    static func stream(named name: StreamName) -> CatalogStream? {
        all.first { $0.name == name }
    }

    /// The named streams in load order.
    static func ordered(_ names: [StreamName]) -> [CatalogStream] {
        all.filter { names.contains($0.name) }
    }
}
