import Foundation
import Render
import Stats

/// Builds the PDF's content: cover with headline numbers, chart sections, conflicts, the table of every
/// figure with its sentence, and appendices. Pure: values in, a `Document` out.
struct ReportDocument {
    let corpus: CorpusStats
    /// The charts as rendered for the PNGs (the same values, computed once).
    let charts: [ChartID: Chart]
    let labels: Labels
    let date: Date
    /// The articles' display names.
    let names: DisplayNames
    /// "Source: N articles, outlets, first–last date": every chart's source line and the page footer.
    let sourceLine: String
    /// The source line's outlets and dates, for the cover (read once, from every article, for both).
    let outlets: [String]
    let firstDate: String?
    let lastDate: String?
    /// Each figure's measure and the chartable figures by measure, derived once with the charts.
    let figures: MeasuredFigures
    /// Caps that keep the PDF a readable size on a year of news; stats.json and facts.csv always have everything.
    var maxFactRows = 150
    var maxAppendixRows = 250
    /// What `--since`, `--until` and `--about` kept, said on the cover; nil without filters.
    var filters: FilterSummary? = nil
    var maxArticleRows = 200

    var format: FactFormatting { FactFormatting(labels: labels) }

    func build() -> Document {
        let figureCharts = charts.keys.filter { if case .figure = $0 { true } else { false } }.sorted()
        var sections = [
            cover,
            Section(title: labels.sectionSummary, blocks: [.summary(summarySentences)]),
            Section(title: labels.sectionMentions, blocks: chart(.mentions, 0.45) + chart(.shareOfVoice, 0.55) + chart(.heatmap, 0.6)),
        ]
        if !figureCharts.isEmpty {
            sections.append(Section(title: labels.sectionFigures, blocks: figureCharts.flatMap { chart($0, 0.45) }))
        }
        sections += [
            Section(title: labels.sectionTimeline, blocks: chart(.timeline, 0.55)),
            trends,
            conflicts,
            factTable,
            figureAppendix,
            articleAppendix,
        ]
        sections.removeAll { $0.title == labels.sectionTrends && $0.blocks.isEmpty }
        if !corpus.unknownNames.isEmpty { sections.append(unknownAppendix) }
        return Document(
            title: labels.reportTitle, subject: labels.reportSubtitle(corpus.articles.count),
            keywords: ["AI", Rivals.china, Rivals.unitedStates, "news", "report-gen"], creator: "report-gen \(ReportGenerator.version)",
            author: "report-gen", date: date, pageFooter: sourceLine, sections: sections, pageNumberFormat: labels.pageFormat)
    }

    var summarySentences: [SummarySentence] { Summary(corpus: corpus, labels: labels, names: names, figures: figures, firstDate: firstDate, lastDate: lastDate).sentences }

    /// The chart as a block taking `height` of the text area (none if the chart set lacks it).
    private func chart(_ id: ChartID, _ height: Double) -> [Block] {
        charts[id].map { [.chart($0, heightFraction: height)] } ?? []
    }

    private var cover: Section {
        var figures = [
            HeadlineFigure(value: labels.style.format(Double(corpus.articles.count)), caption: labels.articlesCaption),
            HeadlineFigure(value: labels.style.format(Double(corpus.facts.count)), caption: labels.factsCaption),
        ]
        for name in [Rivals.china, Rivals.unitedStates] {
            let total = corpus.mentions.first { $0.entity == name }?.total ?? 0
            figures.append(HeadlineFigure(value: labels.style.format(Double(total)), caption: labels.mentionsCaption(labels.entityName(name))))
        }
        for f in headlineFigures {
            // As the article wrote it ("US$5,5 juta"), never a conversion; the cover shrinks long ones instead of cutting them.
            figures.append(HeadlineFigure(value: Self.coverValue(f.fact, labels: labels), caption: labels.figureLabel(f.fact, Measure.of(f.fact)!)))
        }
        var line = labels.corpusLine(articles: corpus.articles.count, from: firstDate, to: lastDate, sources: outlets)
        if let filters { line += "\n" + labels.filterLine(filters) }
        return Section(title: labels.sectionCover, blocks: [
            .cover(title: labels.reportTitle, subtitle: labels.reportSubtitle(corpus.articles.count), figures: figures, corpusLine: line),
        ])
    }

    /// The figure as the article wrote it ("US$5,5 juta", "150 juta token") when those words are only the figure;
    /// when they carry a verb or adverb ("menembus 4 triliun dollar AS") the cover would show a sentence fragment,
    /// so it shows the value in the report's words instead, in the article's own currency.
    static func coverValue(_ fact: Fact, labels: Labels) -> String {
        let words = fact.text.split(separator: " ")
        guard let first = words.first, words.count <= 5 else { return FactFormatting(labels: labels).value(fact) }
        let isFigure = first.contains { $0.isNumber || $0.isCurrencySymbol }
            || (first.count <= 3 && first.first?.isUppercase == true) || first.allSatisfy { $0.isUppercase }
        return isFigure ? fact.text : FactFormatting(labels: labels).value(fact)
    }

