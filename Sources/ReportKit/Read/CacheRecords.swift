import Foundation
import Stats

/// What the next analyses cache (`.cache/analyses.bin`) is written from: every file's entry and where its record is
/// kept. The read articles hand it over before the report is composed (`ReadArticles.handOverEntries`), and the write
/// lets it go: the entries, their outcomes and the record lists were ~5 MB per 27,500 articles, alive at the run's
/// peak (the drawing) though nothing after the cache needs them.
final class CacheRecords: @unchecked Sendable {  // safe: `parts` is read and written under `lock`
    struct Parts {
        /// One per file, in file order.
        var entries: [AnalysisCache.Entry]
        /// Per entry, the record of `previous` that holds it unchanged.
        var reused: [Int?]
        var previous: AnalysisCache?
        /// Per entry, the record of `spill` that holds it.
        var spilled: [Int?]
        var spill: RecordSpill?
    }

    /// Of the entries' paths, identities and content hashes, with the stamp and the format version: the cache file's
    /// fingerprint, made when the entries are handed over.
    let fingerprint: UInt64
    private let lock = NSLock()
    private var parts: Parts?

    init(_ parts: Parts, stamp: String, version: String) {
        fingerprint = Self.fingerprint(parts.entries, stamp: stamp, version: version)
        self.parts = parts
    }

    /// Whether the entries are still here (not yet written).
    var isHeld: Bool { lock.withLock { parts != nil } }

    /// Writes the cache and lets the entries go. Called once: the cache of one run is written once.
    func encode(stamp: String, write: ([UInt8]) throws -> Void) throws {
        guard let parts = lock.withLock({ parts }) else { preconditionFailure("the analyses cache of a run is written once") }
        try AnalysisCache.encode(parts.entries, stamp: stamp, reused: parts.reused, from: parts.previous, spilled: parts.spilled,
                                 spill: parts.spill, write: write)
        lock.withLock { self.parts = nil }
    }

    /// Each entry's path and numbers as bytes, hashed in one pass: a formatted string per entry took ~15 ms.
    static func fingerprint(_ entries: [AnalysisCache.Entry], stamp: String, version: String) -> UInt64 {
        var h = FNV1a()
        h.add(stamp)
        h.add(version)
        var described: [UInt8] = []
        described.reserveCapacity(entries.count * 96)
        for i in entries.indices where entries[i].contentHash != 0 {
            described.append(contentsOf: entries[i].path.utf8)
            described.append(0)
            let id = entries[i].identity
            for n in [entries[i].contentHash, UInt64(bitPattern: Int64(id.size)), UInt64(bitPattern: id.modifiedNanos),
                      UInt64(bitPattern: id.changedNanos), id.inode] {
                withUnsafeBytes(of: n.littleEndian) { described.append(contentsOf: $0) }
            }
        }
        h.add(bytes: described)
        return h.value
    }
}

/// What the run's summary says of the reading: kept when the entries are handed over to the cache's writer.
struct ReadingSummary: Sendable {
    /// How many files had to be analysed (not found in the cache).
    var analysedAfresh: Int
    /// The paths and decoding warnings of the files analysed in this run that were not plain UTF-8 (the strings are
    /// the entries' own); formatted when asked for (`notes`).
    var warned: [(path: String, warnings: [String])]
    var skippedLines: [String]

    /// "FILE: how it was decoded", as `ReadArticles.notes`.
    var notes: [String] { warned.flatMap { file in file.warnings.map { "\(file.path): \($0)" } } }
}

extension ReadArticles {
    /// What the summary needs of the reading.
    var summary: ReadingSummary {
        var warned: [(path: String, warnings: [String])] = []
        for (entry, fresh) in zip(entries, fresh) where fresh {
            switch entry.outcome {
            case .analysed(_, _, let warnings), .folded(_, _, let warnings): if !warnings.isEmpty { warned.append((entry.path, warnings)) }
            case .skipped: break
            }
        }
        return ReadingSummary(analysedAfresh: analysedAfresh, warned: warned, skippedLines: skippedLines)
    }

    /// Moves the entries and record lists into the cache's writer (`CacheRecords`), which lets them go once the
    /// cache is written; returns what the summary needs of them. Afterwards `entries` is empty: call it after the
    /// statistics, the history and the changes are made (they read the entries).
    mutating func handOverEntries(stamp: String, version: String) -> ReadingSummary {
        let summary = summary
        handedOver = CacheRecords(.init(entries: entries, reused: reusedRecords, previous: cache, spilled: spilled, spill: spill),
                                  stamp: stamp, version: version)
        entries = []; fresh = []; reusedRecords = []; spilled = []; spill = nil; cache = nil
        return summary
    }

    /// The cache's writer: the one the entries were handed over to, or one made from them.
    func cacheRecords(stamp: String, version: String) -> CacheRecords {
        handedOver ?? CacheRecords(.init(entries: entries, reused: reusedRecords, previous: cache, spilled: spilled, spill: spill),
                                   stamp: stamp, version: version)
    }
}
