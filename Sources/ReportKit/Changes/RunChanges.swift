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

    /// What `add` records of an analysed entry: made apart (by the reading threads) and added under a lock.
    static func keys(_ e: AnalysisCache.Entry) -> (path: String, contentHash: UInt64, facts: [UInt64])? {
        guard case .analysed(let analysis, _, _) = e.outcome else { return nil }
        return (e.path, e.contentHash, analysis.facts.map { factKey(e.contentHash, $0) })
    }

    mutating func add(_ keys: (path: String, contentHash: UInt64, facts: [UInt64])) {
        articles[keys.path] = keys.contentHash
        facts.formUnion(keys.facts)
    }

    static func factKey(_ article: UInt64, _ f: Fact) -> UInt64 {
        var h = FNV1a()
        h.add("\(article):\(f.kind.rawValue):\(f.start):\(f.end)")
        return h.value
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
        for (path, hash) in current.articles.sorted(by: { $0.key < $1.key }) {
            if let old = previous.articles[path] { if old != hash { edited.append(path) } } else { added.append(path) }
        }
        removed = previous.articles.keys.filter { current.articles[$0] == nil }.sorted()
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
