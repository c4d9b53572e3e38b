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
}
