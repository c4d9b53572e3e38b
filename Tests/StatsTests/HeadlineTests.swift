import Testing
@testable import Stats

/// Issue 9, item 2: lines of a price list or spec sheet take the subject of the headline above them, here the title a
/// manifest gives an article whose text lost it. Sentences written for these tests, in both languages.
@Suite("The manifest's title as the headline")
struct HeadlineTests {
    private func analyze(_ text: String, title: String?) -> ArticleAnalysis {
        Fixture.analyzer.analyze(Array(text.utf8), id: "t", file: "t.txt", title: title)
    }

    private func subject(_ text: String, title: String?, _ quote: String) -> String?? {
        analyze(text, title: title).facts.first { $0.text == quote }.map(\.subject)
    }

    static let priceList = """
        Ponsel ini resmi meluncur di pasar pekan lalu dengan layar yang lebih lega.

        Harganya dibanderol Rp 3,9 juta untuk varian termurah.

        - 8/256 GB: Rp 4,5 juta
        """

    @Test("a product only the title names owns the price lines", arguments: [
        ("Harga dan Spesifikasi Realme 7 Pro", "Rp 3,9 juta", "Realme 7 Pro"),
        ("Harga dan Spesifikasi Realme 7 Pro", "Rp 4,5 juta", "Realme 7 Pro"),
        ("Resmi Meluncur, Ini Harga Xiaomi Redmi Note 9 di Indonesia", "Rp 3,9 juta", "Xiaomi Redmi Note 9"),
        ("Ini Harga Lengkap Daihatsu Sigra 2019", "Rp 3,9 juta", "Daihatsu"),
    ])
    func titleNamesTheProduct(_ title: String, _ quote: String, _ expected: String) {
        #expect(subject(Self.priceList, title: title, quote) == .some(expected), "\(title)")
        #expect(subject(Self.priceList, title: nil, quote) == .some(nil), "without the title, no one owns \(quote)")
    }

    @Test("an English spec line takes the title's product")
    func english() {
        let text = "The phone goes on sale next week.\n\nIt is priced at $299 for the base model, with a battery of 5,000 mAh."
        #expect(subject(text, title: "Vivo X9 review: a solid midrange phone", "$299") == .some("Vivo X9"))
        #expect(subject(text, title: nil, "$299") == .some(nil))
    }

    @Test("a figure whose sentence names someone keeps its owner")
    func namedOwnerKept() {
        let id = "Ponsel ini resmi meluncur pekan lalu.\n\nSamsung menjual ponsel serupa seharga Rp 4 juta."
        #expect(subject(id, title: "Harga dan Spesifikasi Realme 7 Pro", "Rp 4 juta") == .some("Samsung"))
        let en = "The phone went on sale last week.\n\nSamsung sells a similar phone for $250."
        #expect(subject(en, title: "Vivo X9 review: a solid midrange phone", "$250") == .some("Samsung"))
    }

