import Foundation
import Testing
@testable import ReportKit
@testable import Render
@testable import Stats

/// The analyst's features on the seeds and on small dated folders: filters before counting, CSV next to stats.json,
/// the trends chart, and what a run says on the terminal.
@Suite("analyst features")
struct AnalystTests {
    /// Seed copies with front matter giving each a date and an outlet (the seeds carry no dates of their own).
    static func datedSeeds(in dir: URL, dates: [String?]) throws -> URL {
        let input = try Stage.seedFolder(in: dir)
        let files = try FileManager.default.contentsOfDirectory(at: input, includingPropertiesForKeys: nil).sorted { $0.path < $1.path }
        for (file, date) in zip(files, dates) {
            guard let date else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            try Data("---\ndate: \(date)\nsource: Test\n---\n\(text)".utf8).write(to: file)
        }
        return input
    }

    static func statsJSON(_ output: URL) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("stats.json"))) as? [String: Any])
    }

    @Test("--since and --until leave out undated articles and those outside the period, and say how many")
    func datesFilter() throws {
        let dir = try CLI.temporaryFolder(), out = dir.appendingPathComponent("out")
        // The last seed states no date of its own.
        let input = try Self.datedSeeds(in: dir, dates: ["2025-05-02", "2025-06-18", "2025-08-01", "2025-06-03", nil])
        var options = Stage.options(input, out, formats: [.csv])
        options.filter = FilterOptions(since: "2025-06", until: "2025-07")
        let summary = try ReportGenerator.run(options)
        #expect(summary.articles == 5)
        #expect(summary.filtered == "2 of 5 articles kept; left out: 1 undated, 1 before the period, 1 after the period")
        let filters = try #require(Self.statsJSON(out)["filters"] as? [String: Any])
        #expect(filters["since"] as? String == "2025-06" && filters["until"] as? String == "2025-07")
        #expect(filters["kept"] as? Int == 2)
        #expect(filters["excluded"] as? [String: Int] == ["undated": 1, "before_since": 1, "after_until": 1, "off_topic": 0])
        #expect((try Self.statsJSON(out)["articles"] as? [Any])?.count == 2)
    }

    @Test("--about keeps the articles that mention an entity or a word; the ai set; nothing kept is an input error")
    func aboutFilter() throws {
        let dir = try CLI.temporaryFolder(), out = dir.appendingPathComponent("out")
        let input = try Stage.seedFolder(in: dir)
        var options = Stage.options(input, out, formats: [.csv])
        options.filter = FilterOptions(about: ["DeepSeek"])
        _ = try ReportGenerator.run(options)
        let stats = try Self.statsJSON(out)
        let deepSeek = try #require((stats["mentions"] as? [[String: Any]])?.first { $0["entity"] as? String == "DeepSeek" })
        // Every kept article mentions DeepSeek, and every article that mentions it was kept.
        #expect((stats["articles"] as? [Any])?.count == deepSeek["articles"] as? Int)

        options.filter = FilterOptions(about: ["ai"])
        _ = try ReportGenerator.run(options)
        #expect((try Self.statsJSON(out)["articles"] as? [Any])?.count == 5)   // every seed is about AI

        options.filter = FilterOptions(about: ["zeppelin"])
        #expect(throws: ReportError.self) { try ReportGenerator.run(options) }
        do { _ = try ReportGenerator.run(options) } catch let error as ReportError {
            #expect(error.exitCode == 66 && error.description.contains("5 not on the topic"))
        }
    }

    @Test("another filter rewrites every output; the same filter again rewrites nothing")
    func filtersInFingerprints() throws {
        let dir = try CLI.temporaryFolder(), out = dir.appendingPathComponent("out")
        let input = try Stage.seedFolder(in: dir)
        var options = Stage.options(input, out, formats: [.csv, .png])
        _ = try ReportGenerator.run(options)
        options.filter = FilterOptions(about: ["DeepSeek"])
        let filtered = try ReportGenerator.run(options)
        #expect(filtered.written.contains("stats.json") && filtered.written.contains("facts.csv") && filtered.written.contains("charts/mentions.png"))
        #expect(filtered.analysed == 0)   // the cache still serves: filters apply after reading
        #expect(try ReportGenerator.run(options).written.isEmpty)
        options.filter = FilterOptions()
        #expect(try ReportGenerator.run(options).written.contains("stats.json"))
        #expect(try Self.statsJSON(out)["filters"] is NSNull)
    }

    @Test("outputs the new run does not make are removed: no trends chart or CSV left from another filter or format")
    func staleOutputsRemoved() throws {
        let dir = try CLI.temporaryFolder(), out = dir.appendingPathComponent("out")
        let input = try Self.datedSeeds(in: dir, dates: ["2025-05-02", "2025-06-18", "2025-07-30", "2025-06-03", nil])
        var options = Stage.options(input, out, formats: [.png, .csv])
        _ = try ReportGenerator.run(options)
        let trends = out.appendingPathComponent("charts/trends.png")
        #expect(FileManager.default.fileExists(atPath: trends.path))
        options.filter = FilterOptions(since: "2025-07")   // one article: no trend
        options.formats = [.png]
        _ = try ReportGenerator.run(options)
        #expect(!FileManager.default.fileExists(atPath: trends.path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("facts.csv").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("charts/mentions.png").path))
        // A file the user put in place of an output is theirs.
        options.filter = FilterOptions()
        _ = try ReportGenerator.run(options)
        try Data("mine".utf8).write(to: trends)
        options.filter = FilterOptions(since: "2025-07")
        _ = try ReportGenerator.run(options)
        #expect(try Data(contentsOf: trends) == Data("mine".utf8))
    }

    @Test("facts.csv, mentions.csv and articles.csv sit next to stats.json and load with an independent reader; counts match it")
    func csvBesideStats() throws {
        let dir = try CLI.temporaryFolder(), out = dir.appendingPathComponent("out")
        let written = try ReportGenerator.run(Stage.options(try Stage.seedFolder(in: dir), out, formats: [.csv])).written
        #expect(written == ["articles.csv", "facts.csv", "mentions.csv", "stats.json"])
        let files = try CSVTable.allCases.map { ($0.fileName, [UInt8](try Data(contentsOf: out.appendingPathComponent($0.fileName)))) }
        let tables = try CSVTablesTests.read(files.map { (name: $0.0, bytes: $0.1) })
        let stats = try Self.statsJSON(out)
        let facts = try #require(stats["facts"] as? [[String: Any]]), mentions = try #require(stats["mentions"] as? [[String: Any]])
        #expect(tables["facts.csv"]!.count - 1 == facts.reduce(0) { $0 + max(1, ($1["sources"] as? [Any])?.count ?? 1) })
        #expect(tables["mentions.csv"]!.count - 1 == mentions.reduce(0) { $0 + (($1["byArticle"] as? [String: Int])?.count ?? 0) })
        #expect(tables["articles.csv"]!.count - 1 == (stats["articles"] as? [Any])?.count)
        #expect(ReportOptions(input: dir, output: out, inputDisplay: "x").formats.contains(.csv))   // on by default
    }

    @Test("the trend: China and the US in their colours, outlets and other countries left out, empty periods as gaps")
    func trendChart() throws {
        func article(_ id: String, _ date: String?, _ mentions: [String: Int]) -> ArticleAnalysis {
            ArticleAnalysis(id: id, file: id, metadata: ArticleMetadata(date: date), words: 100, lead: "", mentions: mentions, facts: [],
                            unknownNames: [:], dropped: [:])
        }
        let articles = [
            article("a", "2025-01-06", ["China": 3, "Indonesia": 40, "Kompas": 30, "DeepSeek": 2]),
            article("b", "2025-01-20", ["United States": 2, "DeepSeek": 1]),
            article("c", "2025-03-17", ["China": 1, "United States": 4, "Nvidia": 5]),
            article("d", "2019-09-10", ["China": 9]),   // a lone old article: outside the window
            article("e", nil, ["China": 9]),
        ]
        let corpus = CorpusStats(analyses: articles, lexicon: try Lexicon.builtIn())
        let labels = Labels(.en)
        let chart = try #require(TrendCharts(corpus: corpus, labels: labels, sourceLine: "s").chart)
        #expect(chart.period == .week)
        #expect(chart.series.map(\.name) == ["China", "United States", "Nvidia", "DeepSeek"])
        #expect(chart.series[0].color == EntityColors.china && chart.series[1].color == EntityColors.unitedStates)
        let indonesian = try #require(TrendCharts(corpus: corpus, labels: Labels(.id), sourceLine: "s").chart)
        #expect(indonesian.series.map(\.name) == ["Tiongkok", "Amerika Serikat", "Nvidia", "DeepSeek"])
        #expect(chart.periodStarts.first == CalendarDay(year: 2025, month: 1, day: 6) && chart.periodStarts.count == 11)
        #expect(chart.series[0].values[0] == 3 && chart.series[0].values[1].isNaN)   // no article in the week of 13 January
        #expect(chart.series[1].values[2] == 2)
        #expect(chart.note == "1 dated article outside this period and 1 undated article are not counted")
        #expect(ChartSet(corpus: corpus, labels: labels, sourceLine: "s").all[.trends] != nil)

        #expect(TrendCharts(corpus: corpus, labels: labels, sourceLine: "s").absence == nil)
        let short = CorpusStats(analyses: Array(articles.prefix(2)), lexicon: try Lexicon.builtIn())
        #expect(ChartSet(corpus: short, labels: labels, sourceLine: "s").all[.trends] == nil)   // two weeks: no trend
        #expect(TrendCharts(corpus: short, labels: labels, sourceLine: "s").absence == nil)   // nothing to explain

        // A busy week after thin archive pages: no trend, and the report says why.
        let archive = (0..<30).map { article("n\($0)", "2025-06-1\($0 % 5)", ["China": 1]) } + [article("old", "2018-03-01", ["China": 1])]
        let bunched = TrendCharts(corpus: CorpusStats(analyses: archive, lexicon: try Lexicon.builtIn()), labels: labels, sourceLine: "s")
        #expect(bunched.chart == nil)
        #expect(bunched.absence?.hasPrefix("No trend over time: the 31 dated articles span 2018-03-01 – 2025-06-14") == true)
    }

    @Test("figures over time: a measure reported on two dates, oldest first; roleless money and a single date are not measures")
    func recurringFigures() throws {
        func money(_ value: Double, _ subject: String, _ role: String?, at start: Int) -> Fact {
            Fact(kind: .money, value: .number(value), valueMax: nil, unit: "USD", bound: .exact, subject: subject, role: role, noun: nil,
                 text: "$\(value)", sentence: "s", start: start, end: start + 5)
        }
        func article(_ id: String, _ date: String, _ facts: [Fact]) -> ArticleAnalysis {
            ArticleAnalysis(id: id, file: id, metadata: ArticleMetadata(date: date), words: 10, lead: "", mentions: [:], facts: facts,
                            unknownNames: [:], dropped: [:])
        }
        let corpus = CorpusStats(analyses: [
            article("b", "2025-07-09", [money(4e12, "Nvidia", "market_value", at: 0), money(5, "Samsung", nil, at: 10)]),
            article("a", "2025-06-01", [money(3e12, "Nvidia", "market_value", at: 0), money(6, "Samsung", nil, at: 10),
                                         money(1e9, "OpenAI", "valuation", at: 20)]),
        ], lexicon: try Lexicon.builtIn())
        let measures = RecurringFigures(corpus: corpus).measures
        #expect(measures.map(\.subject) == ["Nvidia"])
        #expect(measures.first?.points.map(\.date) == ["2025-06-01", "2025-07-09"])
        #expect(measures.first?.points.map { $0.fact.value.number } == [3e12, 4e12])
        #expect(RecurringFigures(corpus: corpus).blocks(labels: Labels(.en)).count == 2)
    }

    @Test("the PDF has a trends section when there is a trend, and names the filters on its cover")
    func reportSections() throws {
        let dir = try CLI.temporaryFolder(), out = dir.appendingPathComponent("out")
        let input = try Self.datedSeeds(in: dir, dates: ["2025-05-02", "2025-06-18", "2025-07-30", "2025-06-03", nil])
        var options = Stage.options(input, out, formats: [.pdf, .png])
        options.filter = FilterOptions(since: "2025")
        let written = try ReportGenerator.run(options).written
        #expect(written.contains("charts/trends.png"))
        let text = try Tool.run("pdftotext", ["-layout", out.appendingPathComponent("report.pdf").path, "-"]).stdout
        #expect(folded(text).contains("Attention over time"))
        #expect(folded(text).contains("Filtered: since 2025 — 4 of 5 articles kept; left out: 1 undated"))
    }

    @Test("decoding notes are said once, on the run that reads the file; --quiet leaves them out")
    func notesOnce() throws {
        let dir = try CLI.temporaryFolder(), out = dir.appendingPathComponent("out")
        let input = try Stage.seedFolder(in: dir, count: 1)
        try Data("Nvidia menjual chip ke Tiongkok senilai 5 miliar dolar, kata pejabat.\n".data(using: .windowsCP1252)!
            + Data([0xE9, 0x0A])).write(to: input.appendingPathComponent("cp1252.txt"))
        let first = try ReportGenerator.run(Stage.options(input, out, formats: [.csv]))
        #expect(first.warnings.contains { $0.contains("cp1252.txt") })
        #expect(first.warnings(quiet: true).isEmpty)
        let second = try ReportGenerator.run(Stage.options(input, out, formats: [.csv]))
        #expect(second.warnings.isEmpty)
    }

    @Test("counts agree in number: 1 file, 2 files")
    func plurals() {
        var summary = RunSummary(articles: 1, facts: 1, written: ["stats.json"], skipped: [], decodingNotes: [], analysed: 1, changes: [], seconds: 0)
        #expect(summary.lines(output: "out") == ["Read 1 article, found 1 figure in 0.00 s.", "Wrote 1 file to out/: stats.json"])
        summary.written = ["charts/a.png", "stats.json"]
        summary.decodingNotes = Array(repeating: "x", count: 6)
        #expect(summary.lines(output: "out").last == "Wrote 2 files to out/: stats.json, charts/ (1 image)")
        #expect(summary.warnings.last == "1 more file was decoded or repaired; see articles[].decoding in stats.json")
    }
}

