import Foundation
import Render
import Stats

/// Stage 4: what the report shows — every chart by id, and the PDF's document — as values, before any drawing.
struct ReportSpec: Sendable {
    var charts: [ChartID: Chart]
    /// Builds the PDF's pages; nil when no PDF was asked for. Built lazily: an unchanged PDF is not composed.
    var document: ReportDocument?
    /// The PDF's date (part of its fingerprint).
    var date: Date
    /// The name a reader knows each article by: for the charts, the PDF and articles.csv.
    var names: DisplayNames

    static func compose(_ stats: ReportStatistics, inputs: RunInputs) -> ReportSpec {
        let options = inputs.options
        let labels = Labels(options.language)
        let corpus = stats.corpus
        // The first and last publication dates, by index: mapping `articles` copied every analysis.
        var first: String?, last: String?
        for i in corpus.articles.indices {
            guard let date = corpus.articles[i].metadata.date else { continue }
            if first.map({ date < $0 }) ?? true { first = date }
            if last.map({ date > $0 }) ?? true { last = date }
        }
        let outlets = ReportDocument.outlets(corpus.articles)
        let source = labels.sourceLine(articles: corpus.articles.count, outlets: outlets, from: first, to: last)
        let figures = MeasuredFigures(corpus)
        let set = ChartSet(corpus: corpus, labels: labels, sourceLine: source, figures: figures)
        let charts = set.all
        let date = reportDate(options, corpus: corpus, files: inputs.files)
        let document = options.formats.contains(.pdf)
            ? ReportDocument(corpus: corpus, charts: charts, labels: labels, date: date, names: set.names, sourceLine: source,
                             outlets: outlets, firstDate: first, lastDate: last, figures: figures, filters: stats.filters) : nil
        return ReportSpec(charts: charts, document: document, date: date, names: set.names)
    }

    /// The PDF's date: SOURCE_DATE_EPOCH when set, else the newest article's date, else the newest file's
    /// modification time — never the clock, so the same input gives the same bytes.
    static func reportDate(_ options: ReportOptions, corpus: CorpusStats, files: [ArticleFile]) -> Date {
        if let epoch = options.sourceDateEpoch { return Date(timeIntervalSince1970: TimeInterval(epoch)) }
        if let day = corpus.articles.compactMap({ $0.metadata.date.flatMap(PublicationDay.init(iso:)) }).max() {
            return Date(timeIntervalSince1970: TimeInterval(day.number * 86400))
        }
        return Date(timeIntervalSince1970: (files.map(\.modified).max() ?? 0).rounded(.down))
    }
}
