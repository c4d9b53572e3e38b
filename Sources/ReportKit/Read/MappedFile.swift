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

    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }
}
