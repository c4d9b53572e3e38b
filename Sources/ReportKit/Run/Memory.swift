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

    /// Blocks of 128 KB and more get pages of their own, and free memory at the top of a heap goes back to the system
    /// past 128 KB (glibc's `mallopt(M_MMAP_THRESHOLD)`, which also fixes `M_TRIM_THRESHOLD`; looked up at run time as
    /// `malloc_trim` is). By default glibc raises both thresholds as large blocks are freed (up to 32 and 64 MB): the
    /// lists that grow by doubling while the articles are read (the corpus's articles and figures, the cache's
    /// records) were then copied from heap block to heap block, leaving holes among the articles' long-lived strings,
    /// and the charts' pixel buffers stayed in the heaps once drawn. With the thresholds fixed, peak RSS on copies of
    /// the 27,494-article corpus fell by 7 / 20 / 20 MB at 1× / 2× / 4× (BENCHMARKS.md, mem8); the price
    /// is ~100,000 more page faults per run (the charts' buffers are mapped afresh, 0.1–0.3 s of system time). Does
    /// nothing where there is no such function. Whether the allocator took the setting.
    @discardableResult
    static func keepLargeBlocksApart() -> Bool {
        #if canImport(Glibc)
        typealias Option = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
        return unsafeBitCast(symbol, to: Option.self)(mmapThreshold, largeBlock) == 1
        #else
        return false
        #endif
    }

    /// The size from which `keepLargeBlocksApart` maps blocks on their own: glibc's starting value, kept.
    static let largeBlock: Int32 = 128 * 1024

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
