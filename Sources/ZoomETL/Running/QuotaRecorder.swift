import Extractors
import Foundation
import Logging
import Records
import Warehouse

/// Keeps `etl.quota_usage` in step with the client's daily ledger while a run sends requests,
/// so the next run of the same UTC day knows what is left of Zoom's daily cap.
struct QuotaRecorder: Sendable {
    let quota: DailyQuota
    let warehouse: Warehouse
    let accountId: String
    let runId: Int64
    let logger: Logger

    /// A ledger holding what earlier runs spent today (UTC), for the plan's caps.
    static func load(warehouse: Warehouse, accountId: String, runId: Int64, plan: ZoomPlan, logger: Logger,
                     now: @escaping @Sendable () -> Date) async throws -> QuotaRecorder {
        let stored = try await warehouse.quotaUsage(account: accountId, utcDay: DailyQuota.utcDay(now()))
        let used = Dictionary(stored.compactMap { name, requests in RateLimitCategory(rawValue: name).map { ($0, requests) } },
                              uniquingKeysWith: +)
        let quota = DailyQuota(caps: plan.dailyCaps, usedToday: used, now: now)
        for cap in plan.dailyCaps {
            let category = cap.categories.sorted { $0.rawValue < $1.rawValue }[0]
            logger.debug("daily cap", metadata: ["categories": "\(cap.categories.map(\.rawValue).sorted())", "limit": "\(cap.limit)",
                                                 "left": "\(quota.remaining(category) ?? cap.limit)"])
        }
        return QuotaRecorder(quota: quota, warehouse: warehouse, accountId: accountId, runId: runId, logger: logger)
    }

    /// Writes what was spent since the last save; on failure it stays for the next save.
    /// `target` replaces the run's session when that one is lost.
    func save(into target: Warehouse? = nil) async {
        let usage = quota.takeUnsaved()
        guard !usage.isEmpty else { return }
        do {
            try await (target ?? warehouse).addQuotaUsage(account: accountId, runId: runId, usage.map { ($0.utcDay, $0.category.rawValue, $0.requests) })
        } catch {
            quota.restoreUnsaved(usage)
            logger.warning("could not record Zoom request counts; retrying with the next save", metadata: ["event": "quota_not_recorded", "error": "\(error)"])
        }
    }

    /// Saves every `interval` until cancelled, so a crash loses at most that much counting.
    ///
    /// On a session of its own (`openSession`, opened at the first save): the run's session may
    /// be inside a transaction that spans pages (a month of `active_hosts`), which a save there
    /// would join, or commit half-way.
    func saveRegularly(every interval: Duration = .seconds(5), openSession: @Sendable () async throws -> Warehouse) async {
        var session: Warehouse?
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            guard !Task.isCancelled, quota.hasUnsaved else { continue }
            if session == nil {
                do {
                    session = try await openSession()
                } catch {
                    logger.warning("could not open a session to record Zoom request counts; retrying with the next save",
                                   metadata: ["event": "quota_not_recorded", "error": "\(error)"])
                    continue
                }
            }
            await save(into: session)
        }
        await session?.close()
    }
}
