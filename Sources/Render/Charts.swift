/// How values map onto a value axis.
public enum AxisScale: Sendable, Hashable {
    /// Equal distances for equal differences; ticks in 1-2-5 steps, bars start at zero.
    case linear
    /// Equal distances for equal ratios; ticks at powers of ten. For values spanning many orders of magnitude.
    case log10
}

/// One entry of a chart legend: a colour swatch and what it stands for.
public struct LegendItem: Sendable, Hashable {
    public var label: String
    public var color: RGB
    public init(_ label: String, _ color: RGB) {
        self.label = label
        self.color = color
    }
}

/// Horizontal bars with category labels on the left and value labels at the bar ends.
public struct BarChart: Sendable, Hashable {
    /// One category and its value.
    public struct Bar: Sendable, Hashable {
        /// Category name; long names wrap to two lines, then end in "…".
        public var label: String
        public var value: Double
        /// Text at the bar end, e.g. "≥ 79", "$5,5 juta", "150M".
        public var valueLabel: String
        public var color: RGB
        /// Optional small grey text after the value label, e.g. "cost" or "valuation".
        public var note: String?
        /// The value is vague ("ratusan", "sekitar 5 juta"): the bar is drawn light with an outline, never as
        /// an exact solid bar, and "~" is written before the value label (unless it starts with "~" or "≈").
        public var isApproximate: Bool
        /// The value lies somewhere in `low…high` ("between 5 and 10 billion", "more than 200" up to a bound):
        /// solid up to `low`, a light outlined extension from `low` to `high`, a tick at `value` when inside.
        public var range: ClosedRange<Double>?

        public init(
            label: String, value: Double, valueLabel: String, color: RGB, note: String? = nil,
            isApproximate: Bool = false, range: ClosedRange<Double>? = nil
        ) {
            self.label = label
            self.value = value
            self.valueLabel = valueLabel
            self.color = color
            self.note = note
            self.isApproximate = isApproximate
            self.range = range
        }

        /// The value label as drawn: approximate values get "~" in front, unless the label already says how
        /// vague it is ("~", "≈", "<", "≤").
        public var shownValueLabel: String {
            guard isApproximate, !["~", "≈", "<", "≤"].contains(where: { valueLabel.hasPrefix($0) }) else { return valueLabel }
            return "~" + valueLabel
        }
    }

    public var title: String
    public var subtitle: String?
    /// Drawn top to bottom in this order.
    public var bars: [Bar]
    /// Title under the value axis, with the unit, e.g. "Free tokens offered (log scale)".
    public var valueAxisTitle: String
    public var scale: AxisScale
    public var numberStyle: NumberStyle
    public var legend: [LegendItem]
    /// Source line at the bottom, e.g. "Source: 5 articles in seeds/ · report-gen".
    public var source: String
    /// Written before every tick label, e.g. "$" → "$1M".
    public var tickPrefix: String
    /// Written after every tick label, e.g. "%".
    public var tickSuffix: String
    /// Small grey line above the source, e.g. "Top 10 of 39 amounts" (see `capped(to:note:)`).
    public var note: String?

    public init(
        title: String, subtitle: String? = nil, bars: [Bar], valueAxisTitle: String, scale: AxisScale = .linear,
        numberStyle: NumberStyle = .english, legend: [LegendItem] = [], source: String,
        tickPrefix: String = "", tickSuffix: String = "", note: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.bars = bars
        self.valueAxisTitle = valueAxisTitle
        self.scale = scale
        self.numberStyle = numberStyle
        self.legend = legend
        self.source = source
        self.tickPrefix = tickPrefix
        self.tickSuffix = tickSuffix
        self.note = note
    }

    /// The chart with only its first `limit` bars; when some were dropped, `note(shown, total)` becomes the
    /// chart's note, e.g. `{ "Top \($0) of \($1)" }`, so a capped chart always says so.
    public func capped(to limit: Int, note: (_ shown: Int, _ total: Int) -> String) -> BarChart {
        guard bars.count > limit else { return self }
        var chart = self
        chart.bars = Array(bars.prefix(max(0, limit)))
        chart.note = note(chart.bars.count, bars.count)
        return chart
    }
}

/// Horizontal stacked bars, e.g. the share of mentions of China vs the United States per article.
public struct StackedBarChart: Sendable, Hashable {
    /// One bar: a label and one value per series.
    public struct Row: Sendable, Hashable {
        public var label: String
        /// One value per entry of `series`; missing values count as zero.
        public var values: [Double]
        /// Written at the row's end so shares keep their weight, e.g. "27 vs 7" or "34". nil → on a
        /// normalized chart with `showsTotals`, the sum of `values`.
        public var totalLabel: String?
        /// A row standing for several small items ("12 articles with < 3 mentions"): set apart below a
        /// rule, its label in italics.
        public var isPooled: Bool
        public init(label: String, values: [Double], totalLabel: String? = nil, isPooled: Bool = false) {
            self.label = label
            self.values = values
            self.totalLabel = totalLabel
            self.isPooled = isPooled
        }
    }

