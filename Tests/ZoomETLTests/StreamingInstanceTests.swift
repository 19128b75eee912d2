import Foundation
import Records
import TestSupport
import Testing
import ZoomSandbox

/// Large instances stream into PostgreSQL page by page (`InstanceFetch`): with the buffer at one
/// row every instance takes that path, which must leave exactly the warehouse the gathered path does.
@Suite struct StreamingInstanceTests {
    static let streamEverything = Reliability.fastClient.merging(["ZOOM_ETL_INSTANCE_BUFFER_ROWS": "1"]) { $1 }

    @Test func streamedInstancesLoadWhatGatheredOnesDoAndARerunChangesNothing() async throws {
        let reference = try await Reliability.reference()
        try await Reliability.withPipeline { pipeline in
            let first = try await pipeline.zoomETL(Reliability.backfill, overrides: Self.streamEverything)
            #expect(first.exitCode == 0, "\(first)")
            let streamed = try await WarehouseFingerprint.of(pipeline.databaseURL)
            #expect(streamed == reference, "streaming differs in \(streamed.differences(from: reference))")

            // The rerun replaces each instance that has rows through the staging path: identical
            // sets, so nothing is inserted, updated or deleted.
            let rerun = try await pipeline.zoomETL(Reliability.backfill, overrides: Self.streamEverything)
            #expect(rerun.exitCode == 0, "\(rerun)")
            #expect(try await WarehouseFingerprint.of(pipeline.databaseURL) == reference)
            let counts = try await pipeline.query("""
                SELECT sum((s.value->>'inserted')::int + (s.value->>'updated')::int + (s.value->>'deleted')::int)::text,
                       sum((s.value->>'rows')::int) > 0
                FROM etl.runs r, jsonb_each(r.streams) s
                WHERE r.run_id = (SELECT max(run_id) FROM etl.runs) AND s.key LIKE 'meeting_%'
                """)
            #expect(counts == [["0", "t"]])
        }
    }
}
