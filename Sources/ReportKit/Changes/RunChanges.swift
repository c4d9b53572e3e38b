import Foundation
import Stats

/// What a run read, kept in the manifest so the next run can say what changed since.
struct RunHistory: Equatable, Sendable {
    /// Article path → content hash.
    var articles: [String: UInt64] = [:]
    /// One key per figure: a hash of the article's content hash, the kind and the byte range.
    var facts: Set<UInt64> = []

    init() {}

    init(entries: [AnalysisCache.Entry]) {
        for e in entries { add(e) }
    }

    /// Records one entry; a folded one (whose facts are no longer at hand) must have been added before folding.
    mutating func add(_ e: AnalysisCache.Entry) {
        if let keys = Self.keys(e) { add(keys) }
    }

    /// What `add` records of an analysed entry: made apart (by the reading threads) and added under a lock. An entry
    /// folded as it was read (its analysis left in the cache) gives its path without facts: see `factKeys`.
    static func keys(_ e: AnalysisCache.Entry) -> (path: String, contentHash: UInt64, facts: [UInt64])? {
        switch e.outcome {
        case .analysed(let analysis, _, _): return (e.path, e.contentHash, analysis.facts.map { factKey(e.contentHash, $0) })
        case .folded: return (e.path, e.contentHash, [])
        case .skipped: return nil
        }
    }

    /// The fact keys of a run whose unchanged articles were not decoded (`read`, with the keys of those that were),
    /// from the last run's: those of the contents no longer read taken out, found in the last run's statistics (each
    /// fact of an article is a source of one figure). Nil when a content gone is not in them: then `factKeys`.
    static func carried(_ last: LastRun, to current: RunHistory) -> Set<UInt64>? {
        let gone = Set(last.history.articles.values).subtracting(current.articles.values)
        var keys = last.history.facts
        if !gone.isEmpty {
            let state = last.state
            var ids = Set<String>()
            for (i, hash) in state.contentHashes.enumerated() where gone.contains(hash) { ids.insert(state.articles[i].id) }
            let hashes = Dictionary(ids.map { id in (id, state.contentHashes[ReadArticles.index(of: id, in: state.articles)!]) },
                                    uniquingKeysWith: { a, _ in a })
            guard Set(hashes.values) == gone else { return nil }
            for (figure, fact) in zip(state.parts.figures, state.facts) {
                for s in figure.sources {
                    if let hash = hashes[s.article] { keys.remove(factKey(hash, fact.kind, s.start, s.end)) }
                }
            }
        }
        keys.formUnion(current.facts)
        return keys
    }

    /// The fact keys of every article of `corpus`, whose content hashes by id are `hashes`: each fact of an article is
    /// a source of one figure, of the figure's kind. The same set the analyses give, without them.
    static func factKeys(_ corpus: CorpusStats, hashes: ContentHashes) -> Set<UInt64> {
        var keys = Set<UInt64>()
        let facts = corpus.facts
        keys.reserveCapacity(facts.count * 2)
        for i in facts.indices {
            let kind = facts[i].fact.kind
            for s in facts[i].sources { keys.insert(factKey(hashes[s.article] ?? 0, kind, s.start, s.end)) }
        }
        return keys
    }

    mutating func add(_ keys: (path: String, contentHash: UInt64, facts: [UInt64])) {
        articles[keys.path] = keys.contentHash
        facts.formUnion(keys.facts)
    }

    /// FNV-1a of "ARTICLEHASH:KIND:START:END" and a NUL (what `FNV1a.add` of that string gives), hashed from the
    /// numbers' digits without making the string: there is one key per figure of the corpus (86,000).
    static func factKey(_ article: UInt64, _ f: Fact) -> UInt64 { factKey(article, f.kind, f.start, f.end) }

    /// The same from the three fields, so the history reads them without copying each fact.
    static func factKey(_ article: UInt64, _ kind: FactKind, _ start: Int, _ end: Int) -> UInt64 {
        var h = DigitHash()
        h.add(article)
        h.add(UInt8(ascii: ":"))
        for b in kind.rawValue.utf8 { h.add(b) }
        h.add(UInt8(ascii: ":"))
        h.add(start)
        h.add(UInt8(ascii: ":"))
        h.add(end)
        h.add(UInt8(0))
        return h.value
    }

    /// FNV-1a (as `Stats.FNV1a`) fed bytes and decimal numbers one at a time, without building strings.
    private struct DigitHash {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ byte: UInt8) {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }

