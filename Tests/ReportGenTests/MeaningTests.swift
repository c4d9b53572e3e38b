import Foundation
import Render
import Testing
@testable import ReportKit
@testable import Stats

/// Charts labelled by meaning and grouped by what they measure; the summary page; share of voice with weight.
struct MeaningTests {
    static let mixed = [
        "a1.txt": """
        OpenAI dan Anthropic berebut modal

        Jakarta, 3 Maret 2025 - OpenAI kini memiliki valuasi US$157 miliar setelah putaran pendanaan terbaru. Anthropic mencapai valuasi US$61,5 miliar pada bulan yang sama. Saham Nvidia merosot 17 persen dalam sehari. DeepSeek mengeluarkan biaya pelatihan US$5,6 juta untuk model V3.
        """,
        "a2.txt": """
        Raksasa teknologi dan nilai pasarnya

        Jakarta, 10 Maret 2025 - Nvidia memiliki nilai pasar US$3 triliun pada awal tahun. Microsoft memiliki nilai pasar US$2,8 triliun. GoTo mencatat pendapatan Rp 15 triliun tahun lalu. Bukalapak mencatat pendapatan Rp 4 triliun. Saham Baidu naik 5 persen pada perdagangan Senin. Meta menghabiskan biaya pelatihan US$30 juta untuk Llama.
        """,
        "a3.txt": """
        Startup AI Tiongkok

        Jakarta, 12 Maret 2025 - Zhipu mendapat pendanaan US$400 juta dari investor. Moonshot memperoleh investasi US$1 miliar dari Alibaba. Valuasi Moonshot mencapai US$2,5 miliar. OpenAI memiliki valuasi US$157 miliar menurut laporan.
        """,
        "a4.txt": """
        Raksasa dan penantang

        Jakarta, 14 Maret 2025 - xAI memiliki valuasi US$50 miliar setelah putaran pendanaan. Apple memiliki nilai pasar US$3,4 triliun. Alphabet memiliki nilai pasar US$2,1 triliun. Saham Tencent naik 3 persen pada perdagangan Selasa. Saham Alibaba merosot 4 persen pada hari yang sama.
        """,
    ]

