import Foundation
import Render
import Stats

/// Builds the report's charts from corpus statistics. Pure: values in, chart values out.
struct ChartSet: Sendable {
    let corpus: CorpusStats
    let labels: Labels
    let sourceLine: String
    /// The name a reader knows each article by (title, else outlet and date, else file name).
    let names: DisplayNames
    /// The corpus's figures with a subject and a measure, by measure: what comparison charts are drawn from.
    let figures: MeasuredFigures
    private var byMeasure: [Measure: [CorpusFact]] { figures.byMeasure }
    /// Bars per figure chart; the rest is counted in the chart's note and listed in the table.
    static let maxBars = 20
    /// A figure chart compares subjects: a measure with figures of fewer distinct subjects than this (two prices of
    /// one car in baht, three won figures) is no comparison a briefing reader can use, so its figures stay in the
    /// table, facts.csv and stats.json. On the 27,494-article corpus this leaves 23 of 38 figure charts.
    static let minSubjects = 4
    /// An article with fewer China-and-US mentions than this joins the pooled row of the share-of-voice chart.
    static let minShareMentions = 3

    init(corpus: CorpusStats, labels: Labels, sourceLine: String, figures: MeasuredFigures? = nil) {
        self.corpus = corpus
        self.labels = labels
        self.sourceLine = sourceLine
        names = DisplayNames(corpus.articles)
        self.figures = figures ?? MeasuredFigures(corpus)
    }

    var format: FactFormatting { FactFormatting(labels: labels) }

    /// A subject a chart can name: a lexicon entity, or an unknown name of at most three words that is not a bare
    /// acronym ("PPN", "EBITDA", "PHK") nor a single capitalised word that only opens its sentence ("Bagian …",
    /// "Penjualan naik 7%"): such a word is as often an ordinary noun as a name, and a chart or the cover must not
    /// put a noun forward as an owner. Longer unknown "names" are mostly a capitalised phrase ("Berkat VOOC Flash
    /// Charge"). These figures stay in the tables, facts.csv and stats.json.
    static func isChartable(_ subject: String, in fact: Fact, known: Set<String>) -> Bool {
        if known.contains(subject) { return true }
        let words = subject.split(separator: " ")
        guard words.count <= 3 else { return false }
        if words.count == 1, subject.allSatisfy({ $0.isUppercase || $0.isNumber }) { return false }
        // Only a single word can be a sentence opener: the sentence is not trimmed for the others.
        guard words.count == 1 else { return true }
        // Most sentences do not open with the subject: a look at their first letters settles it without trimming them.
        let opening = fact.sentence.unicodeScalars.drop { openingTrim.contains($0) }
        guard opening.starts(with: subject.unicodeScalars) else { return true }
        let sentence = fact.sentence.trimmingCharacters(in: openingTrim)
        let opensOnly = sentence.hasPrefix(subject + " ") && sentence.range(of: subject, options: .backwards)?.lowerBound == sentence.startIndex
        return !(words.count == 1 && opensOnly)
    }

    private static let openingTrim = CharacterSet.whitespaces.union(.punctuationCharacters)

    /// The measures whose comparable figures name at least `minSubjects` distinct subjects: one chart each (unless
    /// the largest `maxBars` of them name fewer, see `figures`).
    var measures: [Measure] { byMeasure.filter { Self.comparesSubjects($0.value) }.keys.sorted() }

    /// Whether `figures` name at least `minSubjects` distinct subjects.
    static func comparesSubjects(_ figures: [CorpusFact]) -> Bool {
        var subjects = Set<String>()
        for f in figures {
            if let s = f.fact.subject { subjects.insert(s) }
            if subjects.count >= minSubjects { return true }
        }
        return false
    }

    /// Every chart of the report, by id: the fixed ones and one per measure the folder holds.
    /// The charts do not depend on each other, so they are made on every core (the trends and the timeline take
    /// ~0.15 s each on the 27,494-article corpus; they come early in the list and so start first).
    var all: [ChartID: Chart] {
        let ids = ChartID.fixed + [.trends] + measures.map(ChartID.figure)
        let made = Locked([Chart?](repeating: nil, count: ids.count))
        DispatchQueue.concurrentPerform(iterations: ids.count) { i in
            let chart = chart(ids[i])
            made.withLock { $0[i] = chart }
        }
        return Dictionary(uniqueKeysWithValues: zip(ids, made.withLock { $0 }).compactMap { id, chart in chart.map { (id, $0) } })
    }

