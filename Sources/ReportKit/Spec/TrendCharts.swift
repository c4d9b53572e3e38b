import Render
import Stats

/// The `trends` chart: mentions per week or month of China, the United States and the most-mentioned other names
/// (not outlets, not other countries), over the densest stretch of dated articles (see `TrendWindow`). Absent when no
/// stretch spans two months. Periods without articles are gaps in the lines.
struct TrendCharts {
    let corpus: CorpusStats
    let labels: Labels
    let sourceLine: String
    /// Each article's day, parallel to `corpus.articles`: read once, not again for the window, the lines and the note.
    let days: [PublicationDay?]
    /// Lines besides China and the United States: more than three tangle.
    var others = 3

    init(corpus: CorpusStats, labels: Labels, sourceLine: String, days: [PublicationDay?]? = nil) {
        self.corpus = corpus
        self.labels = labels
        self.sourceLine = sourceLine
        self.days = days ?? PublicationDay.of(corpus.articles)
    }

    /// Colours for the other lines: Okabe–Ito without China's vermillion, the US blue and yellow (too pale for a line).
    static let otherColors = [RGB(hex: 0xE69F00), RGB(hex: 0x009E73), RGB(hex: 0xCC79A7), RGB(hex: 0x56B4E9), RGB(hex: 0x000000)]

    /// The trend as numbers (stats.json and the PDF read the same), or nil when there is none to draw.
    var trend: (trend: MentionTrend, window: TrendWindow)? {
        guard let window = TrendWindow.choose(days: days.compactMap { $0 }) else { return nil }
        var inside: [CorpusArticle] = [], insideDays: [PublicationDay?] = []
        inside.reserveCapacity(window.inside)
        insideDays.reserveCapacity(window.inside)
        for i in corpus.articles.indices {
            guard let day = days[i], window.contains(day) else { continue }
            inside.append(corpus.articles[i])
            insideDays.append(day)
        }
        // Outlets name themselves in their own articles ("KOMPAS.com"): their count is who wrote, not who is written about.
        let categories = Dictionary(corpus.mentions.map { ($0.entity, $0.category) }, uniquingKeysWith: { a, _ in a })
        let ranked = MentionTrend.topEntities(ofDated: inside, top: .max).filter { name in
            guard let category = categories[name] else { return false }
            // Other countries are the setting (Indonesia leads any Indonesian folder), not a side of the race.
            return category != .media && category != .ignore && (category != .country || name == Rivals.china || name == Rivals.unitedStates)
        }
        let fixed = [Rivals.china, Rivals.unitedStates].filter(ranked.contains)
        let entities = fixed + ranked.filter { !fixed.contains($0) }.prefix(others)
        guard !entities.isEmpty, let trend = MentionTrend.make(inside, days: insideDays, entities: entities) else { return nil }
        return (trend, window)
    }

    var chart: TrendChart? {
        guard let (trend, window) = trend else { return nil }
        let period: TrendChart.Period = trend.granularity == .week ? .week : .month
        let starts = TrendChart.periods(from: CalendarDay(window.days.lowerBound), through: CalendarDay(window.days.upperBound), period)
        guard starts.count == trend.periods.count else { return nil }
        var otherColors = Self.otherColors.makeIterator()
        let series = trend.series.map { s in
            let color = s.entity == Rivals.china ? EntityColors.china
                : s.entity == Rivals.unitedStates ? EntityColors.unitedStates : (otherColors.next() ?? Palette.neutral)
            // A period without articles is a gap in the line, not a fall to zero.
            let values = zip(s.counts, trend.articles).map { count, articles in articles == 0 ? Double.nan : Double(count) }
            return TrendChart.Series(name: labels.entityName(s.entity), color: color, values: values)
        }
        let undated = corpus.articles.count - window.inside - window.outside
        return TrendChart(
            title: labels.trendTitle(trend.granularity), subtitle: labels.trendSubtitle(window: window, articles: window.inside),
            period: period, periodStarts: starts, series: series, valueAxisTitle: labels.trendAxis(trend.granularity),
            numberStyle: labels.style, source: sourceLine, monthNames: labels.monthNames,
            note: labels.trendNote(outside: window.outside, undated: undated, window: window))
    }
}

extension TrendCharts {
    /// Why there is no trend when the dates span two months but bunch together (a news site's latest week after thin
    /// archive pages): said in the PDF rather than leaving the reader to wonder. Nil when there is a trend, or when the
    /// dates span less than two months (nothing to explain).
    var absence: String? {
        guard trend == nil else { return nil }
        let dated = days.compactMap { $0 }.sorted()
        guard let first = dated.first, let last = dated.last, last.number - first.number >= MentionTrend.minimumSpanDays else { return nil }
        return labels.noTrend(dated: dated.count, first: first.iso, last: last.iso,
                              mostFrom: dated[dated.count / 10].iso, mostTo: dated[dated.count - 1 - dated.count / 10].iso)
    }
}
