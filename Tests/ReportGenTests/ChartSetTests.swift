import Foundation
import Testing
import Stats
import Render
@testable import ReportKit

/// Composition without drawing: the pieces of ChartSet that are plain arithmetic.
struct ChartSetTests {
    @Test(arguments: [("1970-01-01", 0), ("2024-06-27", 19901), ("2023-10", 19645), ("1901-03-01", -25143), ("2000-02-29", 11016)])
    func daysSinceEpoch(_ iso: String, _ expected: Int) {
        #expect(ChartSet.day(iso) == expected)
    }

    @Test func invalidDatesHaveNoDay() {
        #expect(ChartSet.day("2024-13-01") == nil)
        #expect(ChartSet.day("2024") == nil)
        #expect(ChartSet.day("bukan tanggal") == nil)
    }

    /// The timeline, the trend and the report's date read dates through Stats' one parser (`ISODate`): a day that does
    /// not exist (2023-02-30) is undated for all three, and a mentioned month sits on its 15th.
    @Test func timelineTrendAndReportDateUseTheOneParser() throws {
        for iso in ["2024-06-27", "2023-10", "2024", "2023-02-30", "2024-6-27", "1850-01-01", "2024-06-27T10"] {
            #expect(ChartSet.day(iso) == ISODate(iso)?.placedDay?.number, "\(iso)")
        }
        #expect(ChartSet.day("2024-06") == ISODate("2024-06-27")?.placedMonth?.number)
        func article(_ id: String, _ date: String) -> ArticleAnalysis {
            ArticleAnalysis(id: id, file: id, metadata: ArticleMetadata(date: date), words: 10, lead: "", mentions: ["China": 1], facts: [],
                            unknownNames: [:], dropped: [:])
        }
        let corpus = CorpusStats(analyses: [article("a", "2023-02-28"), article("b", "2023-02-30")], lexicon: try Lexicon.builtIn())
        let labels = Labels(.en)
        let timeline = ChartSet(corpus: corpus, labels: labels, sourceLine: "").timeline
        #expect(timeline.subtitle?.hasSuffix(labels.undated(1, of: 2)) == true)
        #expect(timeline.events.map(\.day) == [try #require(ChartSet.day("2023-02-28"))])
        #expect(TrendCharts(corpus: corpus, labels: labels, sourceLine: "").days == [PublicationDay(iso: "2023-02-28"), nil])
        let options = ReportOptions(input: URL(fileURLWithPath: "/nowhere"), output: URL(fileURLWithPath: "/nowhere"), inputDisplay: "x")
        let date = ReportSpec.reportDate(options, corpus: corpus, files: [])
        #expect(date == Date(timeIntervalSince1970: TimeInterval(try #require(PublicationDay(iso: "2023-02-28")).number * 86400)))
    }
}

/// Chart selection on a corpus built in the test: top N, currency, log scale, timeline window.
struct ChartSelectionTests {
    func fact(_ kind: FactKind, _ value: Double, unit: String? = nil, subject: String? = "Baidu", role: String? = nil) -> Fact {
        Fact(kind: kind, value: .number(value), valueMax: nil, unit: unit, bound: .exact, subject: subject, role: role, noun: nil,
             text: "\(value)", sentence: "Menurut laporan, angkanya \(value).", start: 0, end: 1)
    }

    func charts(_ facts: [Fact], mentions: [String: Int] = [:]) throws -> ChartSet {
        let article = ArticleAnalysis(id: "a", file: "a.txt", metadata: ArticleMetadata(title: "A", date: nil, source: nil, url: nil, language: .indonesian),
                                      words: 10, lead: "", mentions: mentions, facts: facts, unknownNames: [:], dropped: [:])
        let corpus = CorpusStats(analyses: [article], lexicon: try Lexicon.builtIn())
        return ChartSet(corpus: corpus, labels: Labels(.en), sourceLine: "")
    }

    /// Four subjects, the fewest a figure chart compares: the first gets `first`, the others fixed small values.
    func four(_ kind: FactKind, _ first: Double, _ others: [Double] = [1000, 2000, 3000], unit: String? = nil, role: String? = nil) -> [Fact] {
        [fact(kind, first, unit: unit, role: role)] + zip(["Alibaba", "Tencent", "Zhipu"], others).map { fact(kind, $1, unit: unit, subject: $0, role: role) }
    }

    @Test func tokensUseALogScaleOnlyBeyondAHundredfoldSpread() throws {
        let tokens = Measure(quantity: .freeTokens)
        let wide = try #require(try charts(four(.tokens, 15e9)).figures(tokens))
        #expect(wide.scale == .log10)
        let narrow = try #require(try charts(four(.tokens, 300)).figures(tokens))
        #expect(narrow.scale == .linear)
        #expect(narrow.bars.map(\.value) == [3000, 2000, 1000, 300], "largest first")
    }

    @Test func upperBoundsAreDrawnVagueLowerBoundsSolid() throws {
        var facts = four(.tokens, 5e6, [9e6, 1e6, 2e6])
        facts[0].bound = .lessThan
        facts[1].bound = .moreThan
        let chart = try #require(try charts(facts).figures(Measure(quantity: .freeTokens)))
        let bars = Dictionary(uniqueKeysWithValues: chart.bars.map { ($0.value, $0) })
        #expect(bars[5e6]?.isApproximate == true, "a bar up to “less than 5M” would claim 5M")
        #expect(bars[5e6]?.shownValueLabel.hasPrefix("<") == true, "no “~” before “<”")
        #expect(bars[9e6]?.isApproximate == false)
    }

