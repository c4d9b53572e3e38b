import Foundation
@testable import Render

/// Charts and documents shaped like the real report's, reused by the rendering tests.
enum Samples {
    static let source = "Source: 5 articles in seeds/ · report-gen"

    static var tokenBars: BarChart {
        BarChart(
            title: "Free tokens offered per company",
            subtitle: "Largest giveaway named in each article (log scale)",
            bars: [
                BarChart.Bar(label: "Zhipu AI", value: 150_000_000, valueLabel: "150 juta", color: Palette.okabeIto[5]),
                BarChart.Bar(label: "Baidu", value: 50_000_000, valueLabel: "50 juta", color: Palette.okabeIto[5]),
                BarChart.Bar(label: "DeepSeek V3 training", value: 5_500_000, valueLabel: "$5,5 juta", color: Palette.okabeIto[4], note: "cost"),
                BarChart.Bar(label: "Institut Informasi Ilmiah dan Teknis Tiongkok", value: 79, valueLabel: "≥ 79", color: Palette.okabeIto[2], note: "models"),
                BarChart.Bar(label: "Chinese Academy of Engineering", value: 0, valueLabel: "0", color: Palette.neutral),
            ],
            valueAxisTitle: "Tokens (log scale)", scale: .log10, numberStyle: .indonesian,
            legend: [LegendItem("China", Palette.okabeIto[5]), LegendItem("United States", Palette.okabeIto[4]), LegendItem("Research bodies", Palette.okabeIto[2])],
            source: source)
    }

    static var threeBars: BarChart {
        BarChart(
            title: "AI models counted", bars: [
                BarChart.Bar(label: "China", value: 173, valueLabel: "173", color: Palette.okabeIto[5]),
                BarChart.Bar(label: "United States", value: 120, valueLabel: "120", color: Palette.okabeIto[4]),
                BarChart.Bar(label: "Europe", value: 0, valueLabel: "0", color: Palette.neutral),
            ],
            valueAxisTitle: "Models", source: source)
    }

    static var manyBars: BarChart {
        let names = ["Baidu", "Alibaba Cloud", "Tencent", "ByteDance", "Zhipu AI", "Moonshot AI", "DeepSeek", "iFlytek",
                     "SenseTime", "Huawei", "OpenAI", "Google DeepMind", "Anthropic", "Meta", "Microsoft", "Nvidia",
                     "Chinese Academy of Engineering", "Tsinghua University", "Peking University", "MiniMax", "01.AI",
                     "Stanford HAI", "Institut Informasi Ilmiah dan Teknis Tiongkok", "Amazon", "xAI"]
        let bars = names.enumerated().map { i, name in
            let v = Double((25 - i) * (25 - i)) * 37.5
            return BarChart.Bar(label: name, value: v, valueLabel: NumberStyle.english.format(v), color: i < 10 ? Palette.okabeIto[5] : Palette.okabeIto[4])
        }
        return BarChart(title: "Mentions per organisation", subtitle: "All 25 organisations named at least once", bars: bars, valueAxisTitle: "Mentions", source: source)
    }

    static var hugeBars: BarChart {
        BarChart(title: "Valuations", bars: [
            BarChart.Bar(label: "Nvidia", value: 3.2e12, valueLabel: "$3.2T", color: Palette.okabeIto[4], note: "market cap"),
            BarChart.Bar(label: "OpenAI", value: 1.57e11, valueLabel: "$157B", color: Palette.okabeIto[4], note: "valuation"),
            BarChart.Bar(label: "Zhipu", value: 2.8e9, valueLabel: "$2.8B", color: Palette.okabeIto[5], note: "valuation"),
        ], valueAxisTitle: "US dollars", source: source, tickPrefix: "$")
    }

