import Testing
@testable import Stats

/// The statistics keep each article without its facts (issue 10 item 4): what charts and tables read of it is the
/// analysis's, and every fact is still found in `facts`, by figure.
@Suite("corpus articles")
struct CorpusArticleTests {
    @Test func articlesKeepWhatTheReportReads() {
        let analyses = Fixture.seedIDs.map(Fixture.seed)
        let stats = CorpusStats(analyses: analyses, lexicon: Fixture.lexicon)
        #expect(stats.articles.map(\.id) == analyses.map(\.id).sorted())
        for a in analyses {
            let kept = stats.article(a.id)
            #expect(kept?.factCount == a.facts.count)
            #expect(kept?.mentions == a.mentions && kept?.metadata == a.metadata && kept?.words == a.words)
            #expect(kept?.file == a.file && kept?.dropped == a.dropped)
        }
        #expect(stats.facts.map(\.sources.count).reduce(0, +) == analyses.map(\.facts.count).reduce(0, +))
        // Names and days read the same from an analysis and from its corpus article.
        #expect(ArticleName.displayNames(stats.articles) == ArticleName.displayNames(analyses))
        #expect(PublicationDay.of(stats.articles) == PublicationDay.of(analyses.sorted { $0.id < $1.id }))
    }
}
