import Foundation

/// A file mapped read-only into memory: the cache is read where it lies, and only the records a run uses are
/// decoded. The mapping outlives a rename of the file (the next run's cache replacing it).
final class MappedFile: @unchecked Sendable {  // safe: the mapping is read-only and immutable after init
    private let base: UnsafeRawPointer?
    let count: Int

    /// Nil when the path is missing, not a regular file, or cannot be mapped (all read as "no cache").
    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        count = Int(info.st_size)
        if count == 0 {
            base = nil
            return
        }
        let mapped = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let mapped, mapped != MAP_FAILED else { return nil }
        base = UnsafeRawPointer(mapped)
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), count) }
    }

    /// Gives the pages of `range` back to the system: a run's memory holds a page of the file only while it reads it,
    /// not from then to the end. Nothing else changes: a page read again is read again from the file.
    func release(_ range: Range<Int>) {
        guard let base, !range.isEmpty else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = range.lowerBound / page * page, end = min(count, range.upperBound)
        guard start < end else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }

    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }
}