    /// Amounts as written: one exact, one vague ("ratusan juta"), one a range, one "more than" with an upper bound.
    static var vagueBars: BarChart {
        let usd = Palette.okabeIto[4], cny = Palette.okabeIto[5]
        return BarChart(
            title: "Training costs", subtitle: "As written in the articles",
            bars: [
                BarChart.Bar(label: "OpenAI · GPT-4", value: 100_000_000, valueLabel: "$100 juta", color: usd, isApproximate: true),
                BarChart.Bar(label: "Models in general", value: 300_000_000, valueLabel: "ratusan juta dolar", color: usd,
                             isApproximate: true, range: 100_000_000...900_000_000),
                BarChart.Bar(label: "Anthropic · Claude", value: 70_000_000, valueLabel: "$50–100 juta", color: usd,
                             range: 50_000_000...100_000_000),
                BarChart.Bar(label: "DeepSeek · V3", value: 5_500_000, valueLabel: "$5,5 juta", color: cny),
            ],
            valueAxisTitle: "US dollars", numberStyle: .indonesian, source: source, tickPrefix: "$",
            note: "Top 4 of 9 training costs · ~ approximate · light bars: the amount lies in the range")
    }

    /// Shares with their weight: totals at the row ends and a pooled row of small articles.
    static var weightedStacked: StackedBarChart {
        StackedBarChart(
            title: "China vs the United States per article",
            subtitle: "Share of country mentions; the number of mentions at the right",
            series: [LegendItem("China", Palette.okabeIto[5]), LegendItem("United States", Palette.okabeIto[4])],
            rows: [
                StackedBarChart.Row(label: "Kompas: DeepSeek guncang pasar AI", values: [27, 7], totalLabel: "27 vs 7"),
                StackedBarChart.Row(label: "Tempo: 79 model AI Tiongkok", values: [12, 4], totalLabel: "12 vs 4"),
                StackedBarChart.Row(label: "Reuters, 2025-02-03", values: [3, 5], totalLabel: "3 vs 5"),
                StackedBarChart.Row(label: "12 articles with < 3 mentions", values: [9, 6], totalLabel: "9 vs 6", isPooled: true),
            ],
            normalized: true, valueAxisTitle: "Share of mentions", source: source, showsTotals: true,
            totalsTitle: "Mentions")
    }

    /// Mentions per month of four entities over eleven months, with a month without DeepSeek data.
    static var monthlyTrend: TrendChart {
        let periods = TrendChart.periods(from: CalendarDay(year: 2024, month: 11, day: 14), through: CalendarDay(year: 2025, month: 9, day: 2), .month)
        return TrendChart(
            title: "Attention over time", subtitle: "Mentions per month in dated articles", period: .month, periodStarts: periods,
            series: [
                TrendChart.Series(name: "China", color: Palette.okabeIto[5], values: [12, 30, 85, 60, 41, 38, 52, 47, 33, 29, 40]),
                TrendChart.Series(name: "United States", color: Palette.okabeIto[4], values: [20, 18, 44, 39, 30, 27, 25, 31, 22, 19, 24]),
                TrendChart.Series(name: "DeepSeek", color: Palette.okabeIto[2], values: [0, 2, 70, 35, .nan, 12, 9, 8, 4, 3, 6]),
                TrendChart.Series(name: "OpenAI", color: Palette.okabeIto[6], values: [8, 9, 15, 12, 10, 14, 9, 11, 8, 13, 10]),
            ],
            valueAxisTitle: "Mentions per month", source: source, monthNames: Timeline.indonesianMonths,
            note: "10 undated articles are not counted")
    }

    /// Thirty weeks: labels must thin out.
    static var weeklyTrend: TrendChart {
        let periods = TrendChart.periods(from: CalendarDay(year: 2025, month: 1, day: 1), through: CalendarDay(year: 2025, month: 7, day: 20), .week)
        return TrendChart(
            title: "Mentions per week", period: .week, periodStarts: periods,
            series: [
                TrendChart.Series(name: "China", color: Palette.okabeIto[5], values: periods.indices.map { Double(($0 * 7) % 23 + 5) }),
                TrendChart.Series(name: "United States", color: Palette.okabeIto[4], values: periods.indices.map { Double(($0 * 5) % 17 + 2) }),
            ],
            valueAxisTitle: "Mentions per week", source: source)
    }

