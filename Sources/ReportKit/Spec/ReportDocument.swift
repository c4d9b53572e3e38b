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
    /// Caps that keep the PDF a readable size on a year of news; stats.json always has everything.
    var maxFactRows = 600
    var maxArticleRows = 200

    var format: FactFormatting { FactFormatting(labels: labels) }

    func build() -> Document {
        var sections = [
            cover,
            Section(title: labels.sectionMentions, blocks: chart(.mentions, 0.45) + chart(.shareOfVoice, 0.45) + chart(.heatmap, 0.6)),
            Section(title: labels.sectionFigures, blocks: chart(.tokens, 0.45) + chart(.money, 0.45) + chart(.modelCounts, 0.45)
                + chart(.percentages, 0.45)),
            Section(title: labels.sectionTimeline, blocks: chart(.timeline, 0.55)),
            conflicts,
            factTable,
            articleAppendix,
        ]
        if !corpus.unknownNames.isEmpty { sections.append(unknownAppendix) }
        return Document(
            title: labels.reportTitle, subject: labels.reportSubtitle(corpus.articles.count),
            keywords: ["AI", Rivals.china, Rivals.unitedStates, "news", "report-gen"], creator: "report-gen \(ReportGenerator.version)",
            author: "report-gen", date: date, pageFooter: labels.reportTitle, sections: sections, pageNumberFormat: labels.pageFormat)
    }

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
            figures.append(HeadlineFigure(value: labels.style.format(Double(total)), caption: labels.mentionsCaption(name)))
        }
        let facts = corpus.facts.map(\.fact)
        if let top = facts.filter({ $0.kind == .tokens && $0.subject != nil }).max(by: { ($0.value.number ?? 0) < ($1.value.number ?? 0) }) {
            figures.append(HeadlineFigure(value: labels.style.compact(top.value.number ?? 0), caption: labels.largestTokensCaption(top.subject!)))
        }
        if let top = facts.filter({ $0.kind == .money && $0.subject != nil && $0.role != nil }).max(by: { ($0.value.number ?? 0) < ($1.value.number ?? 0) }) {
            // As written when it is short ("$1 miliar"); a long phrase ("sekitar Rp 65.000 triliun") would be cut on the cover.
            let value = top.text.count <= 14 ? top.text : format.value(top)
            figures.append(HeadlineFigure(value: value, caption: labels.largestMoneyCaption(top.subject!, top.role)))
        }
        let dates = corpus.articles.compactMap(\.metadata.date).sorted()
        var sources: [String] = []
        for s in corpus.articles.compactMap(\.metadata.source) where !sources.contains(s) { sources.append(s) }
        let shownSources = sources.count > 6 ? Array(sources.prefix(6)) + ["…"] : sources
        let line = labels.corpusLine(articles: corpus.articles.count, from: dates.first, to: dates.last, sources: shownSources)
        return Section(title: labels.sectionCover, blocks: [
            .cover(title: labels.reportTitle, subtitle: labels.reportSubtitle(corpus.articles.count), figures: figures, corpusLine: line),
        ])
    }

    private var conflicts: Section {
        let wanted = Set(corpus.conflicts.flatMap(\.factIDs))
        var byID: [String: CorpusFact] = [:]
        for f in corpus.facts where wanted.contains(f.id) { byID[f.id] = f }
        guard !corpus.conflicts.isEmpty else {
            return Section(title: labels.sectionConflicts, blocks: [.paragraph(labels.noConflicts)], startsNewPage: false)
        }
        let rows: [[Table.Cell]] = corpus.conflicts.flatMap { c in
            c.factIDs.compactMap { byID[$0] }.map { f in
                [Table.Cell(c.subject), Table.Cell(c.role.map(labels.roleName) ?? labels.kindName(c.kind)), Table.Cell(format.value(f.fact)),
                 Table.Cell(f.article), Table.Cell(FactFormatting.excerpt(f.fact), italic: true)]
            }
        }
        return Section(title: labels.sectionConflicts, blocks: [.table(Table(columns: [
            .init(labels.columnSubject, width: 1.2), .init(labels.columnKind, width: 1), .init(labels.columnValue, width: 1.2),
            .init(labels.columnArticle, width: 1.3), .init(labels.columnSentence, width: 4),
        ], rows: rows))])
    }

    /// Every figure, the meaningful kinds first when the table must be cut.
    private var factTable: Section {
        let priority: [FactKind: Int] = [.tokens: 0, .money: 1, .modelCount: 2, .percent: 3, .count: 4, .duration: 5, .date: 6]
        var shown = corpus.facts
        if shown.count > maxFactRows {
            // Sort positions, not the facts themselves: copying 100,000 facts around was most of this step.
            let kinds = corpus.facts.map { priority[$0.fact.kind]! }
            let chosen = corpus.facts.indices.sorted { (kinds[$0], $0) < (kinds[$1], $1) }.prefix(maxFactRows).sorted()
            shown = chosen.map { corpus.facts[$0] }
        }
        let urls = Dictionary(corpus.articles.map { ($0.id, $0.metadata.url) }, uniquingKeysWith: { a, _ in a })
        let rows = shown.map { c -> [Table.Cell] in
            let articles = c.sources.map(\.article).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            return [
                Table.Cell(format.value(c.fact) + "\n“" + c.fact.text + "”"), Table.Cell(labels.kindName(c.fact.kind) + (c.fact.role.map { " · " + labels.roleName($0) } ?? "")),
                Table.Cell(c.fact.subject ?? "—"), Table.Cell(articles.joined(separator: ", "), link: urls[c.article] ?? nil),
                Table.Cell(FactFormatting.excerpt(c.fact), italic: true),
            ]
        }
        return Section(title: labels.sectionFactTable, blocks: [
            .paragraph(labels.factTableNote(shown: shown.count, total: corpus.facts.count)),
            .table(Table(columns: [
                .init(labels.columnValue, width: 1.3), .init(labels.columnKind, width: 1), .init(labels.columnSubject, width: 1),
                .init(labels.columnArticle, width: 1.3), .init(labels.columnSentence, width: 4),
            ], rows: rows)),
        ])
    }

    private var articleAppendix: Section {
        var factCounts: [String: Int] = [:]
        for f in corpus.facts { for source in f.sources { factCounts[source.article, default: 0] += 1 } }
        let shown = corpus.articles.prefix(maxArticleRows)
        var rows = shown.map { a -> [Table.Cell] in
            let top = a.mentions.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { "\($0.key) \($0.value)" }
            return [
                Table.Cell(articleName(a), link: a.metadata.url),
                Table.Cell(a.metadata.date ?? "—"), Table.Cell(a.metadata.source ?? "—"),
                Table.Cell(labels.articleFacts(factCounts[a.id] ?? 0)), Table.Cell(top.joined(separator: ", ")),
            ]
        }
        if corpus.articles.count > shown.count {
            rows.append([Table.Cell(labels.moreArticles(corpus.articles.count - shown.count), italic: true), .init(""), .init(""), .init(""), .init("")])
        }
        return Section(title: labels.sectionArticles, blocks: [.table(Table(columns: [
            .init(labels.columnArticle, width: 3), .init(labels.columnDate, width: 1.1), .init(labels.columnSource, width: 1.2),
            .init(labels.columnFigures, width: 1), .init(labels.topMentions, width: 2.4),
        ], rows: rows))])
    }

    /// Title (or first words) over the id, so an untitled article is still recognisable.
    private func articleName(_ a: ArticleAnalysis) -> String {
        // A run-on first line of megabytes is not a title a table cell can lay out: the first 200 characters are.
        let full = a.metadata.title ?? a.lead
        let name = full.utf8.count > 400 ? String(full.prefix(200)) + " …" : full
        return name.isEmpty ? a.id : name + "\n" + a.id
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
