import Testing
@testable import Stats

/// Issue 9, round 5 (class 2): a company noun, its modifiers and a demonstrative (or English "the" before them) refer
/// back to the company named before. Sentences written for these tests.
@Suite("Referring noun phrases")
struct ReferringPhraseTests {
    @Test("a company noun with modifiers closed by a demonstrative refers back", arguments: [
        ("Huawei merilis earbuds baru di Jakarta. Walau belum resmi, perusahaan asal China ini membanderol perangkatnya Rp 2,2 juta.",
         "Rp 2,2 juta", "Huawei"),
        ("Samsung melaporkan kinerja kuartal ketiga. Raksasa teknologi asal Korea Selatan tersebut membukukan laba Rp 120 triliun.",
         "Rp 120 triliun", "Samsung"),
        ("Goldman Sachs masuk daftar Forbes. Bank terbesar di AS ini mencatat laba 14 miliar dollar AS.", "14 miliar dollar AS", "Goldman Sachs"),
        ("DeepSeek released a new model on Monday. The Hangzhou-based company said it spent $5.6 million on training.", "$5.6 million", "DeepSeek"),
        ("MiniMax filed for a listing in Hong Kong. The Chinese start-up said its revenue doubled to $70 million.", "$70 million", "MiniMax"),
        ("Nvidia reported results. The world's largest chipmaker said revenue rose to $30 billion.", "$30 billion", "Nvidia"),
    ])
    func refersBack(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("a demonstrative closing another noun, or a country that acts, is no reference to the company", arguments: [
        ("Baidu merilis model baru. Sekitar 45 persen perusahaan di sektor ini sudah memakai AI.", "Sekitar 45 persen", nil),
        ("Baidu merilis model baru. Pada tahun ini, perusahaan rintisan menghimpun dana Rp 3 triliun.", "Rp 3 triliun", nil),
        ("Baidu merilis model baru. Perusahaan China menguasai 40 persen pasar global.", "40 persen", "China"),
    ] as [(String, String, String?)])
    func noReference(_ text: String, _ quote: String, _ owner: String?) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }
}

extension ReferringPhraseTests {
    @Test("a phrase-only company noun opening the article is read without looking before it")
    func nounOpeningTheArticle() {
        #expect(Probe.fact("Bank sentral menahan suku bunga di level 6 persen.", "6 persen")?.subject == nil)
    }
}

extension ReferringPhraseTests {
    @Test("outside a referring phrase a bank is any bank, not the company talked about")
    func anyBank() throws {
        let text = "Goldman Sachs masuk daftar Forbes. Sebanyak 40 persen pengguna bank digital berusia di bawah 30 tahun."
        #expect(try Probe.subject(text, "40 persen") == nil)
    }
}
