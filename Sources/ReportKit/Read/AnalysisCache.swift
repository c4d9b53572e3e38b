import Foundation
import Stats

/// Per-article results from earlier runs, in `Output/.cache/analyses.bin`, so a run after adding or
/// editing one article analyses only that article.
///
/// Results are keyed by what an analysis is made of: the article's bytes and the title a manifest beside the folder
/// gives it (a 64-bit FNV-1a hash of both, `ArticleReader.analysisKey`), so editing one title re-analyses that article
/// alone; the whole cache is tied to
/// the analyser's format and the lexicon's fingerprint, and dropped when either changes. A file is trusted
/// without being read again only when its path, size, modification time (ns), status-change time (ns),
/// inode and title all match the record. Each record carries a CRC-32 and is decoded only when used; a damaged record
/// is dropped, and its article analysed again.
final class AnalysisCache: @unchecked Sendable {  // safe: immutable after init; lookups only read
    /// What reading one file gave: an analysis (with how it was decoded) or a reason to skip it.
    /// Boxed (`indirect`): an entry per file lives to the end of the run, and an analysis stored inline made every
    /// entry ~250 bytes long even once the analysis was folded away.
    indirect enum Outcome: Equatable {
        case analysed(ArticleAnalysis, decoding: String?, warnings: [String])
        case skipped(String)
        /// Analysed (as article `id`), and folded into the statistics: the analysis left memory and lives on in the
        /// entry's record (kept in a `RecordSpill` or in the last cache), which is copied into the next cache as it is.
        case folded(id: String, decoding: String?, warnings: [String])

        /// The outcome once its analysis is folded into the statistics.
        var folded: Outcome {
            guard case .analysed(let analysis, let decoding, let warnings) = self else { return self }
            return .folded(id: analysis.id, decoding: decoding, warnings: warnings)
        }

        var isFolded: Bool {
            if case .folded = self { return true }
            return false
        }
    }

    struct Entry: Equatable {
        var path: String
        var identity: FileIdentity
        /// FNV-1a of the file's bytes and its title (`ArticleReader.analysisKey`); 0 when the file could not be read
        /// (such entries are not cached).
        var contentHash: UInt64
        /// FNV-1a of the title the manifest gave the article, 0 without one: an unchanged file under another title is
        /// analysed again.
        var titleHash: UInt64 = 0
        var outcome: Outcome
    }

    static let relativePath = ".cache/analyses.bin"
    /// 3: how the file was decoded and its warnings come before the analysis, so a run reads them (and the analysis's
    /// id and file) without decoding the analysis (`unchangedFolded`).
    /// 4: the title's hash after the file's identity.
    private static let magic = "report-gen analyses 4"

    private let file: MappedFile?
    private var frames: [(payload: Range<Int>, crc: UInt32)] = []
    private var byPath: [String: Int] = [:]
    private var byHash: [UInt64: Int] = [:]

    /// An empty cache.
    init() { file = nil }

    /// Maps the cache of an output folder; a missing, stale or damaged cache is an empty one, a damaged record a missing one.
    init(mapping path: String, stamp: String) {
        file = MappedFile(path: path)
        file?.withBytes { bytes in
            let all = Framing.frames(in: bytes)
            guard let header = all.first, Self.verified(bytes, header),
                  Self.header(bytes, header.payload) == Self.magic + "\n" + stamp else { return }
            frames = Array(all.dropFirst())
            for (i, frame) in frames.enumerated() {
                guard let key = Self.key(bytes, frame.payload) else { continue }
                byPath[key.path] = i
                byHash[key.hash] = i
            }
        }
    }

    static func load(from output: URL, stamp: String) -> AnalysisCache {
        AnalysisCache(mapping: output.appendingPathComponent(relativePath).path, stamp: stamp)
    }

    /// The entry of a file whose path, size, times, inode and title are unchanged.
    func unchanged(_ article: ArticleFile, titleHash: UInt64 = 0) -> Entry? { unchangedRecord(article, titleHash: titleHash)?.entry }

    /// The entry of an unchanged file with the number of its record, which `encode` can copy as it is.
    func unchangedRecord(_ article: ArticleFile, titleHash: UInt64 = 0) -> (entry: Entry, record: Int)? {
        guard let i = byPath[article.displayPath], let e = entry(i), e.identity == article.identity, e.path == article.displayPath,
              e.titleHash == titleHash else { return nil }
        return (e, i)
    }

