import Testing
@testable import Stats

/// Conflicts are the same subject, measure and period stated as facts by two articles.
struct ConflictRuleTests {
    func fact(_ article: String, _ value: Double, role: String = "loss", sentence: String) -> CorpusFact {
        let f = Fact(kind: .money, value: .number(value), valueMax: nil, unit: "USD", bound: .exact, subject: "OpenAI", role: role,
                     noun: nil, text: "x", sentence: sentence, start: 0, end: 1)
        return CorpusFact(id: article + "#1", article: article, fact: f, sources: [FactSource(article: article, start: 0, end: 1)])
    }

    @Test func samePeriodDifferentValuesConflict() {
        let facts = [fact("a", 5e9, sentence: "OpenAI rugi US$5 miliar pada 2024."), fact("b", 4e9, sentence: "OpenAI rugi US$4 miliar pada 2024.")]
        #expect(ConflictRule.conflicts(facts, articleDates: [:]).count == 1)
    }

    @Test func lossesOfDifferentYearsAreTwoLosses() {
        let facts = [fact("a", 5e9, sentence: "OpenAI rugi US$5 miliar pada 2024."), fact("b", 4e9, sentence: "OpenAI rugi US$4 miliar pada 2023.")]
        #expect(ConflictRule.conflicts(facts, articleDates: [:]).isEmpty)
        // Without a year in the sentence, the article's date gives the period.
        let undated = [fact("a", 5e9, sentence: "OpenAI rugi US$5 miliar."), fact("b", 4e9, sentence: "OpenAI rugi US$4 miliar.")]
        #expect(ConflictRule.conflicts(undated, articleDates: ["a": "2024-05-01", "b": "2023-05-01"]).isEmpty)
        #expect(ConflictRule.conflicts(undated, articleDates: ["a": "2024-05-01", "b": "2024-11-01"]).count == 1)
    }

    @Test func aForecastIsNotRevenue() {
        let facts = [fact("a", 3.7e9, role: "revenue", sentence: "Pendapatan OpenAI US$3,7 miliar pada 2024."),
                     fact("b", 11.6e9, role: "revenue", sentence: "Pendapatan OpenAI diperkirakan US$11,6 miliar pada 2024.")]
        #expect(ConflictRule.conflicts(facts, articleDates: [:]).isEmpty)
        #expect(ConflictRule.isForecast(facts[1].fact) && !ConflictRule.isForecast(facts[0].fact))
    }

    @Test func oneArticleWithTwoFiguresIsNoConflict() {
        let facts = [fact("a", 5e9, sentence: "OpenAI rugi US$5 miliar pada 2024."), fact("a", 4e9, sentence: "OpenAI rugi US$4 miliar pada 2024.")]
        #expect(ConflictRule.conflicts(facts, articleDates: [:]).isEmpty)
    }
}

extension ConflictRuleTests {
    @Test func lastYearIsTheYearBeforeTheArticle() {
        let f = fact("a", 16e9, sentence: "Intel mencatat kerugian 16 miliar dolar AS tahun lalu.").fact
        #expect(ConflictRule.period(f, articleDate: "2025-07-14") == "2024")
    }

    @Test func pricesAreNotConflicts() {
        let facts = [fact("a", 4e6, role: "price", sentence: "Harga Rp 4 juta pada 2019."), fact("b", 8e6, role: "price", sentence: "Harga Rp 8 juta pada 2019.")]
        #expect(ConflictRule.conflicts(facts, articleDates: [:]).isEmpty)
    }
}

extension ConflictRuleTests {
    @Test func aFigureForALaterYearIsAForecast() {
        let f = fact("a", 147e9, role: "profit", sentence: "Asia Tenggara mencatat keuntungan industri sebesar USD147 miliar pada tahun 2025.").fact
        #expect(ConflictRule.isForecast(f, articleDate: "2019-09-11"))
        #expect(!ConflictRule.isForecast(f, articleDate: "2025-12-01"))
    }
}
