/// Turns any chart into marks for a canvas of `size` user units.
enum ChartDrawing {
    static func marks(_ chart: Chart, size: Size, style: ChartStyle, measurer: some TextMeasurer) -> [Mark] {
        let body: [Mark]
        switch chart {
        case .bar(let c):
            body = BarChartLayout(c, size: size, style: style, measurer: measurer).marks
        case .stacked(let c):
            body = StackedBarLayout(c, size: size, style: style, measurer: measurer).marks
        case .heatmap(let c):
            body = HeatmapLayout(c, size: size, style: style, measurer: measurer).marks
        case .timeline(let c):
            body = TimelineLayout(c, size: size, style: style, measurer: measurer).marks
        case .trend(let c):
            body = TrendLayout(c, size: size, style: style, measurer: measurer).marks
        }
        return [.rect(Rect(x: 0, y: 0, width: size.width, height: size.height), .white)] + body
    }
}
