import Foundation
import Stats

/// What the last run in an output folder read and wrote (`Output/.cache/state.txt`), to tell the user
/// what changed since then and to skip re-rendering charts whose content did not change.
struct RunState: Equatable {
    /// Article path → content hash.
    var articles: [String: UInt64] = [:]
    /// One key per figure: a hash of the article's content hash, the kind and the byte range.
    var facts: Set<UInt64> = []
    /// Output file → hash of what was drawn into it.
    var outputs: [String: UInt64] = [:]

    static let relativePath = ".cache/state.txt"

    init() {}

    init(entries: [AnalysisCache.Entry]) {
        for e in entries {
            guard case .analysed(let analysis, _, _) = e.outcome else { continue }
            articles[e.path] = e.contentHash
            for f in analysis.facts { facts.insert(Self.factKey(e.contentHash, f)) }
        }
    }

    static func factKey(_ article: UInt64, _ f: Fact) -> UInt64 {
        var h = FNV1a()
        h.add("\(article):\(f.kind.rawValue):\(f.start):\(f.end)")
        return h.value
    }

    static func load(from output: URL) -> RunState? {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(relativePath).path) else { return nil }
        var state = RunState()
        // Split by bytes: splitting 100,000 lines as Strings was a tenth of an incremental run.
        for line in Array(data).split(separator: 0x0A) {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            let kind = String(decoding: fields[0], as: UTF8.self)
            let hex = { (i: Int) in UInt64(String(decoding: fields[i], as: UTF8.self), radix: 16) }
            switch (kind, fields.count) {
            case ("article", 3): state.articles[String(decoding: fields[1], as: UTF8.self)] = hex(2)
            case ("fact", 2): if let key = hex(1) { state.facts.insert(key) }
            case ("output", 3): state.outputs[String(decoding: fields[1], as: UTF8.self)] = hex(2)
            default: continue
            }
        }
        return state
    }

    func encoded() -> [UInt8] {
        var lines: [String] = []
        for (path, hash) in articles.sorted(by: { $0.key < $1.key }) { lines.append("article\t\(path)\t\(String(hash, radix: 16))") }
        for key in facts.sorted() { lines.append("fact\t\(String(key, radix: 16))") }
        for (path, hash) in outputs.sorted(by: { $0.key < $1.key }) { lines.append("output\t\(path)\t\(String(hash, radix: 16))") }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// A stable hash of a value's full description: the same chart or document gives the same number in every run.
    static func fingerprint<T>(_ value: T, _ extra: String = "") -> UInt64 {
        var h = FNV1a()
        h.add(String(describing: value))
        h.add(extra)
        return h.value
    }
}

/// The differences between two runs, in sentences for the terminal and the report.
struct RunChanges {
    var added: [String] = []
    var removed: [String] = []
    var edited: [String] = []
    var newFacts: [Fact] = []
    var changedCharts: [String] = []

    init(from previous: RunState, to current: RunState, entries: [AnalysisCache.Entry], changedCharts: [String]) {
        for (path, hash) in current.articles.sorted(by: { $0.key < $1.key }) {
            if let old = previous.articles[path] { if old != hash { edited.append(path) } } else { added.append(path) }
        }
        removed = previous.articles.keys.filter { current.articles[$0] == nil }.sorted()
        for e in entries {
            guard case .analysed(let analysis, _, _) = e.outcome else { continue }
            newFacts += analysis.facts.filter { !previous.facts.contains(RunState.factKey(e.contentHash, $0)) }
        }
        self.changedCharts = changedCharts
    }

    func lines(_ labels: Labels) -> [String] {
        let format = FactFormatting(labels: labels)
        var out: [String] = []
        func list(_ paths: [String]) -> String {
            paths.prefix(5).joined(separator: ", ") + (paths.count > 5 ? " …" : "")
        }
        if !added.isEmpty { out.append(labels.changeAdded(added.count, list(added))) }
        if !removed.isEmpty { out.append(labels.changeRemoved(removed.count, list(removed))) }
        if !edited.isEmpty { out.append(labels.changeEdited(edited.count, list(edited))) }
        if out.isEmpty, newFacts.isEmpty, changedCharts.isEmpty { return [labels.noChange] }
        // Examples a briefing writer wants first: giveaways, money, model counts, percentages.
        let rank: [FactKind: Int] = [.tokens: 0, .money: 1, .modelCount: 2, .percent: 3, .count: 4, .duration: 5]
        let meaningful = newFacts.enumerated().filter { $0.element.subject != nil && rank[$0.element.kind] != nil }
            .sorted { (rank[$0.element.kind]!, $0.offset) < (rank[$1.element.kind]!, $1.offset) }.map(\.element)
        let examples = meaningful.prefix(3).map { "\($0.subject!): \(format.value($0))" }
        out.append(labels.changeFacts(newFacts.count, examples.joined(separator: "; ")))
        out.append(changedCharts.isEmpty ? labels.noChartChanged : labels.changeCharts(changedCharts.joined(separator: ", ")))
        return out
    }
}