    @Test("a title naming two companies names no owner; several products of one name their maker")
    func twoNamesNone() {
        #expect(subject(Self.priceList, title: "Xiaomi vs Realme: Mana Lebih Murah?", "Rp 3,9 juta") == .some(nil))
        #expect(subject(Self.priceList, title: "Samsung and Apple cut prices", "Rp 3,9 juta") == .some(nil))
        #expect(subject(Self.priceList, title: "Realme 5 atau Realme 5 Pro, Pilih Mana?", "Rp 3,9 juta") == .some("Realme"))
        #expect(subject(Self.priceList, title: "Samsung Galaxy A10s, A30s, A50s Rilis Hari Ini", "Rp 3,9 juta") == .some("Samsung"))
        #expect(subject(Self.priceList, title: "Daftar Harga Ponsel Bekas | Realme 7 Pro Turun Harga", "Rp 3,9 juta") == .some(nil),
                "a digest of stories")
    }

    @Test("a company only the text names, written in the title, is a second owner")
    func textNamedCompany() {
        let id = "Kakao Mobility bekerja sama dengan operator.\n\nPaket hemat dibanderol Rp 35.000 untuk 30 hari."
        #expect(subject(id, title: "Kakao Mobility Luncurkan Paket Data TikTok", "Rp 35.000") == .some(nil))
        #expect(subject(id, title: "Harga Paket Data TikTok", "Rp 35.000") == .some("ByteDance"))
        let en = "Kakao Mobility signed a deal with the carrier.\n\nThe bundle costs $5 a month."
        #expect(subject(en, title: "Kakao Mobility and TikTok launch a data bundle", "$5") == .some(nil))
    }

    @Test("a date or a short product line in headline case is no product")
    func notProducts() {
        let matcher = Fixture.analyzer.matcher
        let categories = Fixture.lexicon.entities.map(\.category)
        let byName = Dictionary(Fixture.lexicon.entities.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let makers = Fixture.lexicon.entities.map { e in Int32(e.maker.flatMap { byName[$0] } ?? -1) }
        func read(_ title: String) -> Headline.Subject? { Headline.subject(of: title, matcher: matcher, categories: categories, makers: makers) }
        #expect(read("Ini Harga BBM Vivo 1 Juni 2025") == .known(byName["Vivo"]!))
        #expect(read("Ini Harga BBM Pertamina, Shell, BP, Vivo 1 Juni 2025") == nil, "listed with names the lexicon lacks")
        #expect(read("Amazon dan Walmart Siap Luncurkan Stablecoin") == nil)
        #expect(read("Info Diskon Mobil, Nissan Terra Diskon Rp 50 Juta") == .known(byName["Nissan"]!), "a common word is no name")
        #expect(read("Polisi Tangkap Produsen Mi Berformalin") == nil)
        #expect(read("Harga Xiaomi Mi 9 di Indonesia") == .product("Xiaomi Mi 9", maker: byName["Xiaomi"]!))
    }

    @Test("a thing the text points back to is the title's product when the text named none before")
    func pointedBack() {
        let text = "Ponsel terbaru itu belum dijual resmi.\n\nNamun di India harga smartphone ini sekitar Rp 6 juta, kata Edy Kusuma."
        #expect(subject(text, title: "Vivo V17 Pro Bakal Dirilis Senin Depan", "sekitar Rp 6 juta") == .some("Vivo V17 Pro"))
        #expect(subject(text, title: nil, "sekitar Rp 6 juta") == .some(nil))
    }

    @Test("a text about another company contradicts the title")
    func textContradicts() {
        let text = """
            Huawei kembali merilis ponsel baru pekan ini. Huawei menyebut Huawei siap bersaing.

            Harganya dibanderol Rp 3,9 juta.
            """
        #expect(subject(text, title: "Harga dan Spesifikasi Realme 7 Pro", "Rp 3,9 juta") != .some("Realme 7 Pro"))
    }

    @Test("the title wins over the headline guessed from the text and adds no mentions")
    func metadataAndMentions() {
        let text = "## Judul Dari Teks\n\nRealme menjual ponsel ini seharga Rp 3 juta."
        let titled = analyze(text, title: "Realme 7 Pro Resmi Dijual")
        #expect(titled.metadata.title == "Realme 7 Pro Resmi Dijual")
        #expect(titled.mentions == analyze(text, title: nil).mentions)
        #expect(analyze(text, title: nil).metadata.title == "Judul Dari Teks")
    }

    @Test("without a title the analysis is what it was")
    func noTitle() {
        #expect(analyze(Self.priceList, title: nil) == Fixture.analyze(Self.priceList))
        #expect(Headline.subject(of: "Pasar Saham Bergejolak Pekan Ini", matcher: Fixture.analyzer.matcher,
                                 categories: Fixture.lexicon.entities.map(\.category), makers: Fixture.lexicon.entities.map { _ in -1 }) == nil)
    }
}
