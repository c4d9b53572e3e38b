/// The report's charts. The PDF places them by id and the output plan names their files after it; a new chart
/// is a new case here, in `ChartSet.chart(_:)` and where the document shows it.
enum ChartID: String, CaseIterable, Sendable, Comparable {
    case mentions
    case shareOfVoice = "share-of-voice"
    case heatmap
    case tokens
    case money
    case modelCounts = "model-counts"
    case percentages
    case timeline
    /// Mentions per week or month (Spec/TrendCharts.swift); only when dated articles span two months.
    case trends

    /// The file name without extension (`charts/<fileName>.png`).
    var fileName: String { rawValue }

    static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}
