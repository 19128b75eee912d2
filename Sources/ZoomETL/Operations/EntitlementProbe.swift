import Extractors
import Foundation
import Records

/// One cheap request per stream to learn whether the account's plan and add-ons serve it.
///
/// Report streams ask for the smallest window; per-instance streams ask for one page of one
/// recent instance, taken from the same history listing the `meetings` probe reads (one request
/// serves both). Each request is paced and counted like any other, but never retried for long.
struct EntitlementProbe {
    let client: ZoomClient
    let account: String
    let today: CivilDate
    /// How far back the history listing looks for an instance to probe with.
    static let instanceLookbackDays = 7

    /// The history listing's result, shared by the `meetings` probe and the per-instance probes.
    enum History {
        case listed([MeetingInstance])
        case failed(any Error)
    }

    func probe(_ stream: CatalogStream, history: inout History?) async -> CheckResult {
        let check = "stream \(stream.name)"
        do {
            switch stream {
            case .report(let report) where report is DailyUsage:
                let month = "\(today.year)-\(today.month < 10 ? "0" : "")\(today.month)"
                _ = try await client.get(DailyUsage.endpoint, query: [("year", "\(today.year)"), ("month", "\(today.month)")], category: DailyUsage.category)
                return .ok(account, check, "GET \(DailyUsage.endpoint) for \(month): served")
            case .report(let report) where report is Meetings:
                switch await listHistory(&history) {
                case .listed(let instances):
                    return .ok(account, check, "GET \(Meetings.endpoint) for the last \(Self.instanceLookbackDays) days: served (\(instances.count) instances on its first page)")
                case .failed(let error as ZoomError) where error.isEntitlementError:
                    // The stream falls back to each active host's meetings (DESIGN.md): not a failure.
                    return .ok(account, check, "no history report on this plan (\(Self.sentence(error.reason))); runs list each active host's meetings instead")
                case .failed(let error):
                    throw error
                }
            case .report(let report):
                let stream = type(of: report)
                let day = today.adding(days: -1).description
                _ = try await client.get(stream.endpoint, query: [("type", "active"), ("from", day), ("to", day), ("page_size", "1")],
                                         category: stream.category)
                return .ok(account, check, "GET \(stream.endpoint)?type=active for \(day): served")
            case .perInstance(let child):
                return try await probe(child, check: check, history: &history)
            case .users:
                _ = try await client.graphQL(StreamRequirements.usersProbe, category: Users.category)
                return .ok(account, check, "GraphQL users(first: 1): served")
            }
        } catch {
            return Self.failure(account, check, error)
        }
    }

    private func probe(_ stream: any InstanceStream, check: String, history: inout History?) async throws -> CheckResult {
        let instances: [MeetingInstance]
        switch await listHistory(&history) {
        case .listed(let listed): instances = listed
        case .failed(let error as ZoomError) where error.isEntitlementError:
            return .skipped(account, check, "no instance to probe: the plan has no history report (\(Self.sentence(error.reason)))")
        case .failed(let error):
            return .skipped(account, check, "no instance to probe: listing recent instances failed (\(error))")
        }
        // Webinars have routes of their own; a meeting the stream would fetch is the fair test.
        guard let instance = instances.first(where: { !$0.isWebinar && stream.plan($0) == .fetch }) else {
            return .skipped(account, check, "no instance to probe: no meeting it would fetch ended in the last \(Self.instanceLookbackDays) days")
        }
        let endpoint = type(of: stream).endpoint
        let path = endpoint.replacingOccurrences(of: "{meetingId}", with: ZoomPath.meetingUUID(instance.uuid))
        do {
            _ = try await client.get(path, query: StreamRequirements.instanceProbeQuery[type(of: stream).descriptor.name] ?? [],
                                     category: type(of: stream).category)
        } catch let error as ZoomError where !error.isEntitlementError && !Self.isScopeError(error) && error.recovery == .failInstance {
            // One instance refused says nothing about the plan: Zoom may not have its data yet.
            return .skipped(account, check, "inconclusive: Zoom refused instance \(instance.uuid): \(error.reason)")
        }
        return .ok(account, check, "GET \(endpoint) for instance \(instance.uuid): served")
    }

    /// Lists recent instances once: `history_meetings` by end time, the last few days, newest first.
    private func listHistory(_ history: inout History?) async -> History {
        if let history { return history }
        let result: History
        do {
            let query = [("from", today.adding(days: -Self.instanceLookbackDays).description), ("to", today.description),
                         ("date_type", "end_time"), ("meeting_type", "all"), ("page_size", "30")]
            let document = try await client.get(Meetings.endpoint, query: query, category: Meetings.category)
            let instances = (document["history_meetings"]?.array ?? []).compactMap { record -> MeetingInstance? in
                let reader = RecordReader(record, endpoint: Meetings.endpoint)
                guard let uuid = try? reader.string("meeting_uuid"), let end = try? reader.instant("end_time") else { return nil }
                return MeetingInstance(uuid: uuid, isWebinar: (try? reader.text("type"))?.lowercased() == "webinar", endTime: end,
                                       participantsCount: (try? reader.optionalInt("participants")).map(Int.init))
            }
            result = .listed(instances.sorted { $0.endTime > $1.endTime })
        } catch {
            result = .failed(error)
        }
        history = result
        return result
    }

    /// Zoom's "does not contain scopes" answers (zoom-api.md §6: codes 4700 and 4711).
    static func isScopeError(_ error: ZoomError) -> Bool {
        if case .api(_, let code?, _) = error.kind { return code == 4700 || code == 4711 }
        return false
    }

    /// Zoom's message without its closing period, to go on in a longer sentence.
    static func sentence(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    /// What a failed probe means for the operator: the plan or scopes are theirs to fix (exit 2).
    static func failure(_ account: String, _ check: String, _ error: any Error) -> CheckResult {
        guard let zoom = error as? ZoomError else { return .failed(account, check, error) }
        if zoom.isEntitlementError {
            return .failed(account, check, .configuration,
                           "not entitled: \(sentence(zoom.reason)); runs skip this stream (remove it from the job, or add the plan or add-on)")
        }
        if isScopeError(zoom) {
            return .failed(account, check, .configuration, "missing scope: \(sentence(zoom.reason)); add it to the app in the Zoom App Marketplace")
        }
        return .failed(account, check, error)
    }
}
