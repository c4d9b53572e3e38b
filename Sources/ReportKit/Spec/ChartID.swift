/// The report's charts. The PDF places them by id and the output plan names their files after it; a new chart
/// is a new case here, in `ChartSet.chart(_:)` and where the document shows it. Figure charts are one per
/// measure (and currency) the folder holds, so their ids carry the measure.
enum ChartID: Hashable, Sendable, Comparable {
    case mentions
    case shareOfVoice
    case heatmap
    case timeline
    /// Mentions per week or month (Spec/TrendCharts.swift); only when dated articles span two months.
    case trends
    /// One comparable measure: "charts/money-valuation-usd.png", "charts/tokens.png", "charts/percent-change.png".
    case figure(Measure)

    /// The charts every report has (figure charts depend on the folder).
    static let fixed: [ChartID] = [.mentions, .shareOfVoice, .heatmap, .timeline]

    /// The file name without extension (`charts/<fileName>.png`).
    var fileName: String {
        switch self {
        case .mentions: "mentions"
        case .shareOfVoice: "share-of-voice"
        case .heatmap: "heatmap"
        case .timeline: "timeline"
        case .trends: "trends"
        case .figure(let m): m.fileName
        }
    }

    private var order: Int {
        switch self {
        case .mentions: 0
        case .shareOfVoice: 1
        case .heatmap: 2
        case .figure: 3
        case .timeline: 4
        case .trends: 5
        }
    }

    static func < (a: Self, b: Self) -> Bool {
        if case .figure(let x) = a, case .figure(let y) = b { return x < y }
        return a.order < b.order
    }
}