    /// Over time: nil unless dated articles span two months.
    var trends: TrendChart? { TrendCharts(corpus: corpus, labels: labels, sourceLine: sourceLine).chart }

    func chart(_ id: ChartID) -> Chart? {
        switch id {
        case .mentions: .bar(mentions)
        case .shareOfVoice: .stacked(shareOfVoice)
        case .heatmap: .heatmap(heatmap)
        case .timeline: .timeline(timeline)
        case .trends: trends.map(Chart.trend)
        case .figure(let m): figures(m).map(Chart.bar)
        }
    }

    /// A short name for an article in chart labels; a run-on first line of megabytes is cut to its first 200 characters.
    func articleLabel(_ a: CorpusArticle) -> String {
        let full = names[a.id] ?? ArticleName.display(a)
        return full.utf8.count > 400 ? String(full.prefix(200)) + " …" : full
    }

    private var counted: [EntityCount] { corpus.mentions.filter { $0.category != .ignore } }

    var mentions: BarChart {
        let top = Array(counted.prefix(15))
        return BarChart(
            title: labels.mentionsTitle, subtitle: labels.mentionsSubtitle(top.count),
            bars: top.map { .init(label: labels.entityName($0.entity), value: Double($0.total), valueLabel: labels.style.format(Double($0.total)), color: EntityColors.color($0.entity, $0.category)) },
            valueAxisTitle: labels.mentions, numberStyle: labels.style, legend: EntityColors.legend(for: top, labels: labels), source: sourceLine)
    }

    /// Shares per article with their weight: the totals are written beside each bar, the heaviest articles come
    /// first, and articles with only a mention or two are pooled into one row so they do not look like landslides.
    var shareOfVoice: StackedBarChart {
        // Article indices, not copies of the articles (each copy retains all of an article's strings).
        let articles = corpus.articles
        let rows = articles.indices.compactMap { i -> (Int, Double, Double)? in
            let mentions = articles[i].mentions
            let row = (i, Double(mentions[Rivals.china] ?? 0), Double(mentions[Rivals.unitedStates] ?? 0))
            return row.1 + row.2 > 0 ? row : nil
        }
        let heavy = rows.filter { $0.1 + $0.2 >= Double(Self.minShareMentions) }
            .sorted { ($0.1 + $0.2, articles[$1.0].id) > ($1.1 + $1.2, articles[$0.0].id) }
        let shown = heavy.prefix(20)
        let pooled = rows.filter { $0.1 + $0.2 < Double(Self.minShareMentions) } + heavy.dropFirst(20)
        let total: (Double, Double) -> String = { "\(labels.style.format($0)) : \(labels.style.format($1))" }
        var out: [StackedBarChart.Row] = shown.map { .init(label: articleLabel(articles[$0.0]), values: [$0.1, $0.2], totalLabel: total($0.1, $0.2)) }
        if !pooled.isEmpty {
            let c = pooled.reduce(0) { $0 + $1.1 }, u = pooled.reduce(0) { $0 + $1.2 }
            let label = heavy.count > 20 ? labels.pooledOthers(pooled.count) : labels.pooledArticles(pooled.count, Self.minShareMentions)
            out.append(.init(label: label, values: [c, u], totalLabel: total(c, u), isPooled: true))
        }
        return StackedBarChart(
            title: labels.shareTitle, subtitle: labels.shareSubtitle(shown.count, rows.count),
            series: [LegendItem(labels.entityName(Rivals.china), EntityColors.china), LegendItem(labels.entityName(Rivals.unitedStates), EntityColors.unitedStates)],
            rows: out, normalized: true,
            valueAxisTitle: labels.shareAxis, numberStyle: labels.style, source: sourceLine, showsTotals: true, totalsTitle: labels.shareTotals)
    }

