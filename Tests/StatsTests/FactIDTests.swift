import Testing
@testable import Stats

/// A fact's id is `articleId#n` (n from 1): written byte by byte for speed, it must equal the plain interpolation.
@Suite("fact ids")
struct FactIDTests {
    @Test(arguments: ["a", "kompas2025/berita-ai-2025.txt", "clickid/Ünïcödé — 中文.md", String(repeating: "x", count: 300)])
    func idIsTheArticleAHashAndTheNumberFromOne(article: String) {
        for index in [0, 8, 9, 10, 98, 99, 100, 12_344, 999_999] {
            #expect(CorpusStats.factID(article, index) == "\(article)#\(index + 1)")
        }
    }
}