    /// Mentions over time; no blocks (and so no section) when the dated articles span less than two months.
    private var trends: Section {
        let absence = charts[.trends] == nil ? TrendCharts(corpus: corpus, labels: labels, sourceLine: "").absence : nil
        return Section(title: labels.sectionTrends, blocks: chart(.trends, 0.55) + (absence.map { [Block.paragraph($0)] } ?? [])
            + RecurringFigures(corpus: corpus).blocks(labels: labels))
    }

    /// The outlets the articles come from, most frequent first (at most six, then "…").
    static func outlets(_ articles: [CorpusArticle]) -> [String] {
        // "kompas.com" and "Kompas.com" are one outlet: counted together, named as most articles spell it.
        // Each spelling counted first, then lower-cased once (not once per article).
        var bySpelling: [String: Int] = [:]
        for i in articles.indices {
            guard let s = articles[i].metadata.source, !s.isEmpty else { continue }
            bySpelling[s, default: 0] += 1
        }
        var counts: [String: Int] = [:], spellings: [String: [String: Int]] = [:]
        for (s, n) in bySpelling {
            let key = s.lowercased()
            counts[key, default: 0] += n
            spellings[key, default: [:]][s] = n
        }
        let sorted = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { (key: String, _: Int) -> String in
            spellings[key]!.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
        }
        return sorted.count > 6 ? Array(sorted.prefix(6)) + ["…"] : sorted
    }

    /// Up to four figures with a subject and a measure for the cover: the largest token offer, then the figures
    /// reported by most articles (one per measure), exact before approximate.
    private var headlineFigures: [CorpusFact] {
        // Ids are unique, so the order below does not depend on the order of the candidates.
        let candidates = figures.withNumbers.filter { $0.key.quantity == .freeTokens || $0.key.isMoney }.values.joined()
        var chosen: [CorpusFact] = []
        var measures: Set<Measure> = []
        if let top = candidates.filter({ $0.fact.kind == .tokens }).max(by: { ($0.fact.value.number!, $1.id) < ($1.fact.value.number!, $0.id) }) {
            chosen.append(top)
            measures.insert(Measure.of(top.fact)!)
        }
        let money = candidates.filter { $0.fact.kind == .money }.sorted {
            ($0.sources.count, $0.fact.bound == .exact ? 1 : 0, $1.id) > ($1.sources.count, $1.fact.bound == .exact ? 1 : 0, $0.id)
        }
        for f in money where chosen.count < 4 && measures.insert(Measure.of(f.fact)!).inserted { chosen.append(f) }
        return chosen
    }

    /// Each conflict as its figures side by side: value, article, date and the sentence.
    private var conflicts: Section {
        let wanted = Set(corpus.conflicts.flatMap(\.factIDs))
        var byID: [String: CorpusFact] = [:]
        for i in corpus.facts.indices where wanted.contains(corpus.facts[i].id) { byID[corpus.facts[i].id] = corpus.facts[i] }
        guard !corpus.conflicts.isEmpty else {
            return Section(title: labels.sectionConflicts, blocks: [.paragraph(labels.noConflicts)], startsNewPage: false)
        }
        var rows: [[Table.Cell]] = []
        var headings: [Int: String] = [:]
        for c in corpus.conflicts {
            let members = c.factIDs.compactMap { byID[$0] }
            guard let first = members.first else { continue }
            headings[rows.count] = Measure.of(first.fact).map { labels.figureLabel(c.subject, $0) } ?? labels.entityName(c.subject)
            rows += members.map { f in
                [Table.Cell(format.value(f.fact)), Table.Cell(names[f.article] ?? f.article), Table.Cell(metadata(f.article)?.date ?? "—"),
                 Table.Cell(FactFormatting.excerpt(f.fact), italic: true)]
            }
        }
        return Section(title: labels.sectionConflicts, blocks: [.table(Table(columns: [
            .init(labels.columnValue, width: 1.2), .init(labels.columnArticle, width: 1.6, overflow: .ellipsizeMiddle, minWidth: 60),
            .init(labels.columnDate, width: 0.9), .init(labels.columnSentence, width: 4),
        ], rows: rows, groupHeadings: headings))])
    }

