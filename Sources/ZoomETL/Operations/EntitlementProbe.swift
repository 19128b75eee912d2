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
        let declaration = stream.declaration
        do {
            switch stream {
            case .report where declaration.name == Meetings.instances.stream:
                // The parent's probe is the listing the child probes take their instance from.
                switch await listHistory(&history) {
                case .listed(let instances):
                    return .ok(account, check, "GET \(declaration.endpoint) for the last \(Self.instanceLookbackDays) days: served (\(instances.count) instances on its first page)")
                case .failed(let error as ZoomError) where error.recovery == .skipStream:
                    // The stream falls back to each active host's meetings (DESIGN.md): not a failure.
                    return .ok(account, check, "no history report on this plan (\(Self.sentence(error.reason))); runs list each active host's meetings instead")
                case .failed(let error):
                    throw error
                }
            case .report(let report):
                // The smallest window there is: yesterday, one record.
                let day = today.adding(days: -1)
                let request = report.request(for: DateRange(from: day, to: day)!)
                _ = try await client.get(request.path, query: request.query + declaration.paging.pageSizeQuery(1), category: declaration.category)
                return .ok(account, check, "GET \(request.path) for \(day): served")
            case .perInstance(let child):
                return try await probe(child, check: check, history: &history)
            case .snapshot(let snapshot):
                _ = try await client.graphQL(type(of: snapshot).probeQuery, category: declaration.category)
                let connection = if case .graphQLCursor(let name, _) = declaration.paging { name } else { "\(declaration.name)" }
                return .ok(account, check, "GraphQL \(connection)(first: 1): served")
            }
        } catch {
            return Self.failure(account, check, error)
        }
    }

    private func probe(_ stream: any InstanceStream, check: String, history: inout History?) async throws -> CheckResult {
        let instances: [MeetingInstance]
        switch await listHistory(&history) {
        case .listed(let listed): instances = listed
        case .failed(let error as ZoomError) where error.recovery == .skipStream:
            return .skipped(account, check, "no instance to probe: the plan has no history report (\(Self.sentence(error.reason)))")
        case .failed(let error):
            return .skipped(account, check, "no instance to probe: listing recent instances failed (\(error))")
        }
        // Webinars have routes of their own; a meeting the stream would fetch is the fair test.
        guard let instance = instances.first(where: { !$0.isWebinar && stream.plan($0) == .fetch }) else {
            return .skipped(account, check, "no instance to probe: no meeting it would fetch ended in the last \(Self.instanceLookbackDays) days")
        }
        let declaration = type(of: stream).declaration
        let request = stream.request(for: instance)
        do {
            _ = try await client.get(request.path, query: request.query + declaration.paging.pageSizeQuery(1), category: declaration.category)
        } catch let error as ZoomError where error.recovery == .failInstance {
            // One instance refused says nothing about the plan: Zoom may not have its data yet.
            return .skipped(account, check, "inconclusive: Zoom refused instance \(instance.uuid): \(error.reason)")
        }
        return .ok(account, check, "GET \(declaration.endpoint) for instance \(instance.uuid): served")
    }

    /// Lists recent instances once: `history_meetings` by end time, the last few days, newest first.
    private func listHistory(_ history: inout History?) async -> History {
        if let history { return history }
        let result: History
        do {
            let request = Meetings().request(for: DateRange(from: today.adding(days: -Self.instanceLookbackDays), to: today)!)
            let document = try await client.get(request.path, query: request.query + Meetings.declaration.paging.pageSizeQuery(30),
                                                category: Meetings.category)
            let instances = (document[Meetings.declaration.paging.itemsKey]?.array ?? []).compactMap { record -> MeetingInstance? in
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

    private static func reason(_ error: any Error) -> String {
        (error as? ZoomError)?.reason ?? "\(error)"
    }

    /// Zoom's message without its closing period, to go on in a longer sentence.
    static func sentence(_ text: String) -> String {
        text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    /// What a failed probe means for the operator: the plan or scopes are theirs to fix (exit 2).
    static func failure(_ account: String, _ check: String, _ error: any Error) -> CheckResult {
        switch Recovery(for: error) {
        case .skipStream:
            return .failed(account, check, .configuration,
                           "not entitled: \(sentence(reason(error))); runs skip this stream (remove it from the job, or add the plan or add-on)")
        case .fatal(.missingScope):
            return .failed(account, check, .configuration, "missing scope: \(sentence(reason(error))); add it to the app in the Zoom App Marketplace")
        default:
            return .failed(account, check, error)
        }
    }
}
