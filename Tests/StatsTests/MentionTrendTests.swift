import Testing
@testable import Stats

@Suite("Mention trends over time")
struct MentionTrendTests {
    static func article(_ id: String, _ date: String?, _ mentions: [String: Int]) -> ArticleAnalysis {
        ArticleAnalysis(id: id, file: id, metadata: ArticleMetadata(date: date), words: 0, lead: "", mentions: mentions, facts: [], unknownNames: [:], dropped: [:])
    }

    @Test("calendar arithmetic: days, weekdays, ISO dates")
    func calendar() {
        #expect(MentionTrend.day("1970-01-01") == 0)
        #expect(MentionTrend.day("2025-06-16").map(MentionTrend.weekday) == 0)   // a Monday
        #expect(MentionTrend.day("2024-02-29").map(MentionTrend.iso) == "2024-02-29")
        #expect(MentionTrend.day("2025-06") == nil && MentionTrend.day("2025-02-30") == nil)
    }

    @Test("weeks for a span of up to half a year, empty weeks kept, undated counted")
    func weekly() throws {
        let articles = [
            Self.article("a", "2025-06-18", ["China": 3, "DeepSeek": 1]),  // week of Mon 2025-06-16
            Self.article("b", "2025-06-22", ["China": 1]),                 // Sunday: same week
            Self.article("c", "2025-08-20", ["United States": 2]),
            Self.article("d", nil, ["China": 9]),
            Self.article("e", "2025-07", ["China": 9]),                    // month only: cannot be placed in a week
        ]
        let t = try #require(MentionTrend.make(articles, entities: ["China", "United States"]))
        #expect(t.granularity == .week)
        #expect(t.periods.first == "2025-06-16" && t.periods.last == "2025-08-18" && t.periods.count == 10)
        #expect(t.articles.first == 2 && t.articles.reduce(0, +) == 3)
        #expect(t.series[0].counts.first == 4 && t.series[0].total == 4)
        #expect(t.series[1].counts.last == 2)
        #expect(t.dated == 3 && t.undated == 2)
    }

    @Test("months beyond half a year; no trend under two months")
    func monthlyAndMinimum() throws {
        let long = [Self.article("a", "2019-09-10", ["China": 1]), Self.article("b", "2025-06-18", ["China": 2])]
        let t = try #require(MentionTrend.make(long, entities: ["China"]))
        #expect(t.granularity == .month && t.periods.first == "2019-09" && t.periods.last == "2025-06" && t.periods.count == 70)
        #expect(t.series[0].counts.first == 1 && t.series[0].counts.last == 2)
        let short = [Self.article("a", "2025-06-01", ["China": 1]), Self.article("b", "2025-07-20", ["China": 2])]
        #expect(MentionTrend.make(short, entities: ["China"]) == nil)
        #expect(MentionTrend.make([Self.article("a", nil, [:])], entities: ["China"]) == nil)
    }

    @Test("top entities keep China and the United States whenever they are mentioned")
    func top() {
        let articles = [Self.article("a", "2025-06-18", ["Indonesia": 40, "Google": 10, "United States": 1, "China": 2]),
                        Self.article("b", nil, ["Huawei": 99])]
        #expect(MentionTrend.topEntities(articles, top: 3) == ["China", "United States", "Indonesia"])
        #expect(MentionTrend.topEntities([Self.article("a", "2025-06-18", ["Google": 1])], top: 3) == ["Google"])
    }
}
