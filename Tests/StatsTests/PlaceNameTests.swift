import Testing
@testable import Stats

/// Issue 9, places among the names the lexicon does not know: a place is never a person or a company,
/// so "ia", "she" and "perusahaan" never refer to it and it scopes a figure rather than owning it.
/// Sentences written for these tests.
@Suite("Place names")
struct PlaceNameTests {
    /// Whether `phrase`, read as one name, is a place.
    private func isPlace(_ phrase: String) -> Bool {
        let bytes = Array(phrase.utf8)
        return bytes.withUnsafeBufferPointer { p in
            let tokens = Tokenizer.tokenize(p)
            return Places.isPlace(0..<tokens.count, keys: tokens.map { Vocabulary.key(p, $0) }, tokens: tokens, text: p)
        }
    }

    @Test("gazetteer names, with directions, heads, tails and routes, are places", arguments: [
        "Jakarta Selatan", "Kota Bekasi", "Kabupaten Morowali", "Nusa Tenggara Timur", "Asia Tenggara", "Eropa Barat",
        "Jakarta-Bandung", "East Java", "Southeast Asia", "Guangdong Province", "Timur Tengah", "Shenzhen", "Jawa Barat",
    ])
    func places(_ phrase: String) {
        #expect(isPlace(phrase), "\(phrase)")
    }

    @Test("names holding a place are not places", arguments: [
        "Bali United", "Bank Sentral Eropa", "Larry Page", "Jakarta Fair", "Universitas Sumatera Utara", "Asia Securities", "Barat",
    ])
    func notPlaces(_ phrase: String) {
        #expect(!isPlace(phrase), "\(phrase)")
    }

    @Test("a person pronoun never refers to a place", arguments: [
        ("Kemarin hujan deras melanda Jakarta Selatan. Ia mengatakan omzet turun 20 persen.", "20 persen"),
        ("Heavy rain hit South Jakarta on Monday. She said sales fell 21 percent.", "21 percent"),
        ("Pemerintah pusat mengucurkan dana ke Kota Bekasi pekan lalu. Ia menyebut anggaran naik 10 persen.", "10 persen"),
    ])
    func pronouns(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }

    @Test("a region where a company sells is the figure's scope, the company its subject", arguments: [
        ("Eropa merupakan pasar penting bagi Huawei. Perusahaan menjual 26 juta ponsel di Eropa Barat pada 2018 atau naik 60 persen dari tahun sebelumnya.", "60 persen"),
        ("Europe is a key market for Huawei. The company sold 26 million phones in Western Europe in 2018, up 61 percent from a year earlier.", "61 percent"),
    ])
    func regionScope(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == "Huawei", "\(text)")
    }

    @Test("a place scopes its own figure, and owns it when it acts")
    func placeAsCountry() throws {
        let scoped = try #require(Probe.fact("Penetrasi internet di Nusa Tenggara Timur mencapai 45 persen.", "45 persen"))
        #expect(scoped.subject == nil)
        #expect(scoped.scope == "Nusa Tenggara Timur")
        #expect(try Probe.subject("Asia Tenggara akan meraup keuntungan industri sebesar 147 miliar dollar AS pada 2025.", "147 miliar dollar AS") == "Asia Tenggara")
    }

    @Test("places are not listed among the names to add to the lexicon")
    func unknownNames() {
        let text = "Warga Jakarta Selatan dan Kota Bekasi menyambut Kakao Mobility. Kakao Mobility membuka kantor di Jakarta Selatan dan Kota Bekasi."
        let unknown = Fixture.analyze(text).unknownNames
        #expect(unknown["Kakao Mobility"] == 2)
        #expect(unknown["Jakarta Selatan"] == nil && unknown["Kota Bekasi"] == nil)
    }

    @Test("a place before a dash opening the sentence is a dateline, not a subject")
    func mixedCaseDateline() throws {
        #expect(try Probe.subject("Liputan6.com, Jakarta - Penjualan ponsel naik 12 persen tahun ini.", "12 persen") == nil)
    }
}
