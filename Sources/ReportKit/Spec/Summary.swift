import Render
import Stats

/// The summary page: plain sentences drawn from the statistics, each citing the articles it rests on
/// (name and date). Only figures with a subject and a measure are stated; nothing is said that a chart does not show.
struct Summary {
    let corpus: CorpusStats
    let labels: Labels
    /// Article id → display name.
    let names: DisplayNames
    /// The figures a sentence may state, by measure: grouped once (per measure, a walk over every fact of a large
    /// corpus made this page take 24 s).
    private let eligible: [Measure: [CorpusFact]]

    /// The first and last publication dates of the articles (the spec reads them once, for the source line too).
    private let span: (String?, String?)

    init(corpus: CorpusStats, labels: Labels, names: DisplayNames, figures: MeasuredFigures, firstDate: String?, lastDate: String?) {
        self.corpus = corpus
        self.labels = labels
        self.names = names
        eligible = figures.withNumbers
        span = (firstDate, lastDate)
    }

    var sentences: [SummarySentence] {
        var out: [SummarySentence] = [articles]
        if let s = rivals { out.append(s) }
        if let s = mostMentioned { out.append(s) }
        if let s = tokens { out.append(s) }
        out += largestFigures
        if !corpus.conflicts.isEmpty {
            let ids = Set(corpus.conflicts.flatMap(\.factIDs)), facts = corpus.facts
            let conflicting = facts.indices.filter { ids.contains(facts[$0].id) }.map { facts[$0] }
            out.append(SummarySentence(labels.summaryConflicts(corpus.conflicts.count), citation: cite(conflicting)))
        }
        return out
    }

    private var format: FactFormatting { FactFormatting(labels: labels) }
    private var allArticles: String {
        let (from, to) = span
        let n = corpus.articles.count
        let base = labels.language == .en ? "\(n) article\(n == 1 ? "" : "s")" : "\(n) artikel"
        guard let from, let to else { return base }
        return base + ", " + (from == to ? from : "\(from)–\(to)")
    }

    private var articles: SummarySentence {
        let (from, to) = span
        let dated = corpus.articles.count { $0.metadata.date != nil }
        return SummarySentence(labels.summaryArticles(corpus.articles.count, dated: dated, from: from, to: to), citation: allArticles)
    }

    private func total(_ entity: String) -> EntityCount? { corpus.mentions.first { $0.entity == entity } }

    /// "China was mentioned 2.7 times as often as the United States."
    private var rivals: SummarySentence? {
        let c = total(Rivals.china)?.total ?? 0, u = total(Rivals.unitedStates)?.total ?? 0
        guard c + u > 0 else { return nil }
        let (a, b, na, nb) = c >= u ? (Rivals.china, Rivals.unitedStates, c, u) : (Rivals.unitedStates, Rivals.china, u, c)
        let citation = allArticles
        if na == nb { return SummarySentence(labels.summaryMentionsEqual(a, b, na), citation: citation) }
        guard nb > 0 else { return nil }
        let ratio = labels.style.format(Double(na) / Double(nb), maxFractionDigits: 1)
        return SummarySentence(labels.summaryMentionRatio(a, b, ratio, na, nb), citation: citation)
    }

    private var mostMentioned: SummarySentence? {
        guard let top = corpus.mentions.first(where: { $0.category != .ignore && $0.entity != Rivals.china && $0.entity != Rivals.unitedStates }) else { return nil }
        let busiest = top.byArticle.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2).map(\.key)
        return SummarySentence(labels.summaryMostMentioned(top.entity, top.total, top.articles), citation: cite(articleIDs: busiest))
    }

    private func facts(_ m: Measure) -> [CorpusFact] { eligible[m] ?? [] }

    /// "Zhipu offered the most free tokens (150M), three times Baidu's and SenseTime's 50M."
    private var tokens: SummarySentence? {
        let all = facts(Measure(quantity: .freeTokens))
        // One figure per subject: its largest offer.
        var best: [String: CorpusFact] = [:]
        for f in all where (f.fact.value.number ?? 0) > (best[f.fact.subject!]?.fact.value.number ?? -1) { best[f.fact.subject!] = f }
        let ranked = best.values.sorted { ($0.fact.value.number!, $1.fact.subject!) > ($1.fact.value.number!, $0.fact.subject!) }
        guard let top = ranked.first else { return nil }
        let topValue = top.fact.value.number!
        var others: String?
        var cited = [top]
        if let second = ranked.dropFirst().first, second.fact.value.number! > 0, second.fact.value.number! < topValue {
            let runners = ranked.filter { $0.fact.value.number == second.fact.value.number }
            let ratio = topValue / second.fact.value.number!
            others = labels.summaryTimes(labels.style.format(ratio, maxFractionDigits: 1), runners.map { $0.fact.subject! }, labels.style.compact(second.fact.value.number!))
            cited += runners
        }
        return SummarySentence(labels.summaryTopTokens(top.fact.subject!, labels.style.compact(topValue), others), citation: cite(cited))
    }

    /// The largest figure of each money measure the folder holds, the most reported measures first (at most five).
    private var largestFigures: [SummarySentence] {
        let measures = eligible.keys.filter(\.isMoney)
        // One sentence per quantity, in the currency most of its figures are in; prices of unlike goods say little.
        var perQuantity: [Measure.Quantity: (Measure, [CorpusFact])] = [:]
        for m in measures.sorted() where m.quantity != .price {
            let found = facts(m)
            if found.count > perQuantity[m.quantity]?.1.count ?? 0 { perQuantity[m.quantity] = (m, found) }
        }
        let ranked = perQuantity.values.sorted { ($0.1.count, $1.0) > ($1.1.count, $0.0) }.prefix(5)
        return ranked.compactMap { m, facts in
            guard let top = facts.max(by: { ($0.fact.value.number!, $1.fact.subject!) < ($1.fact.value.number!, $0.fact.subject!) }) else { return nil }
            let text = facts.count == 1 ? labels.summaryFigure(top.fact.subject!, m, format.value(top.fact))
                : labels.summaryLargest(top.fact.subject!, m, format.value(top.fact), facts.count)
            return SummarySentence(text, citation: cite([top]))
        }
    }

    /// "Kompas, 2025-01-28; Tempo, 2025-03-02" — the articles the figures were read from, at most three.
    private func cite(_ facts: [CorpusFact]) -> String {
        var ids: [String] = [], seen = Set<String>()
        for f in facts { for s in f.sources where seen.insert(s.article).inserted { ids.append(s.article) } }
        return cite(articleIDs: ids)
    }

    private func cite(articleIDs ids: [String]) -> String {
        let parts = ids.prefix(3).map { id -> String in
            let name = names[id] ?? id
            // A few cited articles, found by id (a dictionary of every article's date cost more than the page).
            guard let date = corpus.article(id)?.metadata.date, !name.contains(date) else { return name }
            return "\(name), \(date)"
        }
        let more = ids.count > 3 ? (labels.language == .en ? " and \(ids.count - 3) more" : " dan \(ids.count - 3) lainnya") : ""
        return parts.joined(separator: "; ") + more
    }
}