    static var stacked: StackedBarChart {
        StackedBarChart(
            title: "Who is talked about: China vs the United States",
            subtitle: "Share of country mentions per article",
            series: [LegendItem("China", Palette.okabeIto[5]), LegendItem("United States", Palette.okabeIto[4]), LegendItem("Other", Palette.neutral)],
            rows: [
                StackedBarChart.Row(label: "Kompas: DeepSeek guncang pasar AI", values: [31, 12, 2]),
                StackedBarChart.Row(label: "Reuters: Baidu cuts prices", values: [14, 9, 0]),
                StackedBarChart.Row(label: "Tempo: 79 model AI Tiongkok", values: [40, 4, 6]),
                StackedBarChart.Row(label: "CNBC Indonesia", values: [3, 3, 3]),
                StackedBarChart.Row(label: "Empty article", values: [0, 0, 0]),
            ],
            normalized: true, valueAxisTitle: "Share of mentions", source: source)
    }

    static func heatmap(rows: Int, columns: Int) -> Heatmap {
        let entities = ["China", "United States", "DeepSeek", "Baidu", "OpenAI", "Alibaba", "Zhipu AI", "Nvidia",
                        "Chinese Academy of Engineering", "Huawei", "Tencent", "Moonshot", "ByteDance", "Google", "Meta",
                        "Anthropic", "Microsoft", "iFlytek", "SenseTime", "MiniMax", "Tsinghua", "Peking University", "Stanford", "Amazon", "xAI"]
        let rowLabels = (0..<rows).map { entities[$0 % entities.count] }
        let columnLabels = (0..<columns).map { "2025-0\($0 % 9 + 1)-1\($0 % 10) artikel-\($0 + 1).txt" }
        var values: [[Double]] = []
        for r in 0..<rows {
            var row: [Double] = []
            for c in 0..<columns {
                let base = Double((r * 7 + c * 13) % 17)
                let present: Double = (r + c) % 3 == 0 ? 0 : 1
                row.append(base * present + (r == 0 ? 40 : 0))
            }
            values.append(row)
        }
        return Heatmap(title: "Mentions per article", subtitle: "\(rows) entities × \(columns) articles", rowLabels: rowLabels,
                       columnLabels: columnLabels, values: values, numberStyle: .indonesian, source: source, colorLegendTitle: "Mentions")
    }

    static var timeline: Timeline {
        let d = CalendarDay(year: 2025, month: 1, day: 20).daysSinceEpoch
        let lanes = ["Kompas", "Tempo", "Reuters", "CNBC Indonesia"]
        let events: [Timeline.Event] = [
            .init(day: d, label: "DeepSeek R1 released", lane: "Kompas", color: Palette.okabeIto[5]),
            .init(day: d + 2, label: "Nvidia shares fall 17%", lane: "Kompas", color: Palette.okabeIto[4]),
            .init(day: d + 3, label: "Markets react worldwide", lane: "Kompas", color: Palette.okabeIto[4]),
            .init(day: d + 40, label: "Baidu: 50 juta token gratis", lane: "Tempo", color: Palette.okabeIto[5]),
            .init(day: d + 41, label: "Zhipu: 150 juta token", lane: "Tempo", color: Palette.okabeIto[5]),
            .init(day: d + 42, label: "Alibaba Qwen 2.5 Max", lane: "Tempo", color: Palette.okabeIto[5]),
            .init(day: d + 90, label: "US export controls tightened", lane: "Reuters", color: Palette.okabeIto[4]),
            .init(day: d + 150, label: "Lebih dari 200 LLM di Tiongkok", lane: "CNBC Indonesia", color: Palette.okabeIto[5]),
        ]
        return Timeline(title: "What happened when", subtitle: "Dated events named in the articles", lanes: lanes, events: events,
                        source: source, monthNames: Timeline.indonesianMonths)
    }

    static let allCharts: [(String, Chart)] = [
        ("bar-log", .bar(tokenBars)), ("bar-3", .bar(threeBars)), ("bar-25", .bar(manyBars)), ("bar-huge", .bar(hugeBars)),
        ("stacked", .stacked(stacked)), ("bar-vague", .bar(vagueBars)), ("stacked-weighted", .stacked(weightedStacked)),
        ("heatmap-small", .heatmap(heatmap(rows: 6, columns: 5))),
        ("heatmap-big", .heatmap(heatmap(rows: 25, columns: 40))), ("timeline", .timeline(timeline)),
        ("trend-month", .trend(monthlyTrend)), ("trend-week", .trend(weeklyTrend)),
        ("empty-bar", .bar(BarChart(title: "Nothing yet", bars: [], valueAxisTitle: "Mentions", source: source))),
        ("empty-timeline", .timeline(Timeline(title: "No dates", lanes: [], events: [], source: source))),
    ]

