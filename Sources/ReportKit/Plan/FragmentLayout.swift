import Foundation
import Stats

/// Where each article's pieces lie in a file the last run wrote (stats.json, facts.csv, articles.csv): a run that
/// added one article copies the pieces of the 27,000 others from the old file instead of encoding them again.
///
/// A piece is named by a key, a hash of everything its bytes are made from (the article's id, content hash, metadata,
/// the places of its figures); `context` covers what every piece depends on (format, generator, analyser, lexicon).
/// The layout is kept in the run manifest beside the file's content hash, so it describes the bytes the manifest
/// vouches for; a file edited since (other identity and other hash) is encoded whole.
struct FragmentLayout: Equatable, Sendable {
    /// Part of every context: bump it when the keys are made differently.
    static let version = "fragments 1"

    struct Fragment: Equatable, Sendable {
        var key: UInt64
        var range: Range<Int>
    }

    var context: UInt64
    /// One list per section of the file, in file order.
    var sections: [[Fragment]]

    init(context: UInt64, sections: Int) {
        self.context = context
        self.sections = Array(repeating: [], count: sections)
    }

    mutating func record(_ section: Int, key: UInt64, _ range: Range<Int>?) {
        if let range, !range.isEmpty { sections[section].append(Fragment(key: key, range: range)) }
    }

    /// Keys as 8 raw bytes (a hash is as long as its varint), ranges as varints of the gap since the last piece.
    func encoded() -> [UInt8] {
        var w = BinaryWriter()
        w.uint64(context)
        w.int(sections.count)
        for section in sections {
            w.int(section.count)
            var last = 0
            for f in section {
                w.fixed64(f.key)
                w.int(f.range.lowerBound - last); w.int(f.range.count)
                last = f.range.upperBound
            }
        }
        return w.drain()
    }

    static func decode(_ bytes: [UInt8]) -> FragmentLayout? {
        bytes.withUnsafeBufferPointer { buffer in
            var r = BinaryReader(buffer)
            return try? read(&r)
        }
    }

    private static func read(_ r: inout BinaryReader) throws -> FragmentLayout {
        var layout = FragmentLayout(context: try r.uint64(), sections: try r.count())
        for s in layout.sections.indices {
            var last = 0
            for _ in 0..<(try r.count()) {
                let key = try r.fixed64()
                let start = last + (try r.int()), count = try r.int()
                guard start >= last, count >= 0 else { throw BinaryReader.Damaged() }
                layout.sections[s].append(Fragment(key: key, range: start..<(start + count)))
                last = start + count
            }
        }
        guard r.atEnd else { throw BinaryReader.Damaged() }
        return layout
    }
}

/// The last run's version of one output, with its pieces by key: what an encoder copies from. Read in windows of a
/// few megabytes as the pieces are copied (in file order), so the old file never sits whole in memory.
final class FragmentSource: @unchecked Sendable {  // safe: one encoder copies from it at a time (the window)
    private let descriptor: Int32
    private let size: Int
    private let pieces: [[UInt64: Range<Int>]]
    private var window: [UInt8] = []
    private var windowStart = 0
    /// How much of `window` holds the file's bytes from `windowStart`.
    private var filled = 0
    private static let windowSize = 4 << 20

    /// Nil when there is nothing to copy from: no layout, another context, or a file that is no longer the one the
    /// manifest recorded (`recorded`): its identity and its XXH64 both differ (a user edited it), or ranges run past its end.
    init?(path: String, layout: FragmentLayout?, context: UInt64, recorded: RunManifest.Output?) {
        guard let layout, let recorded, layout.context == context else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == recorded.identity.size,
              FileIdentity(info) == recorded.identity || Self.hash(fd, size: Int(info.st_size)) == recorded.contentHash else {
            close(fd)
            return nil
        }
        var pieces: [[UInt64: Range<Int>]] = []
        for section in layout.sections {
            var byKey: [UInt64: Range<Int>] = [:]
            byKey.reserveCapacity(section.count)
            for f in section {
                guard f.range.upperBound <= Int(info.st_size) else { close(fd); return nil }
                byKey[f.key] = f.range
            }
            pieces.append(byKey)
        }
        descriptor = fd
        size = Int(info.st_size)
        self.pieces = pieces
    }

    deinit { close(descriptor) }

    /// Hands the bytes of the piece `key` of `section` to `copy`; false when the last run wrote no such piece (or it
    /// can no longer be read).
    func copy(_ section: Int, _ key: UInt64, _ copy: (UnsafeRawBufferPointer) throws -> Void) rethrows -> Bool {
        guard section < pieces.count, let range = pieces[section][key], cover(range) else { return false }
        try window.withUnsafeBytes { try copy(UnsafeRawBufferPointer(rebasing: $0[(range.lowerBound - windowStart)..<(range.upperBound - windowStart)])) }
        return true
    }

    /// Whether `range` is in the window, read from the file from its start when it was not.
    private func cover(_ range: Range<Int>) -> Bool {
        if range.lowerBound >= windowStart, range.upperBound <= windowStart + filled { return true }
        let count = min(max(Self.windowSize, range.count), size - range.lowerBound)
        // One buffer, refilled: a new 4 MB array per window left the heap larger at the end of the run.
        if window.count < count { window = [UInt8](repeating: 0, count: count) }
        let read = window.withUnsafeMutableBytes {
            PositionalIO.read(descriptor, at: range.lowerBound, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<count]))
        }
        windowStart = range.lowerBound
        filled = read ? count : 0
        return read && range.count <= count
    }

    /// XXH64 of the whole file, as the manifest recorded it.
    private static func hash(_ fd: Int32, size: Int) -> UInt64? {
        var h = OutputHash(), offset = 0
        var chunk = [UInt8](repeating: 0, count: min(windowSize, size))
        while offset < size {
            let count = min(windowSize, size - offset)
            guard chunk.withUnsafeMutableBytes({ PositionalIO.read(fd, at: offset, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<count])) })
            else { return nil }
            chunk.withUnsafeBytes { h.add(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            offset += count
        }
        return h.value
    }
}