    /// The entry of an unchanged file, folded without decoding its analysis, with the number of its record: for a run
    /// whose statistics come from the last run's state, which holds what they need of the article. Nil when the file
    /// changed, or when the record's analysis has another id or file (it is decoded and renamed then).
    func unchangedFolded(_ article: ArticleFile, id: String, file: String, titleHash: UInt64 = 0) -> (entry: Entry, record: Int)? {
        guard let i = byPath[file], let (entry, analysis) = head(i), entry.identity == article.identity, entry.path == file,
              entry.titleHash == titleHash else { return nil }
        guard let analysis else { return (entry, i) }
        guard analysis.id == id, analysis.file == file, case .folded(_, let decoding, let warnings) = entry.outcome else { return nil }
        return (Entry(path: file, identity: entry.identity, contentHash: entry.contentHash, titleHash: titleHash,
                      outcome: .folded(id: id, decoding: decoding, warnings: warnings)), i)
    }

    /// The entry of record `i` as it is stored, with its analysis decoded.
    func entry(record i: Int) -> Entry? { frames.indices.contains(i) ? entry(i) : nil }

    /// Record `i` up to its analysis's id and file: an analysed entry comes back folded (under the id it was stored
    /// with), with that id and file; a skipped one as it is, without them.
    private func head(_ i: Int) -> (Entry, (id: String, file: String)?)? {
        file?.withBytes { bytes in
            guard Self.verified(bytes, frames[i]) else { return nil }
            return bytes.withMemoryRebound(to: UInt8.self) { raw in
                var r = BinaryReader(UnsafeBufferPointer(rebasing: raw[frames[i].payload]))
                return try? Entry.readHead(from: &r)
            }
        }
    }

    /// Gives back the pages of the records read so far (see `MappedFile.release`): the reading touched every record.
    func releaseRead() { file.map { $0.release(0..<$0.count) } }

    /// Appends record `i` as it is stored (length, checksum, payload); false when it no longer checks out.
    func copyRecord(_ i: Int, into out: inout [UInt8]) -> Bool {
        guard let file, frames.indices.contains(i) else { return false }
        return file.withBytes { bytes in
            let frame = frames[i]
            guard Self.verified(bytes, frame) else { return false }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[(frame.payload.lowerBound - 8)..<frame.payload.upperBound]))
            return true
        }
    }

    /// A result for the same content read under any name.
    func outcome(forContent hash: UInt64) -> Outcome? {
        guard let i = byHash[hash], let e = entry(i), e.contentHash == hash else { return nil }
        return e.outcome
    }

    private func entry(_ i: Int) -> Entry? {
        file?.withBytes { bytes in
            guard Self.verified(bytes, frames[i]) else { return nil }
            return bytes.withMemoryRebound(to: UInt8.self) { raw in
                var r = BinaryReader(UnsafeBufferPointer(rebasing: raw[frames[i].payload]))
                return try? Entry.read(from: &r)
            }
        }
    }

    private static func verified(_ bytes: UnsafeRawBufferPointer, _ frame: (payload: Range<Int>, crc: UInt32)) -> Bool {
        Checksum.crc32(UnsafeRawBufferPointer(rebasing: bytes[frame.payload])) == frame.crc
    }

    private static func header(_ bytes: UnsafeRawBufferPointer, _ payload: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[payload]), as: UTF8.self)
    }

    /// The path and content hash at the start of a record, read without checking it (it is checked when used).
    private static func key(_ bytes: UnsafeRawBufferPointer, _ payload: Range<Int>) -> (path: String, hash: UInt64)? {
        bytes.withMemoryRebound(to: UInt8.self) { raw in
            var r = BinaryReader(UnsafeBufferPointer(rebasing: raw[payload]))
            guard let path = try? r.string(), let hash = try? r.int() else { return nil }
            return (path, UInt64(bitPattern: Int64(hash)))
        }
    }

    /// The cache file holding exactly `entries` (articles no longer in the folder are gone), handed to `write`
    /// in pieces of about a megabyte so it is never whole in memory. `reused[i]` names the record of `previous` that
    /// holds exactly `entries[i]`: it is copied as bytes instead of encoded again (most of an incremental run's cache).
    /// `spilled[i]` names the record of `spill` that does (encoded while reading). A folded entry found in neither is
    /// left out: its article is analysed again next time.
    static func encode(_ entries: [Entry], stamp: String, reused: [Int?] = [], from previous: AnalysisCache? = nil,
                       spilled: [Int?] = [], spill: RecordSpill? = nil, write: ([UInt8]) throws -> Void) throws {
        var out: [UInt8] = []
        Framing.frame(Array((magic + "\n" + stamp).utf8), into: &out)
        var w = BinaryWriter()
        // The records copied so far: their pages are given back after each megabyte written.
        var copied = 0..<0
        for (i, e) in entries.enumerated() where e.contentHash != 0 {
            if i < reused.count, let record = reused[i], let previous, previous.copyRecord(record, into: &out) {
                let range = previous.frames[record].payload
                copied = copied.isEmpty ? range : min(copied.lowerBound, range.lowerBound)..<max(copied.upperBound, range.upperBound)
            } else if i < spilled.count, let record = spilled[i], let spill, spill.copy(record, into: &out) {
                // copied as it was encoded while reading
            } else if !e.outcome.isFolded {
                e.write(to: &w)
                Framing.frame(w.drain(), into: &out)
            }
            if out.count > 1 << 20 {
                try write(out)
                out.removeAll(keepingCapacity: true)
                previous?.file?.release(copied)
                copied = 0..<0
            }
        }
        try write(out)
    }
}

