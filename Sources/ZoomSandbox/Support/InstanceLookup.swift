import Foundation
import Hummingbird

/// Finds the instance a child endpoint's path names, refusing what Zoom refuses (zoom-api.md §2, §3, §5).
enum InstanceLookup {
    /// Which endpoint family asks: it decides the kind served and the wording of errors.
    enum Family {
        case reportMeeting, reportWebinar, metricsMeeting, metricsWebinar

        var kind: SyntheticMeeting.Kind {
            switch self {
            case .reportMeeting, .metricsMeeting: return .meeting
            case .reportWebinar, .metricsWebinar: return .webinar
            }
        }

        func notFound(_ shown: String) -> EndpointFailure {
            switch self {
            case .reportMeeting: return .zoom(.notFound, code: 3001, message: "Meeting does not exist: \(shown).")
            case .reportWebinar: return .zoom(.notFound, code: 3001, message: "Webinar does not exist: \(shown).")
            case .metricsMeeting:
                return .zoom(.notFound, code: 3001, message: "This meeting's detail info is not available. The meeting ID is not valid or the meeting has not ended yet.")
            case .metricsWebinar:
                return .zoom(.notFound, code: 3001, message: "This webinar's detail info is not available. The webinar ID is not valid or the webinar has not ended yet.")
            }
        }

        var yearAgo: EndpointFailure {
            switch self {
            case .reportMeeting: return .zoom(.badRequest, code: 12702, message: "Can not access meeting a year ago.")
            case .metricsMeeting: return .zoom(.badRequest, code: 12702, message: "Can not access a meeting a year ago.")
            case .reportWebinar, .metricsWebinar: return .zoom(.badRequest, code: 12702, message: "Can not access a webinar a year ago.")
            }
        }
    }

    /// How a UUID arrived in the path.
    enum Spelling: Equatable {
        /// `+`, `/` and `=` percent-encoded once.
        case single(String)
        /// Encoded twice (`/abc==` as `%252Fabc%253D%253D`).
        case double(String)
        /// Not a valid spelling; `shown` is what Zoom would have read.
        case misencoded(shown: String)
    }

    /// Reads the raw path text of a UUID. `+`, `/` and `=` must arrive percent-encoded: a bare `/`
    /// splits the path, and a bare `+` reads as a space to servers that form-decode paths.
    static func spelling(ofRaw raw: String) -> Spelling {
        let bare: (Character) -> Bool = { $0 == "/" || $0 == "+" || $0 == "=" }
        guard !raw.isEmpty, let once = raw.removingPercentEncoding else { return .misencoded(shown: raw) }
        guard !raw.contains(where: bare) else { return .misencoded(shown: once) }
        guard once.contains("%") else { return .single(once) }
        guard !once.contains(where: bare), let twice = once.removingPercentEncoding else { return .misencoded(shown: once) }
        return .double(twice)
    }

    /// Whether Zoom insists on double encoding: the UUID starts with `/` or contains `//` (zoom-api.md §5).
    /// Other UUIDs may come either way (clients that always double-encode work at Zoom too).
    static func needsDoubleEncoding(_ uuid: String) -> Bool {
        uuid.hasPrefix("/") || uuid.contains("//")
    }

    /// The ended instance the path's `parameter` names, or the error Zoom would answer: a wrong
    /// spelling or an unknown, unended or other-kind instance is 404 code 3001; one that started more
    /// than a year ago is 400 code 12702; a refused one (`ZoomSandbox.refuseInstance`) its error.
    static func resolve(_ request: EndpointRequest, parameter: String, family: Family) throws -> SyntheticMeeting {
        let uuid: String
        switch spelling(ofRaw: request.pathParameters[parameter] ?? "") {
        case .misencoded(let shown):
            throw family.notFound(shown)
        case .single(let decoded) where needsDoubleEncoding(decoded):
            // Zoom reads a single-encoded "/abc==" as a path with a "//" in it: a meeting it does not know.
            throw family.notFound(decoded)
        case .single(let decoded), .double(let decoded):
            uuid = decoded
        }
        if let refusal = request.state.refusals.refusal(for: uuid) {
            throw EndpointFailure.zoom(.init(code: refusal.status), code: refusal.code, message: refusal.message)
        }
        guard let meeting = request.model.meeting(uuid: uuid), meeting.kind == family.kind, meeting.endTime <= request.now else {
            throw family.notFound(uuid)
        }
        guard meeting.startTime >= oneYear(before: request.now) else { throw family.yearAgo }
        return meeting
    }

    /// The same instant a calendar year earlier (UTC).
    static func oneYear(before now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar.date(byAdding: .year, value: -1, to: now)!
    }
}
