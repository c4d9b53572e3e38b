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
    public static func make(_ articles: [ArticleAnalysis], entities: [String]) -> MentionTrend? {
        let dated = articles.compactMap { a in a.metadata.date.flatMap(day).map { (a, $0) } }
        guard let first = dated.map(\.1).min(), let last = dated.map(\.1).max(), last - first >= minimumSpanDays else { return nil }
        let granularity: Granularity = last - first <= weeklyUpToDays ? .week : .month
        let key: (Int) -> Int = granularity == .week ? { $0 - weekday($0) } : { monthIndex($0) }
        let start = key(first), end = key(last)
        let step = granularity == .week ? 7 : 1
        let count = (end - start) / step + 1
        var perPeriod = [Int](repeating: 0, count: count)
        var counts = [[Int]](repeating: [Int](repeating: 0, count: count), count: entities.count)
        for (article, d) in dated {
            let p = (key(d) - start) / step
            perPeriod[p] += 1
            for (e, name) in entities.enumerated() { counts[e][p] += article.mentions[name] ?? 0 }
        }
        let periods = (0..<count).map { i in granularity == .week ? iso(start + i * 7) : monthName(start + i) }
        return MentionTrend(granularity: granularity, periods: periods, articles: perPeriod,
                            series: zip(entities, counts).map { Series(entity: $0, counts: $1) }, dated: dated.count, undated: articles.count - dated.count)
    }

    /// The `top` entities by mentions in the dated articles, with `always` (China and the United States) included
    /// whenever they are mentioned at all; ties by name.
    public static func topEntities(_ articles: [ArticleAnalysis], top: Int, always: [String] = [Rivals.china, Rivals.unitedStates]) -> [String] {
        var totals: [String: Int] = [:]
        for a in articles where a.metadata.date.flatMap(day) != nil { for (name, n) in a.mentions { totals[name, default: 0] += n } }
        let ranked = totals.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        let fixed = always.filter { totals[$0, default: 0] > 0 }
        return fixed + ranked.filter { !fixed.contains($0) }.prefix(max(0, top - fixed.count))
    }

    /// Days since 1970-01-01 of an ISO `YYYY-MM-DD`; nil for partial or invalid dates.
    public static func day(_ iso: String) -> Int? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard iso.count == 10, parts.count == 3, DateReader.iso(parts[0], parts[1], parts[2]) != nil else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = parts[1] <= 2 ? parts[0] - 1 : parts[0]
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (parts[1] + 9) % 12
        let doy = (153 * mp + 2) / 5 + parts[2] - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    static func weekday(_ day: Int) -> Int { ((day + 3) % 7 + 7) % 7 }

    static func iso(_ day: Int) -> String {
        // civil_from_days.
        let z = day + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return DateReader.iso(y, m, d) ?? ""
    }

    private static func monthIndex(_ day: Int) -> Int {
        let s = iso(day)
        return Int(s.prefix(4))! * 12 + Int(s.dropFirst(5).prefix(2))! - 1
    }

    private static func monthName(_ index: Int) -> String {
        let m = index % 12 + 1
        return String(index / 12) + "-" + (m < 10 ? "0\(m)" : String(m))
    }
}
