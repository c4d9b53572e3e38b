import Foundation
import Stats

/// Per-article results from earlier runs, in `Output/.cache/analyses.bin`, so a run after adding or
/// editing one article analyses only that article.
///
/// Results are keyed by the article's content (a 64-bit FNV-1a hash of its bytes); the whole cache is
/// tied to the tool's version and the lexicon's fingerprint, and dropped when either changes. A file
/// whose path, size and modification time are unchanged is trusted without being read again.
struct AnalysisCache {
    /// What reading one file gave: an analysis (with how it was decoded) or a reason to skip it.
    enum Outcome {
        case analysed(ArticleAnalysis, decoding: String?, warnings: [String])
        case skipped(String)
    }

    struct Entry {
        var path: String
        var size: Int
        var modified: Double
        var contentHash: UInt64
        var outcome: Outcome
    }

    static let relativePath = ".cache/analyses.bin"
    private static let magic = "report-gen analyses 1"

    private var byPath: [String: Entry] = [:]
    private var byHash: [UInt64: Outcome] = [:]
    let stamp: String

    init(stamp: String) { self.stamp = stamp }

    /// Loads the cache of an output folder; a missing, stale or damaged cache is an empty one.
    static func load(from output: URL, stamp: String) -> AnalysisCache {
        var cache = AnalysisCache(stamp: stamp)
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(relativePath).path) else { return cache }
        let bytes = Array(data)
        let loaded: Bool = bytes.withUnsafeBufferPointer { buffer in
            var r = BinaryReader(buffer)
            do {
                guard try r.string() == magic, try r.string() == stamp else { return false }
                let n = try r.int()
                guard n >= 0, n < 1 << 24 else { return false }
                for _ in 0..<n {
                    let path = try r.string(), size = try r.int(), modified = try r.double()
                    let hash = UInt64(bitPattern: Int64(try r.int()))
                    let outcome: Outcome = try r.int() == 0
                        ? .analysed(try ArticleAnalysis.read(from: &r), decoding: try r.optional { try $0.string() },
                                    warnings: try r.strings())
                        : .skipped(try r.string())
                    cache.insert(Entry(path: path, size: size, modified: modified, contentHash: hash, outcome: outcome))
                }
                return true
            } catch {
                return false
            }
        }
        if !loaded { return AnalysisCache(stamp: stamp) }
        return cache
    }

    mutating func insert(_ entry: Entry) {
        byPath[entry.path] = entry
        byHash[entry.contentHash] = entry.outcome
    }

    /// The entry of a file whose path, size and modification time are unchanged.
    func unchanged(_ file: ArticleFile) -> Entry? {
        guard let e = byPath[file.displayPath], e.size == file.size, e.modified == file.modified else { return nil }
        return e
    }

    /// A result for the same content read under any name.
    func outcome(forContent hash: UInt64) -> Outcome? { byHash[hash] }

    /// The cache file holding exactly `entries` (articles no longer in the folder are gone), handed to `write`
    /// in pieces of about a megabyte so it is never whole in memory.
    static func encode(_ entries: [Entry], stamp: String, write: ([UInt8]) throws -> Void) throws {
        var w = BinaryWriter()
        w.string(magic)
        w.string(stamp)
        w.int(entries.count)
        for e in entries {
            w.string(e.path); w.int(e.size); w.double(e.modified); w.int(Int(Int64(bitPattern: e.contentHash)))
            switch e.outcome {
            case .analysed(let analysis, let decoding, let warnings):
                w.int(0)
                analysis.write(to: &w)
                w.optional(decoding) { $0.string($1) }
                w.int(warnings.count)
                for warning in warnings { w.string(warning) }
            case .skipped(let reason):
                w.int(1)
                w.string(reason)
            }
            if w.bytes.count > 1 << 20 { try write(w.drain()) }
        }
        try write(w.drain())
    }
}
