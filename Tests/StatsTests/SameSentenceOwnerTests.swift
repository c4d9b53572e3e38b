import Testing
@testable import Stats

/// Issue 9, owners inside one sentence: names written in odd ways (lower case, glued to the words around them,
/// opening the sentence before a variant, hyphenated). Sentences written for these tests.
@Suite("Owners inside one sentence")
struct SameSentenceOwnerTests {
    @Test("a brand in lower case before its model number and suffix is a name", arguments: [
        ("Saat diuji, nubia 5 Pro terisi dari 10% ke 99% dalam satu jam.", "10%", "nubia 5 Pro"),
        ("In our test the itel S25 Pro charged to 80% within an hour.", "80%", "itel S25 Pro"),
    ])
    func lowercaseBrands(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a common word before a model number is no brand", arguments: [
        ("Ponsel tipe 5 Pro dijual Rp 2 juta.", "Rp 2 juta"),
        ("The phone model 5 Pro sells for $300.", "$300"),
    ])
    func commonWordsBeforeModels(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }

    @Test("a name glued to the words around it by a lost space is read without them", arguments: [
        ("Kami membuat rencana. Pertumbuhan pesat membuatKoala AImenghasilkan valuasi USD 7 miliar.", "USD 7 miliar", "Koala AI"),
        ("Analysts valued it above its rivals. Investors valuedNimbus AIabove $3 billion last year.", "$3 billion", "Nimbus AI"),
        ("Laporan itu kami tulis. Tahun ini tulisKirana dalam laporan, laba naik menjadi Rp 5 triliun.", "Rp 5 triliun", "Kirana"),
    ])
    func gluedNames(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a brand written in camel case is not split into a name", arguments: [
        ("Kartu microSD 512 GB kini dijual Rp 900.000.", "Rp 900.000"),
        ("A 512 GB microSD card now costs $60.", "$60"),
    ])
    func camelCaseWords(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }

    @Test("capitals before letters that read as no word stay one name", arguments: [
        ("Harga Proton XForce kini Rp 400 juta.", "Rp 400 juta", "Proton XForce"),
        ("The Proton XForce now costs $25,000.", "$25,000", "Proton XForce"),
    ])
    func camelCaseNames(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a capital opening the sentence before a variant noun names the product", arguments: [
        ("Avanza tipe tertinggi, yaitu 1.5 G, kini dijual Rp 280 juta.", "Rp 280 juta", "Avanza"),
        ("Corolla type G now sells for $30,000.", "$30,000", "Corolla"),
    ])
    func productBeforeVariant(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("capitals joined by a hyphen are one name", arguments: [
        ("Saham Mercedes-Benz naik 3 persen pada Senin.", "3 persen", "Mercedes-Benz"),
        ("Shares of Rolls-Royce rose 4 percent on Monday.", "4 percent", "Rolls-Royce"),
    ])
    func hyphenatedNames(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }
}
