/// Counts per week or month for a few entities: one line with dots per series, periods along the x axis.
/// For attention over time ("mentions per month of China, the United States, DeepSeek"). Undated
/// articles cannot be placed: say how many in `note`.
public struct TrendChart: Sendable, Hashable {
    /// The length of one period on the x axis.
    public enum Period: Sendable, Hashable {
        /// Weeks starting on Monday.
        case week
        /// Calendar months.
        case month
    }

    /// One line: a name (shown in the legend), its colour, one value per period.
    public struct Series: Sendable, Hashable {
        public var name: String
        public var color: RGB
        /// One value per entry of `periodStarts`; missing or non-finite values leave a gap in the line.
        public var values: [Double]
        public init(name: String, color: RGB, values: [Double]) {
            self.name = name
            self.color = color
            self.values = values
        }
    }

    public var title: String
    public var subtitle: String?
    public var period: Period
    /// First day of each period, oldest first and without gaps (see `periods(from:through:_:)`).
    public var periodStarts: [CalendarDay]
    /// Drawn in this order (later lines on top); the legend lists them in the same order.
    public var series: [Series]
    /// Written above the value axis, e.g. "Mentions per month".
    public var valueAxisTitle: String
    public var numberStyle: NumberStyle
    public var source: String
    /// Twelve month names for the period labels, January first.
    public var monthNames: [String]
    /// Small grey line above the source, e.g. "7 undated articles are not counted".
    public var note: String?

    public init(
        title: String, subtitle: String? = nil, period: Period, periodStarts: [CalendarDay], series: [Series],
        valueAxisTitle: String, numberStyle: NumberStyle = .english, source: String,
        monthNames: [String] = Timeline.englishMonths, note: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.period = period
        self.periodStarts = periodStarts
        self.series = series
        self.valueAxisTitle = valueAxisTitle
        self.numberStyle = numberStyle
        self.source = source
        self.monthNames = monthNames
        self.note = note
    }

    /// The first day of the period holding `day`: the 1st of its month, or the Monday of its week.
    public static func periodStart(of day: CalendarDay, _ period: Period) -> CalendarDay {
        switch period {
        case .month:
            return CalendarDay(year: day.year, month: day.month, day: 1)
        case .week:
            let days = day.daysSinceEpoch
            // 1970-01-01 was a Thursday: (days + 3) mod 7 is 0 on Mondays.
            let sinceMonday = ((days + 3) % 7 + 7) % 7
            return CalendarDay(daysSinceEpoch: days - sinceMonday)
        }
    }

    /// Every period from the one holding `first` to the one holding `last`, oldest first.
    public static func periods(from first: CalendarDay, through last: CalendarDay, _ period: Period) -> [CalendarDay] {
        var start = periodStart(of: min(first, last), period)
        let end = periodStart(of: max(first, last), period)
        var out: [CalendarDay] = []
        while start <= end && out.count < 10_000 {
            out.append(start)
            start = switch period {
            case .month: start.firstOfMonth(adding: 1)
            case .week: CalendarDay(daysSinceEpoch: start.daysSinceEpoch + 7)
            }
        }
        return out
    }
}
