import Testing
@testable import Stats

/// Display names made when asked for (issue 10 item 4) are the names the whole-corpus dictionary gave.
@Suite("display names")
struct DisplayNamesTests {
    private func article(_ id: String, title: String? = nil, date: String? = nil, source: String? = nil) -> ArticleAnalysis {
        ArticleAnalysis(id: id, file: id + ".txt", metadata: ArticleMetadata(title: title, date: date, source: source),
                        words: 10, lead: "", mentions: [:], facts: [], unknownNames: [:], dropped: [:])
    }

    @Test func sharedNamesAreNumberedInIDOrder() {
        let analyses = [article("c", title: "T"), article("b", date: "2025-06-18", source: "kompas.com"),
                        article("a", date: "2025-06-18", source: "kompas.com"), article("d", title: "T"), article("e/f_1"),
                        article("g", title: "T")]
        let corpus = CorpusStats(analyses: analyses, lexicon: Fixture.lexicon)
        let names = DisplayNames(corpus.articles)
        #expect(names.count == 6)
        #expect(names["a"] == "kompas.com, 2025-06-18" && names["b"] == "kompas.com, 2025-06-18 (2)")
        #expect(names["c"] == "T" && names["d"] == "T (2)" && names["g"] == "T (3)" && names["e/f_1"] == "f_1")
        #expect(names["x"] == nil)
        let dictionary = ArticleName.displayNames(analyses)
        #expect(corpus.articles.indices.allSatisfy { names.name(at: $0) == dictionary[corpus.articles[$0].id] })
    }

    @Test func seedsNameAsTheDictionaryDid() {
        let analyses = Fixture.seedIDs.map(Fixture.seed)
        let corpus = CorpusStats(analyses: analyses, lexicon: Fixture.lexicon)
        let names = DisplayNames(corpus.articles)
        for (id, name) in ArticleName.displayNames(analyses) { #expect(names[id] == name) }
    }
}
