import Foundation

/// Plan and feature checks shared by the endpoints (zoom-api.md §2, §3, §8).
extension EndpointRequest {
    /// The account the bearer token belongs to; only for bearer routes.
    var caller: SandboxAccount {
        guard let account else { preconditionFailure("caller used on an open route") }
        return account
    }

    /// Whether the caller's account has `feature` now (`ZoomSandbox.setEntitlement` changes it).
    func has(_ feature: SandboxFeature) -> Bool {
        state.entitlements.has(feature, accountId: caller.accountId)
    }

    /// Report endpoints are for paid plans: Free gets 400 code 200 (zoom-api.md §2).
    func requirePaidPlan() throws {
        guard caller.plan != .free else {
            throw EndpointFailure.zoom(.badRequest, code: 200, message: "Only available for paid account.")
        }
    }

    /// Webinar reports need the Webinar add-on: 400 code 200 "No permission." without it.
    func requireWebinars() throws {
        guard has(.webinars) else { throw EndpointFailure.zoom(.badRequest, code: 200, message: "No permission.") }
    }

    /// Dashboard endpoints need Business+ with the Dashboard enabled. Zoom words the refusal two
    /// ways (zoom-api.md §3, §8); the sandbox uses both, so clients meet both: below Business it
    /// is 400 code 200 "No permission.", on Business with the Dashboard off it is 400 code 400.
    func requireDashboard() throws {
        guard !has(.dashboard) else { return }
        if caller.plan == .business {
            throw EndpointFailure.zoom(.badRequest, code: 400, message: "This API is only available for ZMP and Business or higher accounts that have enabled the Dashboard feature.")
        }
        throw EndpointFailure.zoom(.badRequest, code: 200, message: "No permission.")
    }

    /// A query parameter that must be one of `allowed` (default when absent), else 400 code 300.
    func choice(_ name: String, default value: String, allowed: Set<String>) throws -> String {
        guard let given = query[name] else { return value }
        guard allowed.contains(given) else {
            throw EndpointFailure.zoom(.badRequest, code: 300, message: "Invalid parameter: \(name).")
        }
        return given
    }
}
