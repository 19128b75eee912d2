import Testing
@testable import Extractors

@Suite struct RequestCountersTests {
    /// The wait is the time in which any request waited, not the sum over requests: ten workers
    /// waiting together for one second waited one second.
    @Test func overlappingWaitsCountOnce() {
        let start = ContinuousClock.now
        var counters = RequestCounters()
        counters.startWaiting(at: start)
        counters.startWaiting(at: start + .milliseconds(200))
        counters.stopWaiting(at: start + .milliseconds(600))
        #expect(counters.rateLimitWait(at: start + .milliseconds(800)) == .milliseconds(800), "a wait in progress counts so far")
        counters.stopWaiting(at: start + .seconds(1))
        counters.startWaiting(at: start + .seconds(3))
        counters.stopWaiting(at: start + .milliseconds(3_500))
        #expect(counters.rateLimitWait(at: start + .seconds(10)) == .milliseconds(1_500), "the gap between waits does not count")
    }
}
