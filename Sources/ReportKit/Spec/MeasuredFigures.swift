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
        let measures = corpus.facts.map { Measure.of($0.fact) }
        let restated = Measure.restatements(corpus.facts)
        let known = Set(corpus.mentions.map(\.entity))
        let dates = Dictionary(corpus.articles.map { ($0.id, $0.metadata.date) }, uniquingKeysWith: { a, _ in a })
        var grouped: [Measure: [CorpusFact]] = [:]
        for (f, measure) in zip(corpus.facts, measures) where !restated.contains(f.id) {
            // A forecast ("USD2,8 triliun … pada 2024" in a 2019 article) is not compared with reported figures.
            guard let m = measure, let subject = f.fact.subject, ChartSet.isChartable(subject, in: f.fact, known: known),
                  !ConflictRule.isForecast(f.fact, articleDate: dates[f.article] ?? nil) else { continue }
            // A share above 100 % is a misread (a change or a ratio); it stays in the table, out of the share chart.
            if m.quantity == .percentShare, (f.fact.value.number ?? 0) > 100 { continue }
            grouped[m, default: []].append(f)
        }
        self.measures = measures
        self.restated = restated
        byMeasure = grouped
    }

    /// The chartable figures of `byMeasure` that carry a number, by measure (measures without one left out).
    var withNumbers: [Measure: [CorpusFact]] {
        byMeasure.mapValues { $0.filter { $0.fact.value.number != nil } }.filter { !$0.value.isEmpty }
    }
}