/// A file's pieces being written: copied from the last run's file where their key is there, encoded otherwise, and
/// recorded for the next run either way.
struct FragmentSplicer {
    let source: FragmentSource?
    private(set) var layout: FragmentLayout

    init(source: FragmentSource?, context: UInt64, sections: Int) {
        self.source = source
        layout = FragmentLayout(context: context, sections: sections)
    }

    /// Pieces copied and pieces encoded so far: for `REPORT_GEN_TIMING` and tests.
    private(set) var copied = 0, encoded = 0

    /// Hands the last run's bytes of piece `key` to `splice`; false (and `encode` it) when there are none.
    mutating func copy(_ section: Int, _ key: UInt64?, _ splice: (UnsafeRawBufferPointer) throws -> Void) rethrows -> Bool {
        if let key, let source, try source.copy(section, key, splice) {
            copied += 1
            return true
        }
        encoded += 1
        return false
    }

    mutating func record(_ section: Int, key: UInt64?, _ range: Range<Int>?) {
        if let key { layout.record(section, key: key, range) }
    }

    /// "12 of 27,494 pieces encoded" and the CPU time of the thread since `started` (`threadCPU`), under the file's time
    /// with `REPORT_GEN_TIMING`: the lanes run side by side, so a file's wall time says little of its cost.
    func note(_ file: String, started: Double) {
        guard ProcessInfo.processInfo.environment["REPORT_GEN_TIMING"] != nil else { return }
        let cpu = String(format: "%.3f", Self.threadCPU() - started)
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let rss = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) } ?? "?"
        FileHandle.standardError.write(Data("timing:     (\(file): \(encoded) of \(copied + encoded) pieces encoded, CPU \(cpu) s, RSS \(rss))\n".utf8))
    }

    /// CPU seconds of the calling thread.
    static func threadCPU() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

/// The keys of the pieces: hashes of what each piece's bytes are made of. A fact's fields are not hashed: they are the
/// article's own, a function of its content (its hash) and of the analyser (in the context).
struct FragmentKeys {
    /// The hash of each article's content.
    let contentHashes: ContentHashes

    /// Everything an article's object in stats.json (and the start of its row in articles.csv) is made of.
    func article(_ a: CorpusArticle, decoding: String?) -> UInt64? {
        guard let content = contentHashes[a.id] else { return nil }
        var h = PieceHash()
        h.add(content); h.add(a.id); h.add(a.file)
        let m = a.metadata
        h.add(m.title); h.add(m.date); h.add(m.source); h.add(m.url); h.add(m.language.rawValue); h.add(decoding)
        return h.value
    }

    /// The figures first read in one article (`figures`, all with the same `article`): every place each was read, the
    /// other articles' included. A figure's id is its first place's (article and index), so it is not hashed again.
    func figures(_ figures: ArraySlice<CorpusFact>) -> UInt64? {
        guard let first = figures.first, let content = contentHashes[first.article] else { return nil }
        var h = PieceHash()
        h.add(content); h.add(first.article)
        for f in figures {
            h.add(UInt64(f.sources.count))
            if f.sources.isEmpty { h.add(f.id) }
            for s in f.sources {
                // Most places are in the figure's own article: its name is hashed once, above.
                if s.article == first.article { h.add(0) } else { h.add(1); h.add(s.article) }
                h.add(UInt64(bitPattern: Int64(s.start))); h.add(UInt64(bitPattern: Int64(s.end))); h.add(UInt64(bitPattern: Int64(s.index)))
            }
        }
        return h.value
    }

    /// An article's row in articles.csv: its object's key, with the display name the charts gave it.
    func articleRow(_ a: CorpusArticle, decoding: String?, name: String) -> UInt64? {
        guard let key = article(a, decoding: decoding) else { return nil }
        var h = PieceHash()
        h.add(key); h.add(name)
        return h.value
    }
}

/// A 64-bit hash fed whole words: XXH64's round on one lane, and its final mix. Strings go in 8 bytes at a time with
/// their length (FNV-1a, a byte at a time, was most of the cost of copying a file's pieces).
struct PieceHash {
    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87, p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F, p3: UInt64 = 0x1656_67B1_9E37_79F9
    private var h: UInt64 = 0x27D4_EB2F_1656_67C5

    mutating func add(_ word: UInt64) {
        let round = (word &* Self.p2).rotated(31) &* Self.p1
        h = (h ^ round).rotated(27) &* Self.p1 &+ Self.p3
    }

    /// A string and its length, so that ("ab", "c") and ("a", "bc") differ; nil differs from every string.
    mutating func add(_ s: String?) {
        guard var s else { add(UInt64.max); return }
        s.withUTF8 { utf8 in
            add(UInt64(utf8.count))
            guard let base = utf8.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i + 8 <= utf8.count {
                add(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            var tail: UInt64 = 0
            for (k, b) in utf8[i...].enumerated() { tail |= UInt64(b) << (8 * UInt64(k)) }
            if i < utf8.count { add(tail) }
        }
    }

    var value: UInt64 {
        var x = h
        x ^= x >> 33; x &*= Self.p2; x ^= x >> 29; x &*= Self.p3; x ^= x >> 32
        return x
    }
}

private extension UInt64 {
    func rotated(_ n: UInt64) -> UInt64 { (self << n) | (self >> (64 - n)) }
}
