import Foundation
import Stats

/// What the reading threads leave for each file, by file index: its cache entry, where its record is kept, and
/// whether it was analysed afresh. The threads finish files in any order; everything here is written under one lock.
final class ReadingSlots: @unchecked Sendable {  // safe: every mutable field is read and written under `lock`
    private let lock = NSLock()
    private var slots: [AnalysisCache.Entry?]
    private var reused: [Int?]
    private var spilled: [Int?]
    private var analysed: [Bool]
    private var done = 0
    private var history = RunHistory()
    private let spill = RecordSpill()
    private let folding: ArticleFolding?

    init(count: Int, folding: ArticleFolding?) {
        slots = Array(repeating: nil, count: count)
        reused = Array(repeating: nil, count: count)
        spilled = Array(repeating: nil, count: count)
        analysed = Array(repeating: false, count: count)
        self.folding = folding
    }

    /// File `i` is read: `record` names the last cache's record that holds its entry unchanged. An entry without one
    /// is encoded into the spill now, while its analysis is at hand, so that the analysis can leave memory after the
    /// statistics (or at once, when folding). Returns how many files are done.
    func finish(_ i: Int, _ entry: AnalysisCache.Entry, analysed fresh: Bool, record: Int?) -> Int {
        var entry = entry
        let kept = record == nil && entry.contentHash != 0 ? spill.keep(entry.record) : nil
        let keys = RunHistory.keys(entry)
        if let folding {
            if case .analysed(let analysis, _, _) = entry.outcome { folding.take(analysis, ofFile: i) } else { folding.take(nil, ofFile: i) }
            if record != nil || kept != nil { entry.outcome = entry.outcome.folded }
        }
        return lock.withLock {
            if let keys { history.add(keys) }
            slots[i] = entry
            reused[i] = record
            spilled[i] = kept
            analysed[i] = fresh
            done += 1
            return done
        }
    }

    /// Every file's entry, in file order (all files must be finished).
    var entries: [AnalysisCache.Entry] { lock.withLock { slots.map { $0! } } }

    /// Per file, whether it was analysed in this run.
    var fresh: [Bool] { lock.withLock { analysed } }

    /// Moves what the slots hold besides the entries into `read`: records, history and the folded statistics.
    func hand(to read: inout ReadArticles, cache: AnalysisCache?) {
        lock.withLock {
            read.reusedRecords = reused
            read.cache = cache
            read.spilled = spilled
            read.spill = spill
            read.history = history
        }
        if let (stats, notes) = folding?.result() {
            read.folding = stats
            read.figureLimitNotes = notes
        } else {
            read.figureLimitNotes = read.analyses.compactMap(\.figureLimitWarning)
        }
    }
}
