import Testing
@testable import Stats

@Suite("Article filter: period and topic, before counting")
struct ArticleFilterTests {
    static func article(_ id: String, date: String?, text: String) -> (ArticleAnalysis, [UInt8]) {
        var a = Fixture.analyze(text, id: id)
        a.metadata.date = date
        return (a, Array(text.utf8))
    }

    static let corpus = [
        article("a", date: "2025-01-20", text: "DeepSeek merilis model R1 yang murah."),
        article("b", date: "2025-06-18", text: "Pemerintah membahas regulasi kecerdasan buatan di Jakarta."),
        article("c", date: nil, text: "Harga beras naik di pasar induk."),
        article("d", date: "2024-12-31", text: "Timnas menang 2-0 atas Filipina."),
        article("e", date: "2025-07", text: "Sebuah CHATBOT baru diluncurkan untuk layanan publik."),
        article("f", date: "2025-03-01", text: "Pengusaha ritel melaporkan penjualan yang naik."),
        article("g", date: "2025-03-02", text: "Zodiak Gemini sedang beruntung, kata Ai kepada temannya."),
        article("h", date: "2025-03-03", text: "Startup itu memakai AI untuk membaca dokumen."),
    ]
    static func texts(_ a: ArticleAnalysis) -> [UInt8]? { corpus.first { $0.0.id == a.id }?.1 }

    @Test("since and until keep the period, both ends included; undated articles are excluded and counted")
    func period() {
        let f = ArticleFilter(since: "2025-01", until: "2025-06-18", lexicon: Fixture.lexicon)
        let r = f.apply(Self.corpus.map(\.0), text: Self.texts)
        #expect(r.kept.map(\.id) == ["a", "b", "f", "g", "h"])
        #expect(r.excluded == [.undated: 1, .beforeSince: 1, .afterUntil: 1])
        #expect(r.excludedTotal == 3)
        #expect(ArticleFilter(lexicon: Fixture.lexicon).apply(Self.corpus.map(\.0)).kept.count == 8)
    }

    @Test("about ai: the built-in words, any case, and the lexicon's AI labs and models")
    func aboutAI() {
        let f = ArticleFilter(about: ["ai"], lexicon: Fixture.lexicon)
        #expect(f.entities.contains("DeepSeek") && f.entities.contains("ChatGPT") && !f.entities.contains("Google") && !f.entities.contains("TikTok"))
        // A horoscope's "Gemini" and a person called "Ai" are not about AI; the acronym in capitals is.
        let r = f.apply(Self.corpus.map(\.0), text: Self.texts)
        #expect(r.kept.map(\.id) == ["a", "b", "e", "h"])
        #expect(r.excluded == [.offTopic: 4])
        // Without the texts, only entity mentions can put an article on topic.
        #expect(f.apply(Self.corpus.map(\.0)).kept.map(\.id) == ["a"])
    }

    @Test("about with own words: whole words only; an entity alias counts as that entity")
    func aboutWords() {
        #expect(ArticleFilter(about: ["beras"], lexicon: Fixture.lexicon).apply(Self.corpus.map(\.0), text: Self.texts).kept.map(\.id) == ["c"])
        #expect(ArticleFilter(about: ["ber"], lexicon: Fixture.lexicon).apply(Self.corpus.map(\.0), text: Self.texts).kept.isEmpty)
        let byAlias = ArticleFilter(about: ["deepseek"], lexicon: Fixture.lexicon)
        #expect(byAlias.entities == ["DeepSeek"] && byAlias.phrases.isEmpty)
        let both = ArticleFilter(since: "2025", about: ["ai"], lexicon: Fixture.lexicon).apply(Self.corpus.map(\.0), text: Self.texts)
        #expect(both.kept.map(\.id) == ["a", "b", "e", "h"] && both.excluded == [.undated: 1, .beforeSince: 1, .offTopic: 2])
        #expect(both.summary == "4 of 8 articles kept; left out: 1 undated, 1 before the period, 2 not on the topic")
        #expect(ArticleFilter(since: "2025", about: ["ai", " DeepSeek "], lexicon: Fixture.lexicon).description == "since 2025, about ai, DeepSeek")
        #expect(ArticleFilter(lexicon: Fixture.lexicon).description.isEmpty)
    }

    @Test("--since/--until values: ISO prefixes or any date a scraper writes")
    func bounds() {
        #expect(ArticleFilter.isoBound("2025") == "2025")
        #expect(ArticleFilter.isoBound("2025-06") == "2025-06")
        #expect(ArticleFilter.isoBound("2025-06-18") == "2025-06-18")
        #expect(ArticleFilter.isoBound("18 Juni 2025") == "2025-06-18")
        #expect(ArticleFilter.isoBound("2025-13") == nil)
        #expect(ArticleFilter.isoBound("yesterday") == nil)
    }
}