    public var title: String
    public var subtitle: String?
    /// One per value index: name and colour of the segment.
    public var series: [LegendItem]
    public var rows: [Row]
    /// true → every row is shown as shares of 100 % with segment labels such as "62%".
    public var normalized: Bool
    public var valueAxisTitle: String
    public var numberStyle: NumberStyle
    public var source: String
    /// Normalized charts: write each row's total (or its `totalLabel`) in a column right of the bars.
    public var showsTotals: Bool
    /// Heading over the totals column, e.g. "Mentions (China vs US)".
    public var totalsTitle: String?
    /// Small grey line above the source.
    public var note: String?

    public init(
        title: String, subtitle: String? = nil, series: [LegendItem], rows: [Row], normalized: Bool = true,
        valueAxisTitle: String, numberStyle: NumberStyle = .english, source: String,
        showsTotals: Bool = false, totalsTitle: String? = nil, note: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.series = series
        self.rows = rows
        self.normalized = normalized
        self.valueAxisTitle = valueAxisTitle
        self.numberStyle = numberStyle
        self.source = source
        self.showsTotals = showsTotals
        self.totalsTitle = totalsTitle
        self.note = note
    }
}

/// A grid of values (e.g. entity × article) coloured on a single-hue ramp; 0 is white.
public struct Heatmap: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// `values[row][column]`; a missing cell counts as zero.
    public var values: [[Double]]
    public var numberStyle: NumberStyle
    public var source: String
    /// Title over the colour legend, e.g. "Mentions".
    public var colorLegendTitle: String
    /// Small grey line above the source, e.g. "Top 12 of 85 names".
    public var note: String?

    public init(
        title: String, subtitle: String? = nil, rowLabels: [String], columnLabels: [String], values: [[Double]],
        numberStyle: NumberStyle = .english, source: String, colorLegendTitle: String, note: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.numberStyle = numberStyle
        self.source = source
        self.colorLegendTitle = colorLegendTitle
        self.note = note
    }
}

/// Dated events as dots on a time axis, one horizontal lane per group.
public struct Timeline: Sendable, Hashable {
    /// Something that happened on one day.
    public struct Event: Sendable, Hashable {
        /// Days since 1970-01-01 (UTC).
        public var day: Int
        public var label: String
        /// Name of the lane (one of `Timeline.lanes`); events of unknown lanes are not drawn.
        public var lane: String
        public var color: RGB
        public init(day: Int, label: String, lane: String, color: RGB) {
            self.day = day
            self.label = label
            self.lane = lane
            self.color = color
        }
    }

    public var title: String
    public var subtitle: String?
    /// Lanes top to bottom, e.g. one per article or per kind of event.
    public var lanes: [String]
    public var events: [Event]
    public var numberStyle: NumberStyle
    public var source: String
    /// Twelve month names for axis ticks, January first.
    public var monthNames: [String]
    /// Small grey line above the source, e.g. "10 undated articles are not shown".
    public var note: String?

    /// English month abbreviations.
    public static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// Indonesian month abbreviations.
    public static let indonesianMonths = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

    public init(
        title: String, subtitle: String? = nil, lanes: [String], events: [Event], numberStyle: NumberStyle = .english,
        source: String, monthNames: [String] = Timeline.englishMonths, note: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.lanes = lanes
        self.events = events
        self.numberStyle = numberStyle
        self.source = source
        self.monthNames = monthNames
        self.note = note
    }
}

/// Any chart the library can draw.
public enum Chart: Sendable, Hashable {
    case bar(BarChart)
    case stacked(StackedBarChart)
    case heatmap(Heatmap)
    case timeline(Timeline)
    case trend(TrendChart)

    /// The chart's title, e.g. for file names or a list of figures.
    public var title: String {
        switch self {
        case .bar(let c): c.title
        case .stacked(let c): c.title
        case .heatmap(let c): c.title
        case .timeline(let c): c.title
        case .trend(let c): c.title
        }
    }

    var subtitle: String? {
        switch self {
        case .bar(let c): c.subtitle
        case .stacked(let c): c.subtitle
        case .heatmap(let c): c.subtitle
        case .timeline(let c): c.subtitle
        case .trend(let c): c.subtitle
        }
    }

    var source: String {
        switch self {
        case .bar(let c): c.source
        case .stacked(let c): c.source
        case .heatmap(let c): c.source
        case .timeline(let c): c.source
        case .trend(let c): c.source
        }
    }
}
