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

/// The last run's version of one output, mapped, with its pieces by key: what an encoder copies from.
final class FragmentSource: @unchecked Sendable {  // safe: immutable after init, the mapping is read-only
    private let file: MappedFile
    private let pieces: [[UInt64: Range<Int>]]

    /// Nil when there is nothing to copy from: no layout, another context, or a file that is no longer the one the
    /// manifest recorded (`recorded`): its identity and its XXH64 both differ (a user edited it), or ranges run past its end.
    init?(path: String, layout: FragmentLayout?, context: UInt64, recorded: RunManifest.Output?) {
        guard let layout, let recorded, layout.context == context else { return nil }
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let file = MappedFile(path: path),
              file.count == recorded.identity.size else { return nil }
        if FileIdentity(info) != recorded.identity {
            var hash = OutputHash()
            file.withBytes { hash.add($0) }
            guard hash.value == recorded.contentHash else { return nil }
        }
        var pieces: [[UInt64: Range<Int>]] = []
        for section in layout.sections {
            var byKey: [UInt64: Range<Int>] = [:]
            byKey.reserveCapacity(section.count)
            for f in section {
                guard f.range.upperBound <= file.count else { return nil }
                byKey[f.key] = f.range
            }
            pieces.append(byKey)
        }
        self.file = file
        self.pieces = pieces
    }

    /// Hands the bytes of the piece `key` of `section` to `copy`; false when the last run wrote no such piece.
    func copy(_ section: Int, _ key: UInt64, _ copy: (UnsafeRawBufferPointer) throws -> Void) rethrows -> Bool {
        guard section < pieces.count, let range = pieces[section][key] else { return false }
        try file.withBytes { try copy(UnsafeRawBufferPointer(rebasing: $0[range])) }
        return true
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

    /// "12 of 27,494 pieces encoded", under the file's time with `REPORT_GEN_TIMING`.
    func note(_ file: String) {
        guard ProcessInfo.processInfo.environment["REPORT_GEN_TIMING"] != nil else { return }
        FileHandle.standardError.write(Data("timing:     (\(file): \(encoded) of \(copied + encoded) pieces encoded)\n".utf8))
    }
}

/// The keys of the pieces: hashes of what each piece's bytes are made of. A fact's fields are not hashed: they are the
/// article's own, a function of its content (its hash) and of the analyser (in the context).
struct FragmentKeys {
    /// Article id → hash of its content.
    let contentHashes: [String: UInt64]

    /// Everything an article's object in stats.json (and the start of its row in articles.csv) is made of.
    func article(_ a: CorpusArticle, decoding: String?) -> UInt64? {
        guard let content = contentHashes[a.id] else { return nil }
        var h = FNV1a()
        h.add(String(content, radix: 16)); h.add(a.id); h.add(a.file)
        let m = a.metadata
        h.add(m.title ?? "\u{1}"); h.add(m.date ?? "\u{1}"); h.add(m.source ?? "\u{1}"); h.add(m.url ?? "\u{1}")
        h.add(m.language.rawValue); h.add(decoding ?? "\u{1}")
        return h.value
    }

    /// The figures first read in one article (`figures`, all with the same `article`): their ids and every place each
    /// was read, the other articles' included.
    func figures(_ figures: ArraySlice<CorpusFact>) -> UInt64? {
        guard let first = figures.first, let content = contentHashes[first.article] else { return nil }
        var h = FNV1a()
        h.add(String(content, radix: 16)); h.add(first.article)
        var numbers: [UInt8] = []
        numbers.reserveCapacity(64)
        for f in figures {
            h.add(f.id)
            numbers.removeAll(keepingCapacity: true)
            Self.append(f.sources.count, to: &numbers)
            h.add(bytes: numbers)
            for s in f.sources {
                h.add(s.article)
                numbers.removeAll(keepingCapacity: true)
                Self.append(s.start, to: &numbers); Self.append(s.end, to: &numbers); Self.append(s.index, to: &numbers)
                h.add(bytes: numbers)
            }
        }
        return h.value
    }

    /// An article's row in articles.csv: its object's key, with the display name the charts gave it.
    func articleRow(_ a: CorpusArticle, decoding: String?, name: String) -> UInt64? {
        guard let key = article(a, decoding: decoding) else { return nil }
        var h = FNV1a()
        h.add(String(key, radix: 16)); h.add(name)
        return h.value
    }

    private static func append(_ n: Int, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: Int64(n).littleEndian) { bytes.append(contentsOf: $0) }
    }
}