    /// "puluhan juta" (10–99 million) is an order of magnitude: drawn light to its lower end, so the axis stays where the
    /// other figures are; a narrow vague span ("sekitar 2–3 juta") and an exact range keep their span bars.
    @Test func aVagueOrderOfMagnitudeDoesNotStretchTheAxis() throws {
        var facts = four(.tokens, 10e6, [2e6, 3e6, 4e6])
        facts[0].bound = .approx
        facts[0].valueMax = 99e6
        facts[1].bound = .approx
        facts[1].valueMax = 3e6
        facts[2].bound = .range
        facts[2].valueMax = 30e6
        let chart = try #require(try charts(facts).figures(Measure(quantity: .freeTokens)))
        let bars = Dictionary(uniqueKeysWithValues: chart.bars.map { ($0.value, $0) })
        #expect(bars[10e6]?.range == nil)
        #expect(bars[10e6]?.isApproximate == true)
        #expect(bars[10e6]?.shownValueLabel.contains("99") == true, "the label keeps the whole span")
        #expect(bars[2e6]?.range == 2e6...3e6)
        #expect(bars[3e6]?.range == 3e6...30e6)
    }

    /// A subject the lexicon does not list (a laptop read as the subject of its price) is no "Organisation": its bar has
    /// its own colour, and the legend says what that colour means.
    @Test func unlistedSubjectsClaimNoCategory() throws {
        let facts = four(.tokens, 5e6, [1e6, 2e6, 3e6]) + [fact(.tokens, 4e6, subject: "Legion Y740")]
        let chart = try #require(try charts(facts, mentions: ["Baidu": 1, "Alibaba": 1, "Tencent": 1, "Zhipu": 1]).figures(Measure(quantity: .freeTokens)))
        let legion = try #require(chart.bars.first { $0.label.hasPrefix("Legion Y740") })
        #expect(legion.color == EntityColors.unlisted)
        #expect(chart.bars.filter { $0.color == EntityColors.unlisted }.count == 1, "lexicon names keep their category's colour")
        #expect(chart.legend.map(\.label).contains(Labels(.en).unlistedName))
        #expect(!chart.legend.map(\.label).contains(Labels(.en).category(.organisation)))
    }

    @Test func sharesAboveAHundredPercentAreLeftOutOfTheShareChart() throws {
        let shares = [fact(.percent, 175.3, subject: "United States", role: "share")] + four(.percent, 55, [19, 10, 5], role: "share")
        let chart = try #require(try charts(shares, mentions: ["United States": 2, "Baidu": 2, "Alibaba": 2]).figures(Measure(quantity: .percentShare)))
        #expect(chart.bars.map(\.value) == [55, 19, 10, 5])
    }

    @Test func moneyChartsHoldOneCurrency() throws {
        let set = try charts(four(.money, 6, [5, 4, 3], unit: "USD", role: "valuation") + [fact(.money, 7, unit: "IDR", role: "valuation")])
        #expect(set.figures(Measure(quantity: .valuation, currency: "USD"))?.bars.map(\.value) == [6, 5, 4, 3])
        #expect(set.figures(Measure(quantity: .valuation, currency: "IDR")) == nil, "one rupiah valuation is no comparison")
    }

    /// Issue 10: a figure chart needs four distinct subjects; three companies, or one company's many figures, stay
    /// in the table (the corpus had charts of two prices of one car in baht).
    @Test func figureChartsNeedFourDistinctSubjects() throws {
        let price = Measure(quantity: .price, currency: "THB")
        let three = Array(four(.money, 6, [5, 4, 3], unit: "THB", role: "price").prefix(3))
        #expect(try charts(three).figures(price) == nil)
        #expect(try charts(three).measures.isEmpty)
        let oneCompany = (1...6).map { fact(.money, Double($0), unit: "THB", role: "price") }
        #expect(try charts(oneCompany + [three[1]]).figures(price) == nil, "seven figures of two subjects")
        let set = try charts(three + [fact(.money, 2, unit: "THB", subject: "Huawei", role: "price")])
        #expect(set.figures(price)?.bars.count == 4)
        #expect(set.measures == [price])
        #expect(set.all.keys.contains(.figure(price)))
        // Four subjects, but the twenty largest figures (the bars drawn) are two companies': no chart.
        let crowded = (1...20).map { fact(.money, 1000 + Double($0), unit: "THB", subject: $0 % 2 == 0 ? "Baidu" : "Alibaba", role: "price") }
            + [fact(.money, 1, unit: "THB", subject: "Tencent", role: "price"), fact(.money, 2, unit: "THB", subject: "Zhipu", role: "price")]
        #expect(try charts(crowded).figures(price) == nil)
        #expect(try charts(crowded).all[.figure(price)] == nil)
    }

    @Test func atMostTwentyBarsAndTheNoteSaysSo() throws {
        let many = (1...30).map { fact(.percent, Double($0), subject: "Firma \($0)", role: "share") }
        let chart = try #require(try charts(many).figures(Measure(quantity: .percentShare)))
        #expect(chart.bars.count == 20)
        #expect(chart.note?.contains("20") == true && chart.note?.contains("30") == true)
    }

    @Test func timelineWindowKeepsTheBulkOfTheDates() {
        #expect(ChartSet.window(Array(0..<199)) == nil)
        let days = Array(repeating: 20000, count: 300) + [-25000]
        #expect(ChartSet.window(days) == (20000 - 31)...(20000 + 31))
    }
}
