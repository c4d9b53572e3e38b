import Testing
@testable import ReportKit

/// The allocator settings a run makes (issue 10 item 4: memory that does not grow with the corpus).
@Suite("memory")
struct MemoryTests {
    #if canImport(Glibc)
    /// glibc takes the fixed threshold (mallopt answers 1). Where the block then comes from cannot be checked inside
    /// the test process: blocks other tests freed may serve it from a heap whatever the threshold (BENCHMARKS.md,
    /// mem8, measures the effect on peak RSS).
    @Test func theAllocatorTakesTheThreshold() {
        #expect(Memory.keepLargeBlocksApart())
    }
    #endif
}