    static func spec(_ files: [String: String]?, language: Labels.Language = .en) throws -> (ReportSpec, ReportStatistics) {
        let dir = try CLI.temporaryFolder("meaning-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input: URL
        if let files {
            input = dir.appendingPathComponent("articles")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            for (name, text) in files { try Data(text.utf8).write(to: input.appendingPathComponent(name)) }
        } else {
            input = try Stage.seedFolder(in: dir)
        }
        var options = Stage.options(input, dir.appendingPathComponent("out"))
        options.language = language
        let inputs = try RunInputs.gather(options)
        let stats = ReportStatistics.compute(try ArticleReader.read(inputs, cache: nil, progress: nil), inputs: inputs)
        return (ReportSpec.compose(stats, inputs: inputs), stats)
    }

    @Test func eachFigureChartHoldsOneMeasureAndCurrency() throws {
        let (spec, stats) = try Self.spec(Self.mixed)
        let labels = Labels(.en)
        var measures: [String] = []
        for (id, chart) in spec.charts {
            guard case .figure(let m) = id, case .bar(let bars) = chart else { continue }
            measures.append(m.fileName)
            #expect(Set(bars.bars.map(\.label)).count >= ChartSet.minSubjects, "\(m.fileName) compares fewer than four subjects")
            // A percent change may say what changed instead ("Nvidia · shares").
            let names = [labels.measureName(m)] + (m.quantity == .percentChange ? ChangeTarget.allCases.map(labels.changeName) : [])
            for bar in bars.bars {
                #expect(names.contains { bar.label.hasSuffix(" · " + $0) }, "\(bar.label) in \(m.fileName)")
                if let currency = m.currency { #expect(bar.valueLabel.contains(currency + " "), "\(bar.valueLabel) in \(m.fileName)") }
            }
        }
        // A measure is charted exactly when its chartable figures name four subjects: checked on the facts, not only
        // on the labels.
        let charted = Set(measures)
        let known = Set(stats.corpus.mentions.map(\.entity))
        let chartable = stats.corpus.facts.filter { f in f.fact.subject.map { ChartSet.isChartable($0, in: f.fact, known: known) } == true }
        for f in chartable {
            if let m = Measure.of(f.fact) {
                let subjects = Set(chartable.filter { Measure.of($0.fact) == m }.compactMap(\.fact.subject))
                #expect(charted.contains(m.fileName) == (subjects.count >= ChartSet.minSubjects), "\(m.fileName): \(subjects.sorted())")
            }
        }
        #expect(charted == ["money-valuation-usd", "money-market-value-usd", "percent-change"])
        // Two training costs and two fundings are no comparison: those figures stay in the table.
        #expect(!charted.contains("money-training-cost-usd") && !charted.contains("money-funding-usd"))
        // A single name that only opens its sentence ("GoTo mencatat pendapatan …") may be a noun: not put forward in a chart.
        #expect(!charted.contains("money-revenue-idr"))
        // Nvidia's fall is drawn to the left.
        guard case .bar(let change) = spec.charts[.figure(Measure(quantity: .percentChange))] else { Issue.record("no percent chart"); return }
        #expect(change.bars.contains { $0.label == "Nvidia · shares" && $0.value == -17 && $0.valueLabel.hasPrefix("−17") })
    }

    @Test func summaryStatesTheSeedsFiguresWithCitations() throws {
        let (spec, _) = try Self.spec(nil)
        let sentences = spec.document!.summarySentences
        let text = sentences.map(\.text)
        #expect(text.contains("Zhipu offered the most free tokens (150M), 3 times Baidu's and SenseTime's 50M."))
        #expect(text.contains { $0.hasPrefix("China was mentioned 2.7 times as often as the United States") })
        #expect(text.contains("DeepSeek's training cost was given as USD 5.5M."))
        #expect(text.contains("01.AI's valuation was given as USD 1B."))
        #expect(sentences.allSatisfy { !$0.citation.isEmpty })
        let id = try Self.spec(nil, language: .id).0.document!.summarySentences.map(\.text)
        #expect(id.contains { $0.hasPrefix("Tiongkok disebut 2,7 kali lebih sering daripada Amerika Serikat") })
        #expect(id.contains { $0.hasPrefix("Zhipu menawarkan token gratis terbanyak (150 jt)") })
    }

    @Test func seedFigureChartsLabelEveryBarWithItsSubject() throws {
        let (spec, _) = try Self.spec(nil)
        #expect(Set(spec.charts.keys).isSuperset(of: ChartID.fixed))
        guard case .bar(let tokens) = spec.charts[.figure(Measure(quantity: .freeTokens))] else { Issue.record("no tokens chart"); return }
        #expect(tokens.bars.map(\.label) == ["Zhipu · free tokens", "Baidu · free tokens", "SenseTime · free tokens", "Baichuan · free tokens"])
    }

    @Test func shareOfVoiceWeighsAndPoolsArticles() throws {
        func article(_ id: String, _ china: Int, _ us: Int) -> ArticleAnalysis {
            ArticleAnalysis(id: id, file: id + ".txt", metadata: ArticleMetadata(title: "Title \(id)"), words: 100, lead: "",
                            mentions: [Rivals.china: china, Rivals.unitedStates: us].filter { $0.value > 0 }, facts: [], unknownNames: [:], dropped: [:])
        }
        let corpus = CorpusStats(analyses: [article("a", 1, 0), article("b", 27, 7), article("c", 3, 9), article("d", 0, 2)], lexicon: try Lexicon.builtIn())
        let chart = ChartSet(corpus: corpus, labels: Labels(.en), sourceLine: "s").shareOfVoice
        #expect(chart.showsTotals)
        #expect(chart.rows.map(\.label) == ["Title b", "Title c", "2 articles with fewer than 3 mentions"])
        #expect(chart.rows.map(\.totalLabel) == ["27 : 7", "3 : 9", "1 : 2"])
        #expect(chart.rows.map(\.isPooled) == [false, false, true])
    }

    @Test func aManifestBesideTheFolderNamesAndDatesTheArticles() throws {
        let dir = try CLI.temporaryFolder("meaning-manifest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (name, text) in Self.mixed { try Data(text.utf8).write(to: input.appendingPathComponent(name)) }
        let manifest = """
        {"file": "a1.txt", "title": "Modal untuk AI", "date": "2025-03-04", "source": "Kompas"}
        not json
        """
        try Data(manifest.utf8).write(to: dir.appendingPathComponent("news.manifest.jsonl"))
        let inputs = try RunInputs.gather(Stage.options(input, dir.appendingPathComponent("out")))
        let read = try ArticleReader.read(inputs, cache: nil, progress: nil)
        let a1 = try #require(read.analyses.first { $0.id == "a1" })
        #expect(a1.metadata.title == "Modal untuk AI" && a1.metadata.date == "2025-03-04" && a1.metadata.source == "Kompas")
        #expect(read.skippedLines.contains { $0.contains("news.manifest.jsonl") }, "\(read.skippedLines)")
        let spec = ReportSpec.compose(ReportStatistics.compute(read, inputs: inputs), inputs: inputs)
        guard case .stacked(let share) = spec.charts[.shareOfVoice] else { Issue.record("no share chart"); return }
        #expect(share.source.contains("Kompas") && share.source.contains("2025-03-04"))
        guard case .heatmap(let map) = spec.charts[.heatmap] else { Issue.record("no heatmap"); return }
        #expect(map.columnLabels.contains("Modal untuk AI"))
    }

    @Test func aConversionBesideTheFigureIsNotComparedAgain() {
        let sentence = "Nvidia menembus valuasi 4 triliun dollar AS (sekitar Rp 65.000 triliun)."
        var usd = Fact(kind: .money, value: .number(4e12), valueMax: nil, unit: "USD", bound: .exact, subject: "Nvidia", role: "valuation",
                       noun: nil, text: "4 triliun dollar AS", sentence: sentence, start: 0, end: 1)
        usd.equivalent = Equivalent(value: 6.5e16, unit: "IDR")
        var idr = usd
        idr.value = .number(6.5e16); idr.unit = "IDR"; idr.equivalent = nil
        let facts = [CorpusFact(id: "a#1", article: "a", fact: usd, sources: []), CorpusFact(id: "a#2", article: "a", fact: idr, sources: [])]
        #expect(Measure.restatements(facts) == ["a#2"])
    }
}
