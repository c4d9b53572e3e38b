/// Mentions per week or month for a few entities, from the articles' publication dates: attention over time, as
/// Media Cloud and Voyant's Trends show it. Undated articles cannot be placed and are counted apart.
public struct MentionTrend: Sendable, Hashable {
    public enum Granularity: String, Sendable, Hashable, Codable { case week, month }

    public struct Series: Sendable, Hashable {
        public var entity: String
        /// Mentions per period, parallel to `periods`.
        public var counts: [Int]
        public var total: Int { counts.reduce(0, +) }
    }

    public var granularity: Granularity
    /// Every period from the first dated article's to the last one's, empty ones included, so gaps show as gaps:
    /// "2025-06" for months, the Monday "2025-06-16" for weeks.
    public var periods: [String]
    /// Articles published in each period (0 means no articles, not no mentions).
    public var articles: [Int]
    public var series: [Series]
    /// Articles with a full date (YYYY-MM-DD), and without one (left out of the trend).
    public var dated: Int
    public var undated: Int

    /// Dated articles must span at least this many days for a trend: two months.
    public static let minimumSpanDays = 60
    /// Up to this span, weeks; beyond it, months.
    public static let weeklyUpToDays = 183

    /// The trend of `entities` (canonical names) over `articles`, or nil when the dated articles span less than two months.
    public static func make<A: ArticleHeading>(_ articles: [A], entities: [String]) -> MentionTrend? {
        make(articles, days: PublicationDay.of(articles), entities: entities)
    }

    /// `make` with each article's day already read (`days` parallel to `articles`).
    public static func make<A: ArticleHeading>(_ articles: [A], days: [PublicationDay?], entities: [String]) -> MentionTrend? {
        // Indices with their days, not copies of the articles: each copy retains every string of an article.
        let dated = zip(articles.indices, days).compactMap { i, d in d.map { (i, $0.number) } }
        guard let first = dated.lazy.map(\.1).min(), let last = dated.lazy.map(\.1).max(), last - first >= minimumSpanDays else { return nil }
        let granularity: Granularity = last - first <= weeklyUpToDays ? .week : .month
        let key: (Int) -> Int = granularity == .week ? { $0 - weekday($0) } : { PublicationDay(number: $0).monthIndex }
        let start = key(first), end = key(last)
        let step = granularity == .week ? 7 : 1
        let count = (end - start) / step + 1
        var perPeriod = [Int](repeating: 0, count: count)
        var counts = [[Int]](repeating: [Int](repeating: 0, count: count), count: entities.count)
        for (i, d) in dated {
            let p = (key(d) - start) / step
            perPeriod[p] += 1
            let mentions = articles[i].mentions
            for (e, name) in entities.enumerated() { counts[e][p] += mentions[name] ?? 0 }
        }
        let periods = (0..<count).map { i in granularity == .week ? iso(start + i * 7) : monthName(start + i) }
        return MentionTrend(granularity: granularity, periods: periods, articles: perPeriod,
                            series: zip(entities, counts).map { Series(entity: $0, counts: $1) }, dated: dated.count, undated: articles.count - dated.count)
    }

    /// The `top` entities by mentions in the dated articles, with `always` (China and the United States) included
    /// whenever they are mentioned at all; ties by name.
    public static func topEntities<A: ArticleHeading>(_ articles: [A], top: Int, always: [String] = [Rivals.china, Rivals.unitedStates]) -> [String] {
        topEntities(ofDated: articles.filter { $0.metadata.date.flatMap(day) != nil }, top: top, always: always)
    }

    /// `topEntities` of articles known to be dated (every one inside a `TrendWindow`).
    public static func topEntities<A: ArticleHeading>(ofDated dated: [A], top: Int, always: [String] = [Rivals.china, Rivals.unitedStates]) -> [String] {
        var totals: [String: Int] = [:]
        for i in dated.indices { for (name, n) in dated[i].mentions { totals[name, default: 0] += n } }
        let ranked = totals.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        let fixed = always.filter { totals[$0, default: 0] > 0 }
        return fixed + ranked.filter { !fixed.contains($0) }.prefix(max(0, top - fixed.count))
    }

    /// Days since 1970-01-01 of an ISO `YYYY-MM-DD`; nil for partial or invalid dates.
    public static func day(_ iso: String) -> Int? { PublicationDay(iso: iso)?.number }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    static func weekday(_ day: Int) -> Int { ((day + 3) % 7 + 7) % 7 }

    static func iso(_ day: Int) -> String { PublicationDay(number: day).iso }

    private static func monthName(_ index: Int) -> String {
        let m = index % 12 + 1
        return String(index / 12) + "-" + (m < 10 ? "0\(m)" : String(m))
    }
}
