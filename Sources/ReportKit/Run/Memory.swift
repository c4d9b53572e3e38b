import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process's heap, as the operating system sees it.
enum Memory {
    /// Gives memory freed inside the allocator's heaps back to the system (glibc's `malloc_trim`, looked up at run
    /// time: Swift's Glibc module does not declare it). Each thread allocates from a heap of its own, and one
    /// thread's free memory does not serve another: after the reading threads free the analyses, the drawing threads
    /// would otherwise take new pages and the peak would not fall. Does nothing where there is no such function.
    static func returnFreed() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }

    /// Prints the allocator's own account on stderr (glibc's `malloc_stats`: system and in-use bytes per heap), when
    /// REPORT_GEN_HEAP is set: what of the peak RSS is live data and what is freed memory the heaps keep.
    static func printHeapStatistics(after phase: String) {
        #if canImport(Glibc)
        guard ProcessInfo.processInfo.environment["REPORT_GEN_HEAP"] != nil,
              let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_stats") else { return }
        FileHandle.standardError.write(Data("heap after \(phase):\n".utf8))
        typealias Stats = @convention(c) () -> Void
        unsafeBitCast(symbol, to: Stats.self)()
        #endif
    }
}
