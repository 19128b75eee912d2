import Foundation
import Records

/// Faults and entitlements tests set, and ground truth read on the sandbox's clock.
extension ZoomSandbox {
    /// From now on every child call for instance `uuid` (participants, QoS, QoS summary; meeting or
    /// webinar routes) answers `status` with `{"code":code,"message":message}`, after authentication
    /// and rate limiting (so it spends budget, as Zoom's errors do), until `serveInstance(uuid)`.
    /// `uuid` is the UUID itself, not its encoding.
    public func refuseInstance(_ uuid: String, status: Int, code: Int, message: String) {
        state.refusals.refuse(uuid, .init(status: status, code: code, message: message))
    }

    /// Undoes `refuseInstance(uuid, ...)`.
    public func serveInstance(_ uuid: String) {
        state.refusals.serve(uuid)
    }

    /// Turns a feature of the account on or off for every request from now on (zoom-api.md §8):
    /// `historyMeetings` off → history_meetings answers 400 code 200 "No permission."; `dashboard`
    /// off → QoS endpoints answer 400 code 200 (below Business) or code 400 (Business); `qss` off →
    /// qos_summary answers 400 code 200 "Event subscription not found. ..."; `webinars` off → the
    /// webinar report and metrics routes answer 400 code 200. The synthetic data does not change.
    public func setEntitlement(accountId: String, _ feature: SandboxFeature, enabled: Bool) {
        state.entitlements.set(feature, enabled: enabled, accountId: accountId)
    }

    /// The account's features now.
    public func entitlements(accountId: String) -> Set<SandboxFeature> {
        state.entitlements.all(accountId: accountId)
    }

    /// Every `next_page_token` and GraphQL cursor issued so far is now invalid (400 code 300, or
    /// GraphQL's code "300" error: `UsersSchema.expiredCursor`), as if `pageTokenLifetime` had passed.
    public func expirePageTokens() {
        state.pageTokens.expireAll()
    }

    /// Replaces the fault plan (nil: no injected faults from now on) and resets its draws and counts.
    public func setFaultPlan(_ plan: FaultPlan?) {
        state.chaos.set(plan)
    }

    /// The fault plan in force.
    public var faultPlan: FaultPlan? { state.chaos.plan }

    /// How often each fault was injected since the plan was set.
    public var injectedFaults: [SandboxFault: Int] { state.chaos.injected }

    /// Every access token issued so far, revoked and expired ones included: what must never leak.
    public var issuedTokens: [String] { state.tokens.everIssued }

    /// Instances that have ended by the sandbox's now with `end_time` on `from`...`to` (account time
    /// zone), in history_meetings order: what `date_type=end_time&meeting_type=all` serves.
    public func endedInstances(accountId: String, from: CivilDate, to: CivilDate) -> [SyntheticMeeting] {
        groundTruth(accountId: accountId).endedInstances(from: from, to: to, asOf: now)
    }
}