    var heatmap: Heatmap {
        let entities = Array(counted.prefix(12))
        // (index, mentions) of the articles that mention any of them. The articles are in id order, so an index
        // stands for the id in the tie-break and the column order, and no analysis is copied to be sorted.
        let weighed = corpus.articles.indices.compactMap { i -> (article: Int, mentions: Int)? in
            // The article's mentions read once, not once per entity.
            let mentions = corpus.articles[i].mentions
            guard !mentions.isEmpty else { return nil }
            let n = entities.reduce(0) { $0 + (mentions[$1.entity] ?? 0) }
            return n > 0 ? (i, n) : nil
        }
        let columns = weighed.sorted { ($0.mentions, $1.article) > ($1.mentions, $0.article) }.prefix(30).map(\.article).sorted()
            .map { corpus.articles[$0] }
        return Heatmap(
            title: labels.heatmapTitle, subtitle: labels.heatmapSubtitle(entities.count, columns.count, weighed.count),
            rowLabels: entities.map { labels.entityName($0.entity) }, columnLabels: columns.map(articleLabel),
            values: entities.map { e in columns.map { Double($0.mentions[e.entity] ?? 0) } },
            numberStyle: labels.style, source: sourceLine, colorLegendTitle: labels.mentions)
    }

    /// The lexicon's category of a name; nil for a name the lexicon does not list (a product such as "Legion Y740" read
    /// as a subject), which no category may claim.
    private func category(of entity: String?) -> EntityCategory? {
        corpus.mentions.first { $0.entity == entity }?.category
    }

    /// The subject's colour, but never a rival's colour for a figure whose sentence also credits the other rival
    /// ("the United States and China together hold 80%"): colours claim no more than the text says.
    private func color(_ f: Fact) -> RGB {
        guard let subject = f.subject else { return Palette.neutral }
        let rivals: Set = [Rivals.china, Rivals.unitedStates]
        if rivals.contains(subject) {
            let other = subject == Rivals.china ? Self.usWords : Self.chinaWords
            if !Set(f.sentence.split { !$0.isLetter }.map(String.init)).isDisjoint(with: other) { return Palette.neutral }
        }
        return category(of: subject).map { EntityColors.color(subject, $0) } ?? EntityColors.unlisted
    }
    private static let chinaWords: Set<String> = ["China", "Tiongkok", "Cina", "Chinese", "RRT"]
    private static let usWords: Set<String> = ["AS", "Amerika", "US", "USA", "American"]

    /// "about 5" and "less than 50" are drawn light and outlined: a solid bar to 50 would claim the figure reaches 50.
    /// "at least" and "more than" stay solid, since the bar's length is then certain.
    static func isVague(_ bound: Bound) -> Bool { bound == .approx || bound == .lessThan }

    /// A vague span whose ends are five times apart or more: an order of magnitude ("puluhan juta", 10–99 million), not
    /// a figure. It is drawn light to its lower end with the whole span in its label: a bar to 99 million would stretch
    /// the axis, and squeeze every figure the articles did give, for a number no article wrote.
    static func isOrderOfMagnitude(_ span: ClosedRange<Double>) -> Bool {
        let low = min(abs(span.lowerBound), abs(span.upperBound)), high = max(abs(span.lowerBound), abs(span.upperBound))
        return high >= 5 * low
    }

    /// The figures of one measure, largest first, each labelled "Subject · measure"; nil when they, or the
    /// `maxBars` largest of them that are drawn, name fewer than `minSubjects` subjects.
    func figures(_ m: Measure) -> BarChart? {
        let found = byMeasure[m] ?? []
        guard Self.comparesSubjects(found) else { return nil }
        let sign: (Fact) -> Double = { m.quantity == .percentChange ? Measure.sign($0) : 1 }
        // Each figure's signed value found once, not in every comparison (a percent change reads its words for the sign).
        let signed = found.map { sign($0.fact) * ($0.fact.value.number ?? 0) }
        let subject = { (i: Int) in found[i].fact.subject ?? "" }
        // The largest figures by size (falls as well as rises), then drawn from the highest value down.
        let ordered = found.indices.sorted { (abs(signed[$0]), subject($1), found[$1].id) > (abs(signed[$1]), subject($0), found[$0].id) }
            .prefix(Self.maxBars)
            .sorted { (signed[$0], subject($1), found[$1].id) > (signed[$1], subject($0), found[$0].id) }
            .map { found[$0] }
        // The bars drawn must compare subjects too, not only the figures behind them.
        guard Self.comparesSubjects(Array(ordered)) else { return nil }
        let sorted = ordered.map(\.fact)
        // A subject with several figures gets each one's article date (or name) beside it, so the bars can be told apart.
        var perSubject: [String: Int] = [:]
        for f in sorted { perSubject[f.subject!, default: 0] += 1 }
        let bars: [BarChart.Bar] = zip(ordered, sorted).map { c, f in
            let note = perSubject[f.subject!, default: 0] > 1 ? whence(c) : nil
            let v = sign(f) * (f.value.number ?? 0)
            let high = f.valueMax.map { sign(f) * $0 }
            var range = high.flatMap { h in h == v ? nil : min(v, h)...max(v, h) }
            if Self.isVague(f.bound), let r = range, Self.isOrderOfMagnitude(r) { range = nil }
            return .init(label: labels.figureLabel(f, m), value: v, valueLabel: valueLabel(f, m, sign: sign(f)), color: color(f),
                         note: note, isApproximate: Self.isVague(f.bound) && range == nil, range: range)
        }
        let positive = bars.map { abs($0.value) }.filter { $0 > 0 }
        let log = !m.isPercent && (positive.max() ?? 0) > 100 * (positive.min() ?? .infinity)
        let chart = BarChart(
            title: labels.measureTitle(m), subtitle: labels.measureSubtitle(m, log: log), bars: bars,
            valueAxisTitle: axisTitle(m, log: log), scale: log ? .log10 : .linear, numberStyle: labels.style,
            legend: legend(sorted), source: figureSource(ordered),
            tickPrefix: m.currency == "USD" ? "$" : "", tickSuffix: m.isPercent ? "%" : "")
        var capped = chart
        if found.count > ordered.count { capped.note = labels.topOf(ordered.count, found.count) }
        return capped
    }