/// The densest run of dated articles.
@Suite("trend window")
struct TrendWindowTests {
    @Test("two campaigns years apart: the larger run that spans two months")
    func campaigns() throws {
        let old = Array(repeating: "2019-09-10", count: 50) + ["2019-10-01"]   // more articles, but under two months
        let recent = (1...9).flatMap { ["2025-0\($0)-15", "2025-0\($0)-16"] }
        let w = try #require(TrendWindow.choose(old + recent + [nil]))
        #expect(w.first == "2025-01-15" && w.last == "2025-09-16" && w.inside == 18 && w.outside == 51)
        #expect(w.contains("2025-05-15") && !w.contains("2019-09-10") && !w.contains(nil) && !w.contains("2025-05"))
    }

    @Test("thin tails are trimmed; a run too small a share of the folder is not its story")
    func tailsAndShare() {
        // An archive: a few old articles, then one busy week.
        let busy = Array(repeating: "2025-06-18", count: 200)
        let archive = ["2018-02-01", "2018-03-01", "2018-04-20", "2025-04-01", "2025-05-01"]
        #expect(TrendWindow.choose(busy + archive) == nil)
        #expect(TrendWindow.choose([]) == nil)
        // Trimmed articles of the window's first and last days are inside it.
        let edges = Array(repeating: "2025-01-10", count: 30) + ["2025-02-01", "2025-03-01"] + Array(repeating: "2025-04-10", count: 30)
        #expect(TrendWindow.choose(edges).map { [$0.inside, $0.outside] } == [62, 0])
    }
}
