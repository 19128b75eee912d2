import Foundation
import Logging
import Records

/// A stream Zoom serves by date range (the report endpoints): the engine plans which days to
/// read, the stream turns them into pages of typed rows.
public protocol ReportStream: Sendable {
    static var descriptor: StreamDescriptor { get }
    /// The REST path, for logs and for the entitlement probe.
    static var endpoint: String { get }
    static var category: RateLimitCategory { get }
    /// How many calendar months back Zoom serves this report (zoom-api.md §2, "How far back").
    static var retentionMonths: Int { get }

    /// Reads `range` window by window, handing each page to `emit` as soon as it is typed.
    ///
    /// `emit` loads the page before it returns, so no page waits in memory and none can be
    /// dropped: the loader's pace is the extractor's pace.
    func extract(_ range: DateRange, client: ZoomClient, context: ExtractionContext, emit: (WindowPage) async throws -> Void) async throws
}

/// What a stream needs to know about the account it extracts for.
public struct ExtractionContext: Sendable {
    /// The account's time zone: report days are its calendar days (zoom-api.md §8).
    public let timeZone: TimeZone
    public let logger: Logger

    public init(timeZone: TimeZone, logger: Logger) {
        self.timeZone = timeZone
        self.logger = logger
    }
}

/// A page of typed rows. The last page of a window carries `through`, the window's last day:
/// once it commits, the stream's cursor may move there. Earlier pages of a window carry nil.
public struct WindowPage: Sendable {
    public var page: Page
    public var through: CivilDate?
    /// For a replace-by-parent stream: the listing of the page's period started over (an expired
    /// page token), so what its earlier pages wrote is dropped and the set begins with this page.
    public var restarted: Bool

    public init(page: Page, through: CivilDate?, restarted: Bool = false) {
        self.page = page
        self.through = through
        self.restarted = restarted
    }
}

extension ReportStream {
    /// The earliest day Zoom still serves, seen from `today`.
    public static func oldestAvailableDay(today: CivilDate) -> CivilDate {
        today.adding(months: -retentionMonths)
    }
}
