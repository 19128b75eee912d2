import Foundation
import Hummingbird
import Records

/// `GET /v2/report/cloud_recording?from=&to=`: cloud recording storage per day (OpenAPI
/// `Meetings.json`). HEAVY, Pro+, at most 30 days from `from` to `to`, the recent 6 months, and
/// days up to yesterday only. Sizes are text with a unit, as Zoom writes them (zoom-api.md).
enum CloudRecordingReportEndpoint {
    static let route = SandboxRoute(
        .get, "/v2/report/cloud_recording",
        access: .bearer(category: .heavy, scopes: ["report:read:admin"]),
        handler: handle
    )

    struct Body: Encodable {
        struct Day: Encodable {
            let date: String
            let usage: String
            let plan_usage: String
            let free_usage: String
        }

        let from: String
        let to: String
        let cloud_recording_storage: [Day]
    }

    @Sendable static func handle(_ request: EndpointRequest) async throws -> SandboxResponse {
        try request.requirePaidPlan()
        let window = try ReportWindow(request)
        guard window.from.days(until: window.to) <= 30 else {
            return .zoomError(.badRequest, code: 300, message: "The date range defined by the from and to parameters should be 30 days or less.")
        }
        let model = request.model
        let yesterday = request.today.adding(days: -1)
        let days = window.from > yesterday ? [] : (0...window.from.days(until: min(window.to, yesterday))).map {
            model.cloudRecordingUsage(on: window.from.adding(days: $0))
        }
        return .json(Body(from: window.from.description, to: window.to.description, cloud_recording_storage: days.map {
            Body.Day(date: $0.date.description, usage: $0.usage.text, plan_usage: $0.planUsage.text, free_usage: $0.freeUsage.text)
        }))
    }
}

/// A storage figure as Zoom writes it, with the bytes it means (1 KB = 1,024 bytes) for the
/// ground truth; "Unlimited" means none.
public struct StorageFigure: Sendable, Hashable {
    public let text: String
    public let bytes: Int64?

    static let unlimited = StorageFigure(text: "Unlimited", bytes: nil)

    private init(text: String, bytes: Int64?) {
        self.text = text
        self.bytes = bytes
    }

    /// Zoom's units, by power of 1,024.
    private static let units = ["B", "KB", "MB", "GB", "TB"]

    /// `count` of `unit` (0 B, 1 KB, ... 4 TB), in Zoom's "3 MB" spelling.
    init(_ count: Int64, power: Int) {
        let units = Self.units
        text = "\(count) \(units[power])"
        bytes = (0..<power).reduce(count) { value, _ in value * 1024 }
    }

    /// One and a half of a unit above byte, "1.5 GB": Zoom's decimal spelling.
    init(halves: Int64, power: Int) {
        let units = Self.units
        text = halves % 2 == 0 ? "\(halves / 2) \(units[power])" : "\(halves / 2).5 \(units[power])"
        bytes = (0..<power).reduce(halves) { value, _ in value * 1024 } / 2
    }
}

/// One day of the cloud recording report, as the sandbox serves it.
public struct CloudRecordingDay: Sendable, Hashable {
    public let date: CivilDate
    public let usage: StorageFigure
    public let planUsage: StorageFigure
    public let freeUsage: StorageFigure
}

extension SyntheticAccount {
    /// The day's storage: drawn per day from the account's seed, in every unit Zoom writes
    /// (KB, MB, whole and half GB); the plan's storage is 3 TB on Business and 5 GB on Pro, and
    /// free storage is Unlimited, as in the spec's example.
    public func cloudRecordingUsage(on day: CivilDate) -> CloudRecordingDay {
        var random = SplitMix64(keys: seed, SplitMix64.key(accountId), SplitMix64.key("cloud_recording"), UInt64(bitPattern: Int64(day.dayNumber)))
        let usage: StorageFigure = switch random.int(in: 0...9) {
        case 0: StorageFigure(Int64(random.int(in: 0...1023)), power: 1)
        case 1...5: StorageFigure(Int64(random.int(in: 1...20_000)), power: 2)
        case 6...7: StorageFigure(halves: Int64(random.int(in: 1...400)), power: 3)
        default: StorageFigure(Int64(random.int(in: 1...200)), power: 3)
        }
        let plan = self.plan == .business ? StorageFigure(3, power: 4) : StorageFigure(5, power: 3)
        return CloudRecordingDay(date: day, usage: usage, planUsage: plan, freeUsage: .unlimited)
    }
}
