import Foundation

/// Cache records encoded as the articles are read, kept until the commit copies them into analyses.bin. They wait
/// in an unlinked temporary file, whose pages belong to the kernel's cache rather than to the process: so the
/// analyses can leave memory as soon as the statistics are made from them, and analyses.bin is still written whole.
/// A record that cannot be written to the file (no temporary folder, a full disk) is kept in memory instead.
final class RecordSpill: @unchecked Sendable {  // safe: every mutable field is read and written under `lock`
    private let fd: Int32
    private let lock = NSLock()
    private var end = 0
    /// Record number → where its bytes are in the file, or the bytes themselves.
    private var places: [Place] = []

    private enum Place {
        case file(Range<Int>)
        case memory([UInt8])
    }

    /// `folder` is where the temporary file goes (the system's temporary folder by default).
    init(folder: String = NSTemporaryDirectory()) {
        var template = Array(((folder.hasSuffix("/") ? folder : folder + "/") + "report-gen-records.XXXXXX").utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        // Close-on-exec: a process started meanwhile (a test, a shell-out) must not inherit it.
        if fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        // Unlinked at once: the file goes when the process does, however it ends.
        if fd >= 0 { _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) } }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Whether records go to a file (false: all of them are kept in memory).
    var isOnDisk: Bool { fd >= 0 }

    /// Keeps one record's bytes; its number, for `copy`.
    func keep(_ record: [UInt8]) -> Int {
        let start: Int? = lock.withLock {
            guard fd >= 0 else { return nil }
            defer { end += record.count }
            return end
        }
        var place = Place.memory(record)
        if let start, PositionalIO.write(record, to: fd, at: start) { place = .file(start..<(start + record.count)) }
        return lock.withLock {
            places.append(place)
            return places.count - 1
        }
    }

    /// Appends record `n` as it was kept; false when it cannot be read back.
    func copy(_ n: Int, into out: inout [UInt8]) -> Bool {
        guard let place = lock.withLock({ places.indices.contains(n) ? places[n] : nil }) else { return false }
        switch place {
        case .memory(let bytes):
            out += bytes
            return true
        case .file(let range):
            let start = out.count
            out += repeatElement(0, count: range.count)
            let read = out.withUnsafeMutableBytes { buffer in
                PositionalIO.read(fd, at: range.lowerBound, into: UnsafeMutableRawBufferPointer(rebasing: buffer[start...]))
            }
            if !read { out.removeSubrange(start...) }
            return read
        }
    }
}
