import Extractors
import Foundation
import Records
import Warehouse

/// One period of a replace-by-parent report stream (a month of `active_hosts`), written page by
/// page into one transaction as its listing arrives: the set never waits in memory whole, and it
/// still replaces the period's rows at once, with its rejects and the checkpoint it earns, or
/// not at all (zoom-api.md §2: a period's set is only known once its listing is complete).
struct ParentSetLoad {
    let warehouse: Warehouse
    let stream: StreamDescriptor
    let account: String
    let runId: Int64
    private var open: ParentReplacement?
    /// What the set's pages carried besides rows, written at commit.
    private var bookkeeping = Page(rows: [], requests: 0)

    init(warehouse: Warehouse, stream: StreamDescriptor, account: String, runId: Int64) {
        self.warehouse = warehouse
        self.stream = stream
        self.account = account
        self.runId = runId
    }

    /// Writes the page into its parent's set, starting the set at its first page and over again
    /// after a restarted listing. A page with a checkpoint closes the set: it commits, and its
    /// stats and requests are returned, with the page of what the set carried besides rows (its
    /// rejects, for the log); earlier pages return nil.
    mutating func write(_ page: Page, restarted: Bool) async throws -> (stats: LoadStats, requests: Int, carried: Page)? {
        guard let parent = page.parent else {
            throw WarehouseError(.protocolViolation, "\(stream.name): a replace-by-parent page needs its parent", query: "replace.begin")
        }
        if let current = open, current.parentValues != parent {
            throw WarehouseError(.protocolViolation, "\(stream.name): a new period began before the last one closed", query: "replace.begin")
        }
        if open == nil {
            open = try await warehouse.beginReplacement(of: parent, in: stream, account: account, runId: runId)
        } else if restarted {
            try await warehouse.restart(&open!)
            bookkeeping = Page(rows: [], requests: bookkeeping.requests)
        }
        try await warehouse.write(page.rows, to: &open!)
        bookkeeping.rejects += page.rejects
        bookkeeping.nullifiedValues += page.nullifiedValues
        bookkeeping.unparsableValues += page.unparsableValues
        UnparsableValue.keep(page.unparsableExamples, in: &bookkeeping.unparsableExamples)
        bookkeeping.requests += page.requests
        guard let checkpoint = page.checkpoint, let replacement = open else { return nil }
        let stats = try await warehouse.commit(replacement, rejects: bookkeeping.rejects, nullified: bookkeeping.nullifiedValues,
                                               unparsable: bookkeeping.unparsableValues, progress: nil, checkpoint: checkpoint)
        let closed = bookkeeping
        open = nil
        bookkeeping = Page(rows: [], requests: 0)
        return (stats, closed.requests, closed)
    }

    /// ROLLBACKs a set left open by a failed or cancelled listing: the period keeps its old rows.
    mutating func abandon() async {
        guard let replacement = open else { return }
        open = nil
        await warehouse.abandon(replacement)
    }
}