    /// The figures a chart could show (subject and measure known), grouped by measure and subject, capped; the rest
    /// are in the appendix, stats.json and facts.csv.
    private var factTable: Section {
        // Sorted as indices, and only the shown rows copied: sorting copies of tens of thousands of facts cost more
        // than the rest of the document.
        let facts = corpus.facts, measures = figures.measures
        let measured = facts.indices.filter { i in facts[i].fact.subject != nil && measures[i] != nil && !figures.restated.contains(facts[i].id) }
            .sorted { a, b in (measures[a]!, facts[a].fact.subject!, facts[a].id) < (measures[b]!, facts[b].fact.subject!, facts[b].id) }
        let shown = measured.prefix(maxFactRows).map { (m: measures[$0]!, f: facts[$0]) }
        var rows: [[Table.Cell]] = []
        var headings: [Int: String] = [:]
        var last: String?
        for (m, f) in shown {
            let group = labels.figureLabel(f.fact.subject!, m) + (m.currency.map { " · " + $0 } ?? "")
            if group != last { headings[rows.count] = group; last = group }
            rows.append([Table.Cell(format.value(f.fact)), Table.Cell(articles(f), link: metadata(f.article)?.url), Table.Cell(FactFormatting.excerpt(f.fact), italic: true)])
        }
        return Section(title: labels.sectionFactTable, blocks: [
            .paragraph(labels.groupedTableNote(shown: shown.count, measured: measured.count, total: corpus.facts.count)),
            .table(Table(columns: [
                .init(labels.columnValue, width: 1.2), .init(labels.columnArticle, width: 1.6, overflow: .ellipsizeMiddle, minWidth: 60),
                .init(labels.columnSentence, width: 4),
            ], rows: rows, groupHeadings: headings)),
        ])
    }

    /// The metadata of the article with this id, looked up for the few hundred rows the tables show (a dictionary
    /// over the whole corpus, built per table, cost more than the rows).
    private func metadata(_ id: String) -> ArticleMetadata? {
        corpus.articleIndex(id).map { corpus.articles[$0].metadata }
    }

    /// Names (and dates) of the articles a figure was read from.
    private func articles(_ f: CorpusFact) -> String {
        let ids = f.sources.map(\.article).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return ids.map { names[$0] ?? $0 }.joined(separator: "; ")
    }

    /// Every figure in article order with its sentence, capped (facts.csv and stats.json have all).
    private var figureAppendix: Section {
        let shown = corpus.facts.prefix(maxAppendixRows)
        var rows = zip(shown.indices, shown).map { i, c -> [Table.Cell] in
            [Table.Cell(format.value(c.fact)), Table.Cell(figures.measures[i].map(labels.measureName) ?? labels.kindName(c.fact.kind)),
             Table.Cell(c.fact.subject.map(labels.entityName) ?? "—"), Table.Cell(articles(c), link: metadata(c.article)?.url),
             Table.Cell(FactFormatting.excerpt(c.fact), italic: true)]
        }
        if corpus.facts.count > shown.count {
            rows.append([Table.Cell(labels.moreFigures(corpus.facts.count - shown.count), italic: true)])
        }
        return Section(title: labels.sectionFigureAppendix, blocks: [.table(Table(columns: [
            .init(labels.columnValue, width: 1.2), .init(labels.columnKind, width: 1), .init(labels.columnSubject, width: 1),
            .init(labels.columnArticle, width: 1.4, overflow: .ellipsizeMiddle, minWidth: 60), .init(labels.columnSentence, width: 3.6),
        ], rows: rows))])
    }

    private var articleAppendix: Section {
        let shown = corpus.articles.prefix(maxArticleRows)
        // Counted for the shown articles only: they are the first in id order, so a source after the last of them is
        // passed over with one comparison instead of being counted in a dictionary of every article.
        var factCounts: [String: Int] = [:]
        if let lastShown = shown.last?.id {
            for f in corpus.facts { for source in f.sources where source.article <= lastShown { factCounts[source.article, default: 0] += 1 } }
        }
        var rows = shown.map { a -> [Table.Cell] in
            let top = a.mentions.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { "\(labels.entityName($0.key)) \($0.value)" }
            return [
                Table.Cell(names[a.id] ?? a.id, link: a.metadata.url), Table.Cell(a.id),
                Table.Cell(a.metadata.date ?? "—"), Table.Cell(a.metadata.source ?? "—"),
                Table.Cell(labels.articleFacts(factCounts[a.id] ?? 0)), Table.Cell(top.joined(separator: ", ")),
            ]
        }
        if corpus.articles.count > shown.count {
            rows.append([Table.Cell(labels.moreArticles(corpus.articles.count - shown.count), italic: true)])
        }
        return Section(title: labels.sectionArticles, blocks: [.table(Table(columns: [
            .init(labels.columnArticle, width: 2.6), .init(labels.columnFile, width: 1.2, overflow: .ellipsizeMiddle, minWidth: 50),
            .init(labels.columnDate, width: 1), .init(labels.columnSource, width: 1.1),
            .init(labels.columnFigures, width: 0.8), .init(labels.topMentions, width: 2),
        ], rows: rows))])
    }

    private var unknownAppendix: Section {
        let rows = corpus.unknownNames.prefix(60).map {
            [Table.Cell($0.name), Table.Cell(labels.style.format(Double($0.total))), Table.Cell(labels.style.format(Double($0.articles)))]
        }
        return Section(title: labels.sectionUnknown, blocks: [
            .paragraph(labels.unknownNote),
            .table(Table(columns: [.init(labels.columnName, width: 3), .init(labels.mentions, width: 1, alignment: .trailing),
                                   .init(labels.columnArticles, width: 1, alignment: .trailing)], rows: Array(rows))),
        ])
    }
}
