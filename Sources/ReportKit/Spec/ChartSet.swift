import Foundation
import Render
import Stats

/// Builds the report's charts from corpus statistics. Pure: values in, chart values out.
struct ChartSet {
    let corpus: CorpusStats
    let labels: Labels
    let sourceLine: String
    /// The corpus's facts by kind, sorted out once: each chart used to walk (and copy) all of them.
    private let factsByKind: [FactKind: [Fact]]

    init(corpus: CorpusStats, labels: Labels, sourceLine: String) {
        self.corpus = corpus
        self.labels = labels
        self.sourceLine = sourceLine
        var byKind: [FactKind: [Fact]] = [:]
        for f in corpus.facts where f.fact.kind != .count && f.fact.kind != .duration { byKind[f.fact.kind, default: []].append(f.fact) }
        factsByKind = byKind
    }
    var format: FactFormatting { FactFormatting(labels: labels) }

    /// Every chart of the report, by id.
    var all: [ChartID: Chart] {
        Dictionary(uniqueKeysWithValues: ChartID.allCases.map { ($0, chart($0)) })
    }

    func chart(_ id: ChartID) -> Chart {
        switch id {
        case .mentions: .bar(mentions)
        case .shareOfVoice: .stacked(shareOfVoice)
        case .heatmap: .heatmap(heatmap)
        case .tokens: .bar(tokens)
        case .money: .bar(money)
        case .modelCounts: .bar(modelCounts)
        case .percentages: .bar(percentages)
        case .timeline: .timeline(timeline)
        }
    }

