import Foundation
import Stats

/// Each figure's measure, read once per corpus: deriving it reads the words around the figure (and whether it is
/// chartable, a forecast or a restatement reads its sentence), so the charts, the summary, the cover and the fact
/// table share this instead of deriving it again (on the 27,494-article corpus that was ~0.6 s per derivation).
struct MeasuredFigures: Sendable {
    /// Per fact of `corpus.facts`, in the same order: what it measures, nil when the article does not say.
    let measures: [Measure?]
    /// Ids of figures that only restate another figure of their sentence in another currency.
    let restated: Set<String>
    /// The figures a chart (or the summary or the cover) may put forward, by measure, in corpus order: a chartable
    /// subject, a measure, not a restatement of another figure, not a forecast, not a share above 100 %.
    let byMeasure: [Measure: [CorpusFact]]

    init(_ corpus: CorpusStats) {
        let restated = Measure.restatements(corpus.facts)
        let known = Set(corpus.mentions.map(\.entity))
        let facts = corpus.facts
        // Each figure is read on its own, so on every core (0.18 s on one core for the corpus's figures); then
        // grouped in corpus order.
        let read = Locked([(Measure?, Bool)](repeating: (nil, false), count: facts.count))
        let chunk = 512
        DispatchQueue.concurrentPerform(iterations: (facts.count + chunk - 1) / chunk) { c in
            let range = c * chunk..<min(facts.count, (c + 1) * chunk)
            let part = range.map { i in
                let f = facts[i], m = Measure.of(f.fact)
                return (m, m.map { Self.isComparable(f, $0, restated: restated, known: known, in: corpus) } ?? false)
            }
            read.withLock { $0.replaceSubrange(range, with: part) }
        }
        let measured = read.withLock { $0 }
        var grouped: [Measure: [CorpusFact]] = [:]
        for (f, (m, comparable)) in zip(facts, measured) where comparable { grouped[m!, default: []].append(f) }
        measures = measured.map(\.0)
        self.restated = restated
        byMeasure = grouped
    }

    /// Whether a figure of measure `m` may be compared with others: a chartable subject, not a restatement, not a
    /// forecast, not a share above 100 %.
    private static func isComparable(_ f: CorpusFact, _ m: Measure, restated: Set<String>, known: Set<String>, in corpus: CorpusStats) -> Bool {
        guard !restated.contains(f.id), let subject = f.fact.subject, ChartSet.isChartable(subject, in: f.fact, known: known) else { return false }
        // A forecast ("USD2,8 triliun … pada 2024" in a 2019 article) is not compared with reported figures. The article's
        // date is looked up for the few figures that get here (a dictionary of every article's date cost more).
        let date = corpus.articleIndex(f.article).flatMap { corpus.articles[$0].metadata.date }
        guard !ConflictRule.isForecast(f.fact, articleDate: date) else { return false }
        // A share above 100 % is a misread (a change or a ratio); it stays in the table, out of the share chart.
        return !(m.quantity == .percentShare && (f.fact.value.number ?? 0) > 100)
    }

    /// The chartable figures of `byMeasure` that carry a number, by measure (measures without one left out).
    var withNumbers: [Measure: [CorpusFact]] {
        byMeasure.mapValues { $0.filter { $0.fact.value.number != nil } }.filter { !$0.value.isEmpty }
    }
}
