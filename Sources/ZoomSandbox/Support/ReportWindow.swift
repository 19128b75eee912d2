import Foundation
import Records

/// The `from`/`to` window of a report (zoom-api.md §2): required `yyyy-mm-dd` dates, at most one
/// month apart, within the last six months. Every violation is 400 code 300.
struct ReportWindow {
    let from: CivilDate
    let to: CivilDate

    init(_ request: EndpointRequest) throws {
        var invalid: [String] = []
        let from = request.query["from"].flatMap { CivilDate(iso: $0) }
        let to = request.query["to"].flatMap { CivilDate(iso: $0) }
        if from == nil { invalid.append("from") }
        if to == nil { invalid.append("to") }
        guard let from, let to else { throw EndpointFailure(.validationFailed(fields: invalid)) }
        if let problem = SyntheticAccount.reportWindowProblem(from: from, to: to, today: request.today) {
            throw EndpointFailure.zoom(.badRequest, code: 300, message: problem)
        }
        self.from = from
        self.to = to
    }
}

extension SyntheticAccount {
    /// Why Zoom refuses the report window `from`...`to` on account day `today`, or nil if it takes it.
    ///
    /// Zoom only says the range "should only be one month" and must be "within the last six months"
    /// (zoom-api.md §2); the sandbox reads that as: `from` <= `to`; `to` before `from` plus one
    /// calendar month (so any calendar month, or 1-15 to 14 of the next, is fine, and 31 days from
    /// the 1st is not); `from` on or after `today` minus six calendar months. `to` may lie in the
    /// future. Messages are the sandbox's; clients should rely on the code.
    public static func reportWindowProblem(from: CivilDate, to: CivilDate, today: CivilDate) -> String? {
        if to < from { return "Invalid parameter: to. The end date must not be before the start date." }
        if to >= from.adding(months: 1) { return "The date range defined by from and to can only be one month." }
        if from < today.adding(months: -6) { return "The report can only be provided for dates within the last 6 months." }
        return nil
    }
}
