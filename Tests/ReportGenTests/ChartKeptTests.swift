import Foundation
import Testing
import Stats
import Render
@testable import ReportKit

/// Issue 10: a chart is drawn again only when what it shows, its format or size, or the drawing code changes; an
/// added article that leaves a chart's figures alone leaves its PNG alone.
struct ChartKeptTests {
    func bars(_ first: Double, source: String = "Source: 2 figures from 2 articles · report-gen") -> Chart {
        .bar(BarChart(title: "Valuations (USD)", bars: [.init(label: "Nvidia · valuation", value: first, valueLabel: "\(first)", color: Palette.neutral),
                                                        .init(label: "Baidu · valuation", value: 2, valueLabel: "2", color: Palette.neutral)],
                      valueAxisTitle: "USD", source: source))
    }

    func fingerprint(_ chart: Chart, version: String = OutputPlan.formatVersion) -> UInt64 {
        var options = ReportOptions(input: URL(fileURLWithPath: "/in"), output: URL(fileURLWithPath: "/out"), inputDisplay: "in")
        options.formats = [.png]
        options.formatVersion = version
        let files = OutputPlan.chartFiles([.mentions: chart], drawn: [:], options: options)
        #expect(files.count == 1)
        return files[0].fingerprint
    }

    @Test func fingerprintFollowsTheChartAndTheRendererVersion() {
        #expect(fingerprint(bars(5)) == fingerprint(bars(5)))
        #expect(fingerprint(bars(5)) != fingerprint(bars(6)), "a changed bar must redraw the chart")
        #expect(fingerprint(bars(5)) != fingerprint(bars(5, source: "Source: 3 figures from 2 articles · report-gen")))
        #expect(fingerprint(bars(5)) != fingerprint(bars(5), version: "report-gen 3 / render \(Renderer.version + 1)"),
                "a new renderer version must redraw the chart")
        #expect(OutputPlan.formatVersion.hasSuffix("render \(Renderer.version)"))
    }

    func fact(_ value: Double, _ subject: String) -> Fact {
        Fact(kind: .money, value: .number(value), valueMax: nil, unit: "USD", bound: .exact, subject: subject, role: "valuation", noun: nil,
             text: "\(value)", sentence: "Menurut laporan, valuasinya \(value).", start: 0, end: 1)
    }

    func article(_ id: String, source: String, date: String, facts: [Fact], mentions: [String: Int] = [:]) -> ArticleAnalysis {
        ArticleAnalysis(id: id, file: id + ".txt", metadata: ArticleMetadata(title: id, date: date, source: source, url: nil, language: .indonesian),
                        words: 10, lead: "", mentions: mentions, facts: facts, unknownNames: [:], dropped: [:])
    }

    /// A figure chart's source line counts its own figures and their articles, outlets and dates; an article without
    /// such figures leaves the chart equal, so its fingerprint and its PNG stay.
    @Test func figureChartSaysWhatItIsMadeFrom() throws {
        let valued = [article("a", source: "Kompas", date: "2025-01-02", facts: [fact(4e9, "Baidu"), fact(5e9, "Alibaba")]),
                      article("b", source: "Tempo", date: "2025-03-04", facts: [fact(6e9, "Tencent"), fact(7e9, "Zhipu")])]
        let lexicon = try Lexicon.builtIn()
        let before = ChartSet(corpus: CorpusStats(analyses: valued, lexicon: lexicon), labels: Labels(.en), sourceLine: "Source: 2 articles")
        let measure = try #require(before.measures.first)
        let chart = try #require(before.figures(measure))
        #expect(chart.source == "Source: 4 figures from 2 articles, Kompas, Tempo, 2025-01-02–2025-03-04 · report-gen")
        let more = valued + [article("c", source: "Detik", date: "2025-05-06", facts: [], mentions: ["China": 3])]
        let after = ChartSet(corpus: CorpusStats(analyses: more, lexicon: lexicon), labels: Labels(.en), sourceLine: "Source: 3 articles")
        #expect(after.figures(measure) == chart)
        #expect(Labels(.id).figureSourceLine(figures: 1, articles: 1, outlets: [], from: nil, to: nil) == "Sumber: 1 angka dari 1 artikel · report-gen")
    }

    /// End to end in one process: an added article with mentions and no figures redraws the mention charts, keeps the
    /// figure chart's PNG, and the folder is byte for byte what a cold run gives.
    @Test func anAddedArticleRedrawsOnlyTheChartsItChanges() throws {
        let fm = FileManager.default
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir)
        let out = dir.appendingPathComponent("out")
        let first = try ReportGenerator.run(Stage.options(input, out))
        let figureCharts = first.written.filter { $0.hasPrefix("charts/") && !$0.contains("mentions") && !$0.contains("share")
            && !$0.contains("heatmap") && !$0.contains("timeline") && !$0.contains("trends") }
        #expect(!figureCharts.isEmpty, "the seeds make a figure chart: \(first.written)")
        try "Tiongkok dan Amerika Serikat terus bersaing dalam kecerdasan buatan, kata pejabat Nvidia di Jakarta.\n"
            .write(to: input.appendingPathComponent("added.txt"), atomically: true, encoding: .utf8)
        let second = try ReportGenerator.run(Stage.options(input, out))
        #expect(second.written.contains("charts/mentions.png"), "\(second.written)")
        #expect(second.written.contains("report.pdf"))
        for chart in figureCharts { #expect(!second.written.contains(chart), "\(chart) was drawn again") }
        var cold = Stage.options(input, dir.appendingPathComponent("cold"))
        cold.useCache = false
        _ = try ReportGenerator.run(cold)
        #expect(try Stage.visible(out) == Stage.visible(dir.appendingPathComponent("cold")))
    }
}