    static func document(tableRows: Int = 150) -> Document {
        let columns = [Table.Column("#", width: 0.5, alignment: .trailing), Table.Column("Sentence", width: 5),
                       Table.Column("Value", width: 1.2, alignment: .trailing), Table.Column("Article", width: 2)]
        let rows: [[Table.Cell]] = (1...tableRows).map { i in
            let sentence = i == tableRows
                ? "The last row says the Zhipu giveaway reached 150 million tokens."
                : "Baidu memberikan \(i * 3) juta token gratis kepada pengembang, kata laporan ke-\(i)" + (i % 7 == 0 ? ", sebuah kalimat yang cukup panjang sehingga harus dibungkus ke beberapa baris di dalam selnya." : ".")
            return [Table.Cell("\(i)"), Table.Cell(sentence), Table.Cell(NumberStyle.indonesian.format(Double(i) * 1677.5)),
                    Table.Cell(i % 4 == 0 ? "0\(i % 9 + 1)Nov2025_xml.2025.11.0\(i % 9 + 1).1246541\(i % 90 + 10)" : "artikel-\(i % 5 + 1).txt", link: "https://example.org/articles/\(i % 5 + 1)", italic: i % 3 == 0)]
        }
        let paragraph = "This report reads five news articles about the AI race between China and the United States and counts who is mentioned, which numbers are given, and when things happened. Every figure can be traced back to the sentence it came from. "
        return Document(
            title: "The China–US AI race in the news", subject: "Entities, figures and dates in 5 articles",
            keywords: ["AI", "China", "United States"], creator: "report-gen test", author: "Render tests",
            date: Date(timeIntervalSince1970: 1_735_689_600), pageFooter: "Source: 5 articles, Kompas, Tempo, Reuters, CNBC Indonesia, 2025-01-20–2025-06-19",
            sections: [
                Section(title: "Cover", blocks: [.cover(
                    title: "The China–US AI race in the news", subtitle: "What five articles say about models, money and tokens",
                    figures: [HeadlineFigure(value: "150 juta", caption: "free tokens offered by Zhipu AI"),
                              HeadlineFigure(value: "$5,5 juta", caption: "reported training cost of DeepSeek V3"),
                              HeadlineFigure(value: "≥ 79", caption: "AI models counted in China"),
                              HeadlineFigure(value: "200+", caption: "large language models in China according to CNBC Indonesia"),
                              HeadlineFigure(value: "62%", caption: "of country mentions are about China"),
                              HeadlineFigure(value: "Rp 1.234.567.890.000", caption: "the largest rupiah amount, as written")],
                    corpusLine: "5 articles · 3 in Indonesian, 2 in English · 2025-01-20 to 2025-06-19 · generated by report-gen")]),
                Section(title: "Summary", blocks: [
                    .summary([
                        SummarySentence("Zhipu offered the most free tokens (150M), three times Baidu's and SenseTime's 50M.",
                                        citation: "Kompas, 2025-03-02 · Tempo, 2025-03-04"),
                        SummarySentence("China was mentioned 2.7 times as often as the United States (173 vs 64 mentions).",
                                        citation: "5 articles, 2025-01-20–2025-06-19"),
                        SummarySentence("DeepSeek reported a training cost of $5,5 juta for V3.", citation: "Reuters, 2025-01-27"),
                    ]),
                    .heading("What the articles say"), .paragraph(String(repeating: paragraph, count: 4)),
                                                   .chart(.bar(tokenBars), heightFraction: 0.5), .paragraph(paragraph)]),
                Section(title: "Charts", blocks: [.chart(.stacked(stacked), heightFraction: 0.45), .chart(.timeline(timeline), heightFraction: 0.45),
                                                  .chart(.heatmap(heatmap(rows: 12, columns: 20)), heightFraction: 0.6)]),
                Section(title: "Every figure and its sentence", blocks: [.paragraph("Each row links to its article."), .table(Table(columns: columns, rows: rows, groupHeadings: Dictionary(uniqueKeysWithValues: stride(from: 0, to: tableRows, by: 12).map { ($0, "Baidu · free tokens, group \($0 / 12 + 1)") })))]),
            ])
    }
}
