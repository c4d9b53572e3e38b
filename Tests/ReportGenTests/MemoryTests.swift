import Foundation
import Testing
@testable import ReportKit
#if canImport(Glibc)
import Glibc
#endif

/// The allocator settings a run makes (issue 10 item 4: memory that does not grow with the corpus).
@Suite("memory")
struct MemoryTests {
    #if canImport(Glibc)
    /// Once a large block is freed, glibc serves blocks below its size from the heap; after `keepLargeBlocksApart` a
    /// block of 24 MB is mapped on its own again (glibc marks such a chunk with bit 2 of the size word before it). So
    /// large that no free space in the test process's heaps serves it (other tests free large blocks too).
    @Test func largeBlocksAreMappedOnTheirOwn() {
        free(malloc(30 << 20))
        Memory.keepLargeBlocksApart()
        let block = malloc(24 << 20)!
        defer { free(block) }
        let sizeWord = block.load(fromByteOffset: -MemoryLayout<UInt>.size, as: UInt.self)
        #expect(sizeWord & 2 != 0)
    }
    #endif
}