extension AnalysisCache.Entry {
    /// Path and content hash first: the index is built from them without decoding the rest.
    func write(to w: inout BinaryWriter) {
        w.string(path); w.int(Int(Int64(bitPattern: contentHash)))
        w.int(identity.size); w.int(Int(identity.modifiedNanos)); w.int(Int(identity.changedNanos))
        w.int(Int(Int64(bitPattern: identity.inode)))
        w.uint64(titleHash)
        switch outcome {
        case .analysed(let analysis, let decoding, let warnings):
            w.int(0)
            w.optional(decoding) { $0.string($1) }
            w.int(warnings.count)
            for warning in warnings { w.string(warning) }
            analysis.write(to: &w)
        case .skipped(let reason):
            w.int(1)
            w.string(reason)
        case .folded:
            preconditionFailure("a folded entry's record is copied, never encoded again")
        }
    }

    /// The entry's record as `encode` frames it.
    var record: [UInt8] {
        var w = BinaryWriter()
        write(to: &w)
        var out: [UInt8] = []
        Framing.frame(w.drain(), into: &out)
        return out
    }

    static func read(from r: inout BinaryReader) throws -> Self {
        let path = try r.string(), hash = UInt64(bitPattern: Int64(try r.int()))
        let identity = FileIdentity(size: try r.int(), modifiedNanos: Int64(try r.int()), changedNanos: Int64(try r.int()),
                                    inode: UInt64(bitPattern: Int64(try r.int())))
        let titleHash = try r.uint64()
        let outcome: AnalysisCache.Outcome
        switch try r.int() {
        case 0:
            let decoding = try r.optional { try $0.string() }, warnings = try r.strings()
            outcome = .analysed(try ArticleAnalysis.read(from: &r), decoding: decoding, warnings: warnings)
        case 1: outcome = .skipped(try r.string())
        default: throw BinaryReader.Damaged()
        }
        guard r.atEnd else { throw BinaryReader.Damaged() }
        return Self(path: path, identity: identity, contentHash: hash, titleHash: titleHash, outcome: outcome)
    }

    /// What `read` reads up to the analysis's id and file (see `AnalysisCache.head`).
    static func readHead(from r: inout BinaryReader) throws -> (Self, (id: String, file: String)?) {
        let path = try r.string(), hash = UInt64(bitPattern: Int64(try r.int()))
        let identity = FileIdentity(size: try r.int(), modifiedNanos: Int64(try r.int()), changedNanos: Int64(try r.int()),
                                    inode: UInt64(bitPattern: Int64(try r.int())))
        let titleHash = try r.uint64()
        switch try r.int() {
        case 0:
            let decoding = try r.optional { try $0.string() }, warnings = try r.strings()
            let id = try r.string(), file = try r.string()
            return (Self(path: path, identity: identity, contentHash: hash, titleHash: titleHash,
                         outcome: .folded(id: id, decoding: decoding, warnings: warnings)), (id, file))
        case 1:
            let reason = try r.string()
            guard r.atEnd else { throw BinaryReader.Damaged() }
            return (Self(path: path, identity: identity, contentHash: hash, titleHash: titleHash, outcome: .skipped(reason)), nil)
        default: throw BinaryReader.Damaged()
        }
    }
}