        /// The digits of `n` as `"\(n)"` writes them.
        mutating func add(_ n: Int) {
            if n < 0 { add(UInt8(ascii: "-")) }
            add(UInt64(n.magnitude))
        }

        mutating func add(_ n: UInt64) {
            var power: UInt64 = 1
            while n / power >= 10 { power *= 10 }
            repeat {
                add(UInt8(ascii: "0") + UInt8(n / power % 10))
                power /= 10
            } while power > 0
        }
    }
}

/// The differences between two runs, in sentences for the terminal (never in the PDF: the PDF depends on the
/// articles only, so an incremental run gives the bytes of a cold one).
struct RunChanges: Equatable {
    var added: [String] = []
    var removed: [String] = []
    var edited: [String] = []
    var newFacts: [Fact] = []
    var changedCharts: [ChartID] = []

    /// `current` is the history of `read` when the caller has it already (the output plan does). `read` still holds
    /// its analyses (not `folded`).
    init(from previous: RunHistory, to read: ReadArticles, current: RunHistory? = nil, changedCharts: [ChartID]) {
        self.init(from: previous, current: current ?? read.history, newFacts: Self.newFacts(since: previous, in: read),
                  changedCharts: changedCharts)
    }

    init(from previous: RunHistory, current: RunHistory, newFacts: [Fact], changedCharts: [ChartID]) {
        // The few added and edited paths are sorted, not the 27,000 of the folder.
        for (path, hash) in current.articles {
            if let old = previous.articles[path] { if old != hash { edited.append(path) } } else { added.append(path) }
        }
        added.sort()
        edited.sort()
        if previous.articles.count > current.articles.count - added.count {
            removed = previous.articles.keys.filter { current.articles[$0] == nil }.sorted()
        }
        self.newFacts = newFacts
        self.changedCharts = changedCharts
    }

    /// The facts of `read` that the run of `previous` did not see; taken before the analyses are folded away.
    static func newFacts(since previous: RunHistory, in read: ReadArticles) -> [Fact] {
        // A fact's key is made of its article's content hash: an article taken unchanged from the cache, whose content
        // was read last time, has no new facts.
        let seen = Set(previous.articles.values)
        var newFacts: [Fact] = []
        for (i, e) in read.entries.enumerated() {
            if seen.contains(e.contentHash), i < read.reusedRecords.count, read.reusedRecords[i] != nil { continue }
            guard case .analysed(let analysis, _, _) = e.outcome else { continue }
            newFacts += analysis.facts.filter { !previous.facts.contains(RunHistory.factKey(e.contentHash, $0)) }
        }
        return newFacts
    }

    func lines(_ labels: Labels) -> [String] {
        var out: [String] = []
        func list(_ paths: [String]) -> String {
            paths.prefix(5).joined(separator: ", ") + (paths.count > 5 ? " …" : "")
        }
        if !added.isEmpty { out.append(labels.changeAdded(added.count, list(added))) }
        if !removed.isEmpty { out.append(labels.changeRemoved(removed.count, list(removed))) }
        if !edited.isEmpty { out.append(labels.changeEdited(edited.count, list(edited))) }
        if out.isEmpty, newFacts.isEmpty, changedCharts.isEmpty { return [labels.noChange] }
        // Only charts changed (another --since/--about, a new drawing): "0 new figures" would say nothing.
        if !out.isEmpty || !newFacts.isEmpty { out.append(labels.changeFacts(newFacts.count, examples(labels).joined(separator: "; "))) }
        out.append(changedCharts.isEmpty ? labels.noChartChanged : labels.changeCharts(changedCharts.map(\.fileName).joined(separator: ", ")))
        return out
    }

    /// Examples a briefing writer wants first: giveaways, money, model counts, percentages.
    private func examples(_ labels: Labels) -> [String] {
        let format = FactFormatting(labels: labels)
        let rank: [FactKind: Int] = [.tokens: 0, .money: 1, .modelCount: 2, .percent: 3, .count: 4, .duration: 5]
        let meaningful = newFacts.enumerated().filter { $0.element.subject != nil && rank[$0.element.kind] != nil }
            .sorted { (rank[$0.element.kind]!, $0.offset) < (rank[$1.element.kind]!, $1.offset) }.map(\.element)
        return meaningful.prefix(3).map { "\($0.subject!): \(format.value($0))" }
    }
}
