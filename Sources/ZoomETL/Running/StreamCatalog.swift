import Extractors
import Records

/// Every stream zoom-etl knows, by the name `jobs.conf` uses.
enum StreamCatalog {
    static let reportStreams: [any ReportStream] = [DailyUsage()]

    static var names: Set<String> { Set(reportStreams.map { type(of: $0).descriptor.name }) }

    static func stream(named name: String) -> (any ReportStream)? {
        reportStreams.first { type(of: $0).descriptor.name == name }
    }
}
