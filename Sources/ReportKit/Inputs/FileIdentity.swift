import Foundation

/// What stat(2) says about a file, cheaply: the cache trusts an unchanged file only when all of these agree
/// (an edit that restores the size and the mtime still changes the ctime).
public struct FileIdentity: Sendable, Hashable {
    public var size: Int
    /// Modification and status-change times in nanoseconds since 1970.
    public var modifiedNanos: Int64
    public var changedNanos: Int64
    public var inode: UInt64

    public init(size: Int, modifiedNanos: Int64, changedNanos: Int64, inode: UInt64) {
        self.size = size
        self.modifiedNanos = modifiedNanos
        self.changedNanos = changedNanos
        self.inode = inode
    }

    init(_ info: stat) {
        self.init(size: Int(info.st_size),
                  modifiedNanos: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                  changedNanos: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                  inode: UInt64(info.st_ino))
    }

    /// The identity of the file at `path` now (following links), or nil when it cannot be stat'ed.
    static func of(_ path: RawPath) -> FileIdentity? {
        var info = stat()
        return path.withCString { stat($0, &info) } == 0 ? FileIdentity(info) : nil
    }

    /// Seconds since 1970 of the last modification.
    var modified: Double { Double(modifiedNanos) / 1e9 }

    static let none = FileIdentity(size: 0, modifiedNanos: 0, changedNanos: 0, inode: 0)
}

/// A file system path as the bytes the system gave: a name that is not UTF-8 ("caf\xe9.txt") still opens.
public struct RawPath: Sendable, Hashable {
    public var bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { bytes = Array(string.utf8) }

    func appending(_ name: [UInt8]) -> RawPath { RawPath(bytes + [0x2F] + name) }

    func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The path for people: UTF-8 as it is, any other byte as `\xNN`.
    public var display: String { Self.escaped(bytes) }

    static func escaped(_ bytes: some RandomAccessCollection<UInt8>) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        return escapedByByte(Array(bytes))
    }

    private static func escapedByByte(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            let length = utf8Length(bytes, at: i)
            if length > 0, let piece = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
                out += piece
                i += length
            } else {
                out += "\\x" + String(bytes[i], radix: 16, uppercase: false).leftPadded(2)
                i += 1
            }
        }
        return out
    }

    private static func utf8Length(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        let n = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
        return i + n <= bytes.count ? n : 0
    }

    /// Reads the whole file; nil with errno set when it cannot be opened or read.
    func contents() -> [UInt8]? {
        let fd = withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 ? max(0, Int(info.st_size)) : 0
        var result: [UInt8] = []
        result.reserveCapacity(size)
        // A chunk the size of the file (plus the byte that finds its end), not 64 KB: zeroing 64 KB for each of the
        // corpus's 27,494 files of ~2 KB cost more than reading them.
        var chunk = [UInt8](repeating: 0, count: min(1 << 16, max(4096, size + 1)))
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { return result }
            result.append(contentsOf: chunk[0..<n])
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
