/// The stretch of time a trend shows when the dates have long empty gaps or thin tails: a folder scraped in two
/// campaigns (September 2019, then May–November 2025) would otherwise draw six years of nothing around two bursts,
/// and a news site's archive pages (a few articles a month back to 2015 before 3,500 in one June week) a flat line
/// that jumps at the end.
///
/// Dated articles are grouped into runs of months with no gap longer than `maxEmptyMonths`; each run loses its
/// thinnest tails (`tail` of its articles at either end). The largest run that still spans two months
/// (`MentionTrend.minimumSpanDays`) and holds at least `minimumShare` of the dated articles is the window, the later
/// one on a tie; without one there is no trend. Articles outside it are counted, so the chart can say how many.
public struct TrendWindow: Sendable, Hashable {
    /// First and last dated day inside the window (ISO `YYYY-MM-DD`).
    public var first: String
    public var last: String
    /// Dated articles inside the window, and outside it.
    public var inside: Int
    public var outside: Int
    /// `first` through `last` as days.
    public var days: ClosedRange<PublicationDay>

    /// More empty months than this in a row split the dates into separate runs.
    public static let maxEmptyMonths = 2
    /// The share of a run's articles left out at each end (its stragglers).
    public static let tail = 0.025
    /// A run with fewer of the dated articles is not the folder's story (49 archive articles of 2018 among 3,700 of 2025).
    public static let minimumShare = 0.2

    /// The window over `dates` (ISO dates; partial or missing ones are ignored), or nil when no run of dated articles
    /// spans two months.
    public static func choose(_ dates: [String?]) -> TrendWindow? {
        choose(days: dates.compactMap { $0.flatMap(PublicationDay.init(iso:)) })
    }

    /// The window over the dated articles' days, in any order.
    public static func choose(days unsorted: [PublicationDay]) -> TrendWindow? {
        let days = unsorted.map(\.number).sorted()
        guard !days.isEmpty else { return nil }
        var runs: [ClosedRange<Int>] = []   // index ranges into `days`
        var start = 0
        var previousMonth = month(days[0])
        for i in 1..<max(1, days.count) {
            let month = month(days[i])
            defer { previousMonth = month }
            guard month - previousMonth > maxEmptyMonths + 1 else { continue }
            runs.append(start...(i - 1))
            start = i
        }
        runs.append(start...(days.count - 1))
        let trimmed = runs.map { run -> ClosedRange<Int> in
            let cut = Int(Double(run.count) * tail)
            return (run.lowerBound + cut)...(run.upperBound - cut)
        }
        let candidates = trimmed.filter {
            days[$0.upperBound] - days[$0.lowerBound] >= MentionTrend.minimumSpanDays && Double($0.count) >= minimumShare * Double(days.count)
        }
        guard let best = candidates.max(by: { ($0.count, $0.lowerBound) < ($1.count, $1.lowerBound) }) else { return nil }
        // Articles of the window's first and last days that were trimmed are still inside it.
        let inside = days.count { $0 >= days[best.lowerBound] && $0 <= days[best.upperBound] }
        return TrendWindow(first: MentionTrend.iso(days[best.lowerBound]), last: MentionTrend.iso(days[best.upperBound]),
                           inside: inside, outside: days.count - inside,
                           days: PublicationDay(number: days[best.lowerBound])...PublicationDay(number: days[best.upperBound]))
    }

    /// Whether an article dated `date` falls inside the window (undated and partial dates do not).
    public func contains(_ date: String?) -> Bool {
        guard let date, let day = PublicationDay(iso: date) else { return false }
        return contains(day)
    }

    /// Whether a day falls inside the window.
    public func contains(_ day: PublicationDay) -> Bool { days.contains(day) }

    private static func month(_ day: Int) -> Int { PublicationDay(number: day).monthIndex }
}