    /// A short name for an article in chart labels: its title, else its first words, else its id.
    func articleLabel(_ a: ArticleAnalysis) -> String {
        let full = a.metadata.title ?? (a.lead.isEmpty ? a.id : a.lead)
        let text = full.utf8.count > 400 ? String(full.prefix(200)) + " …" : full
        // Markdown heading and emphasis marks ("## Jeff Bezos …", "**Penulis: …**") are not part of the name.
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "#*_").union(.whitespaces))
        return trimmed.isEmpty ? a.id : trimmed
    }

    private var counted: [EntityCount] { corpus.mentions.filter { $0.category != .ignore } }

    var mentions: BarChart {
        let top = Array(counted.prefix(15))
        return BarChart(
            title: labels.mentionsTitle, subtitle: labels.mentionsSubtitle(top.count),
            bars: top.map { .init(label: $0.entity, value: Double($0.total), valueLabel: labels.style.format(Double($0.total)), color: EntityColors.color($0.entity, $0.category)) },
            valueAxisTitle: labels.mentions, numberStyle: labels.style, legend: EntityColors.legend(for: top, labels: labels), source: sourceLine)
    }

    var shareOfVoice: StackedBarChart {
        let rows = corpus.articles.map { a in (a, Double(a.mentions[Rivals.china] ?? 0), Double(a.mentions[Rivals.unitedStates] ?? 0)) }
            .filter { $0.1 + $0.2 > 0 }
        let shown = rows.sorted { ($0.1 + $0.2, $1.0.id) > ($1.1 + $1.2, $0.0.id) }.prefix(20).sorted { $0.0.id < $1.0.id }
        return StackedBarChart(
            title: labels.shareTitle, subtitle: labels.shareSubtitle(shown.count, rows.count),
            series: [LegendItem(Rivals.china, EntityColors.china), LegendItem(Rivals.unitedStates, EntityColors.unitedStates)],
            rows: shown.map { .init(label: articleLabel($0.0), values: [$0.1, $0.2]) }, normalized: true,
            valueAxisTitle: labels.shareAxis, numberStyle: labels.style, source: sourceLine)
    }

    var heatmap: Heatmap {
        let entities = Array(counted.prefix(12))
        let articles = corpus.articles
            .map { a in (a, entities.reduce(0) { $0 + (a.mentions[$1.entity] ?? 0) }) }
            .filter { $0.1 > 0 }
        let columns = articles.sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }.prefix(30).map(\.0).sorted { $0.id < $1.id }
        return Heatmap(
            title: labels.heatmapTitle, subtitle: labels.heatmapSubtitle(entities.count, columns.count, articles.count),
            rowLabels: entities.map(\.entity), columnLabels: columns.map(articleLabel),
            values: entities.map { e in columns.map { Double($0.mentions[e.entity] ?? 0) } },
            numberStyle: labels.style, source: sourceLine, colorLegendTitle: labels.mentions)
    }

    private func facts(_ kind: FactKind) -> [Fact] { factsByKind[kind] ?? [] }

    private func category(of entity: String?) -> EntityCategory {
        corpus.mentions.first { $0.entity == entity }?.category ?? .organisation
    }

    private func color(_ subject: String?) -> RGB {
        subject.map { EntityColors.color($0, category(of: $0)) } ?? Palette.neutral
    }

    var tokens: BarChart {
        let shown = facts(.tokens).sorted { ($0.value.number ?? 0) > ($1.value.number ?? 0) }.prefix(20)
        // 15 billion next to 300 on a linear axis leaves the small ones without a bar: log scale beyond 1000×.
        let positive = shown.compactMap(\.value.number).filter { $0 > 0 }
        let log = (positive.max() ?? 0) > 1000 * (positive.min() ?? .infinity)
        return BarChart(
            title: labels.tokensTitle, subtitle: labels.tokensSubtitle,
            bars: shown.map { f in
                .init(label: f.subject ?? format.context(f, before: 2, after: 3), value: f.value.number ?? 0,
                      valueLabel: format.boundPrefix(f.bound) + labels.style.compact(f.value.number ?? 0), color: color(f.subject))
            },
            valueAxisTitle: log ? labels.tokensAxisLog : labels.tokensAxis, scale: log ? .log10 : .linear,
            numberStyle: labels.style, source: sourceLine)
    }

    var money: BarChart {
        let all = facts(.money)
        let byCurrency = Dictionary(grouping: all, by: { $0.unit ?? "" })
        let currency = byCurrency.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key ?? "USD"
        let shown = (byCurrency[currency] ?? []).sorted { ($0.value.number ?? 0) > ($1.value.number ?? 0) }.prefix(20)
        var subtitle = labels.moneySubtitle
        let others = all.count - (byCurrency[currency]?.count ?? 0)
        if others > 0 {
            subtitle += labels.language == .en ? " (\(others) amount\(others == 1 ? "" : "s") in other currencies are in the table)"
                : " (\(others) jumlah dalam mata uang lain ada di tabel)"
        }
        return BarChart(
            title: labels.moneyTitle, subtitle: subtitle,
            bars: shown.map { f in
                .init(label: f.subject ?? format.context(f, before: 2, after: 3), value: f.value.number ?? 0, valueLabel: f.text,
                      color: color(f.subject), note: f.role.map(labels.roleName))
            },
            valueAxisTitle: labels.moneyAxis(currency), scale: .log10, numberStyle: labels.style, source: sourceLine,
            tickPrefix: currency == "USD" ? "$" : "")
    }

    var modelCounts: BarChart {
        let shown = facts(.modelCount).sorted { ($0.value.number ?? 0) > ($1.value.number ?? 0) }.prefix(20)
        return BarChart(
            title: labels.modelsTitle, subtitle: labels.modelsSubtitle,
            bars: shown.map { f in
                .init(label: f.subject.map { "\($0): \(f.text)" } ?? f.text, value: f.value.number ?? 0,
                      valueLabel: format.boundPrefix(f.bound) + labels.style.format(f.value.number ?? 0), color: color(f.subject))
            },
            valueAxisTitle: labels.modelsAxis, numberStyle: labels.style, source: sourceLine)
    }

    var percentages: BarChart {
        // Figures about a named subject first: the largest unattributed percentages are mostly hyperbole ("sejuta persen").
        let shown = facts(.percent).sorted { ($0.subject != nil ? 1 : 0, $0.value.number ?? 0) > ($1.subject != nil ? 1 : 0, $1.value.number ?? 0) }
            .prefix(20).sorted { ($0.value.number ?? 0) > ($1.value.number ?? 0) }
        return BarChart(
            title: labels.percentTitle, subtitle: labels.percentSubtitle,
            bars: shown.map { f in
                .init(label: format.context(f, before: 3, after: 3), value: f.value.number ?? 0,
                      valueLabel: format.boundPrefix(f.bound) + labels.style.format(f.value.number ?? 0) + "%", color: color(f.subject))
            },
            valueAxisTitle: labels.percentAxis, numberStyle: labels.style, source: sourceLine, tickSuffix: "%")
    }

    /// At most 30 dates per lane stay readable: the busiest publication days, the most-mentioned dates.
    private static let maxPerLane = 30

    var timeline: Timeline {
        var dated = corpus.articles.compactMap { a in a.metadata.date.flatMap(ISODate.init).flatMap { date in date.placedDay.map { (a, date, $0) } } }
        let window = Self.window(dated.map(\.2))
        var outside = 0
        if let window {
            outside = dated.count { !window.contains($0.2) }
            dated = dated.filter { window.contains($0.2) }
        }
        let (mentioned, mentionedOutside) = mentionedEvents(in: window)
        let events = (publishedEvents(dated) + mentioned).sorted { ($0.day, $0.lane, $0.label) < ($1.day, $1.lane, $1.label) }
        outside += mentionedOutside
        var subtitle = labels.timelineSubtitle
        if let window, outside > 0, let from = Self.iso(window.lowerBound + 31), let to = Self.iso(window.upperBound - 31) {
            subtitle += labels.timelineOutside(outside, from, to)
        }
        return Timeline(title: labels.timelineTitle, subtitle: subtitle, lanes: [labels.laneArticles, labels.laneEvents],
                        events: events, numberStyle: labels.style, source: sourceLine, monthNames: labels.monthNames)
    }

    /// On a large corpus a few articles carry a wrong or historic date (1901, 1936, 2026): the axis stays where the
    /// articles are (2nd to 99th percentile of their dates, a month either side). Nil below 200 dated articles.
    static func window(_ days: [Int]) -> ClosedRange<Int>? {
        guard days.count >= 200 else { return nil }
        let sorted = days.sorted()
        return (sorted[sorted.count * 2 / 100] - 31)...(sorted[sorted.count * 99 / 100] + 31)
    }

    /// The busiest publication days; over a long span, one event per month ("Sep 2019: 22,041 articles").
    private func publishedEvents(_ dated: [(ArticleAnalysis, ISODate, Int)]) -> [Timeline.Event] {
        let byMonth = (dated.map(\.2).max() ?? 0) - (dated.map(\.2).min() ?? 0) > 120
        var published: [Int: [ArticleAnalysis]] = [:]
        for (a, date, day) in dated {
            let key = byMonth ? date.placedMonth ?? day : day
            published[key, default: []].append(a)
        }
        return published.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.prefix(Self.maxPerLane).map { day, articles in
            let label = articles.count == 1 ? articleLabel(articles[0]) : labels.articlesOnDay(articles.count)
            return .init(day: day, label: label, lane: labels.laneArticles, color: EntityColors.unitedStates)
        }
    }

    /// The most-mentioned dates inside `window`, and how many mentioned dates fell outside it.
    private func mentionedEvents(in window: ClosedRange<Int>?) -> ([Timeline.Event], Int) {
        var mentioned: [String: (count: Int, text: String, day: Int?)] = [:]
        var outside = 0
        for f in facts(.date) {
            guard case .date(let iso) = f.value, iso.count >= 7 else { continue }
            let day = ISODate(iso)?.placedDay
            if let window, let day, !window.contains(day) {
                outside += 1
                continue
            }
            mentioned[iso, default: (0, f.text, day)].count += 1
        }
        let events = mentioned.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }).prefix(Self.maxPerLane).compactMap { _, m in
            m.day.map { Timeline.Event(day: $0, label: m.text, lane: labels.laneEvents, color: EntityColors.china) }
        }
        return (events, outside)
    }

    /// "2019-09" for a day since 1970-01-01.
    static func iso(_ day: Int) -> String? {
        let date = CalendarDay(daysSinceEpoch: day)
        return "\(date.year)-" + (date.month < 10 ? "0" : "") + "\(date.month)"
    }

    /// Days since 1970-01-01 of an ISO date; a month is placed on its 15th.
    static func day(_ iso: String) -> Int? { ISODate(iso)?.placedDay }
}