    /// What a figure chart is drawn from: its bars, the articles they were first read in, those articles' outlets and
    /// dates. Not the folder's article count, which every added article changes: a chart whose bars stay the same keeps
    /// its bytes, and its PNG is not drawn again.
    func figureSource(_ shown: [CorpusFact]) -> String {
        var seen = Set<String>()
        let articles = shown.compactMap { seen.insert($0.article).inserted ? corpus.article($0.article) : nil }
        let dates = articles.compactMap(\.metadata.date)
        return labels.figureSourceLine(figures: shown.count, articles: seen.count, outlets: ReportDocument.outlets(articles),
                                       from: dates.min(), to: dates.max())
    }

    /// The colours the shown bars use, named: China and the US by name, other subjects by category, and grey
    /// for figures their sentence credits to both.
    private func legend(_ facts: [Fact]) -> [LegendItem] {
        let subjects = Set(facts.filter { color($0) != Palette.neutral }.compactMap(\.subject))
        var items: [LegendItem] = []
        for rival in [Rivals.china, Rivals.unitedStates] where subjects.contains(rival) {
            items.append(LegendItem(labels.entityName(rival), EntityColors.color(rival, .country)))
        }
        let others = subjects.filter { $0 != Rivals.china && $0 != Rivals.unitedStates }
        let categories = Set(others.compactMap { category(of: $0) })
        for c in EntityCategory.allCases where c != .ignore && categories.contains(c) {
            items.append(LegendItem(labels.category(c), EntityColors.color(c)))
        }
        if others.contains(where: { category(of: $0) == nil }) { items.append(LegendItem(labels.unlistedName, EntityColors.unlisted)) }
        if facts.contains(where: { color($0) == Palette.neutral }) { items.append(LegendItem(labels.sharedCredit, Palette.neutral)) }
        return items
    }

    /// "2019-09-11", else the article's name (short): where a figure was read.
    private func whence(_ f: CorpusFact) -> String {
        if let date = corpus.article(f.article)?.metadata.date { return date }
        let name = names[f.article] ?? f.article
        return name.count > 24 ? String(name.prefix(23)) + "…" : name
    }

    private func valueLabel(_ f: Fact, _ m: Measure, sign: Double) -> String {
        var g = f
        if sign < 0, case .number(let v) = g.value { g.value = .number(-v); g.valueMax = g.valueMax.map { -$0 } }
        let number: (Double) -> String = { m.isPercent ? labels.style.format($0, maxFractionDigits: 2) : labels.style.compact($0) }
        let low = g.value.number ?? 0
        // A vague or ranged value says its whole span ("~100–1,000" for "ratusan"), never one exact-looking number.
        let unit = m.currency.map { $0 + " " } ?? ""
        // The bound goes first ("~USD 103B", "> USD 3.1T"): the bar's own "~" for vague values is then not doubled.
        let span: String? = g.valueMax.flatMap { $0 != low ? (g.bound == .range ? "" : "~") + unit + number(low) + "–" + number($0) : nil }
        let text = span ?? format.boundPrefix(g.bound).replacingOccurrences(of: " ", with: "") + unit + number(low)
        return text + (m.isPercent ? "%" : "")
    }

