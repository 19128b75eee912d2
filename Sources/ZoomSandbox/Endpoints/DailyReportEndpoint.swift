import Foundation
import Hummingbird
import Records

/// `GET /v2/report/daily?year=&month=`: daily usage for one month (zoom-api.md §2). HEAVY, Pro+.
enum DailyReportEndpoint {
    static let route = SandboxRoute(
        .get, "/v2/report/daily",
        access: .bearer(category: .heavy, scopes: ["report:read:admin", "report:read:daily_usage:admin"]),
        handler: handle
    )

    struct Body: Encodable {
        struct Day: Encodable {
            let date: String
            let new_users: Int
            let meetings: Int
            let participants: Int
            let meeting_minutes: Int
        }

        let year: Int
        let month: Int
        let dates: [Day]
    }

    @Sendable static func handle(_ request: EndpointRequest) async throws -> SandboxResponse {
        guard let account = request.account else { return .zoomError(.unauthorized, code: 124, message: "Invalid access token.") }
        guard account.plan != .free else {
            return .zoomError(.badRequest, code: 200, message: "Only available for paid account.")
        }

        // Either parameter may be left out; it then means the current one (account time zone).
        let today = request.today
        var invalid: [String] = []
        let year = parse(request.query["year"], default: today.year, valid: 1...9999, field: "year", invalid: &invalid)
        let month = parse(request.query["month"], default: today.month, valid: 1...12, field: "month", invalid: &invalid)
        guard invalid.isEmpty else { return .validationFailed(fields: invalid) }

        guard SyntheticAccount.dailyReportAccepts(year: year, month: month, today: today) else {
            return .zoomError(.badRequest, code: 300,
                              message: "Daily report can only be provided for a month that falls within the recent 6 months.")
        }
        let days = request.model.dailyUsage(year: year, month: month, asOf: request.now)
        return .json(Body(year: year, month: month, dates: days.map {
            Body.Day(date: $0.date.description, new_users: $0.newUsers, meetings: $0.meetings,
                     participants: $0.participants, meeting_minutes: $0.meetingMinutes)
        }))
    }

    private static func parse(_ text: String?, default value: Int, valid: ClosedRange<Int>, field: String, invalid: inout [String]) -> Int {
        guard let text else { return value }
        guard let number = Int(text), valid.contains(number) else {
            invalid.append(field)
            return value
        }
        return number
    }
}