    private func axisTitle(_ m: Measure, log: Bool) -> String {
        let base = m.currency.map { labels.moneyAxisPlain($0) } ?? (m.isPercent ? labels.percentAxis : m.quantity == .models ? labels.modelsAxis : labels.tokensAxis)
        return log ? base + labels.logScale : base
    }

    /// At most 30 dates per lane stay readable: the busiest publication days, the most-mentioned dates.
    private static let maxPerLane = 30

    var timeline: Timeline {
        // Article indices with their dates: copying 27,000 analyses into the lists cost more than the rest.
        var dated: [(article: Int, date: ISODate, day: Int)] = []
        for i in corpus.articles.indices {
            if let date = corpus.articles[i].metadata.date.flatMap(ISODate.init), let day = date.placedDay { dated.append((i, date, day.number)) }
        }
        let window = Self.window(dated.map(\.day))
        var outside = 0
        if let window {
            outside = dated.count { !window.contains($0.day) }
            dated = dated.filter { window.contains($0.day) }
        }
        let (mentioned, mentionedOutside) = mentionedEvents(in: window)
        let events = (publishedEvents(dated) + mentioned).sorted { ($0.day, $0.lane, $0.label) < ($1.day, $1.lane, $1.label) }
        outside += mentionedOutside
        var subtitle = labels.timelineSubtitle + labels.undated(corpus.articles.count { $0.metadata.date.flatMap(Self.day) == nil }, of: corpus.articles.count)
        if let window, outside > 0 {
            subtitle += labels.timelineOutside(outside, Self.isoMonth(window.lowerBound + 31), Self.isoMonth(window.upperBound - 31))
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
    private func publishedEvents(_ dated: [(article: Int, date: ISODate, day: Int)]) -> [Timeline.Event] {
        let byMonth = (dated.map(\.day).max() ?? 0) - (dated.map(\.day).min() ?? 0) > 120
        // Per day (or month): how many articles, and the first of them (named when it is the only one).
        var published: [Int: (count: Int, first: Int)] = [:]
        for (article, date, day) in dated {
            let key = byMonth ? date.placedMonth?.number ?? day : day
            published[key, default: (0, article)].count += 1
        }
        return published.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.prefix(Self.maxPerLane).map { day, articles in
            let label = articles.count == 1 ? articleLabel(corpus.articles[articles.first]) : labels.articlesOnDay(articles.count)
            return .init(day: day, label: label, lane: labels.laneArticles, color: EntityColors.unitedStates)
        }
    }

    /// The most-mentioned dates inside `window`, and how many mentioned dates fell outside it.
    private func mentionedEvents(in window: ClosedRange<Int>?) -> ([Timeline.Event], Int) {
        // Counted by date; only the dates shown are put in words (most of a large corpus's thousands are not shown).
        var mentioned: [String: (count: Int, day: Int?)] = [:]
        var outside = 0
        for i in corpus.facts.indices where corpus.facts[i].fact.kind == .date {
            guard case .date(let iso) = corpus.facts[i].fact.value, iso.count >= 7 else { continue }
            let day = ISODate(iso)?.placedDay?.number
            if let window, let day, !window.contains(day) {
                outside += 1
                continue
            }
            mentioned[iso, default: (0, day)].count += 1
        }
        let events = mentioned.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }).prefix(Self.maxPerLane).compactMap { iso, m in
            m.day.map { Timeline.Event(day: $0, label: dateLabel(iso), lane: labels.laneEvents, color: EntityColors.china) }
        }
        return (events, outside)
    }

    /// "28 Jan 2025", "Jan 2025", "2025": a mentioned date in the report's words, not the article's.
    func dateLabel(_ iso: String) -> String {
        guard let date = ISODate(iso), date.precision != .year else { return iso }
        let month = labels.monthNames[date.month - 1] + " \(date.year)"
        return date.precision == .day ? "\(date.day) " + month : month
    }

    /// "2019-09" for a day since 1970-01-01.
    static func isoMonth(_ day: Int) -> String { PublicationDay(number: day).isoMonth }

    /// Days since 1970-01-01 of an ISO date; a month is placed on its 15th.
    static func day(_ iso: String) -> Int? { ISODate(iso)?.placedDay?.number }
}
