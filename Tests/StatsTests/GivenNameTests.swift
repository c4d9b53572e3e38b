import Testing
@testable import Stats

/// Issue 9, round 8, class "names not recognised": given names that are month words, surnames after an abbreviated
/// title, and a PT company's legal name running through a known name. Sentences written for these tests.
@Suite("Names the finder cut or missed")
struct GivenNameTests {
    @Test("a month word after a name word is a given name", arguments: [
        ("Pendiri Xiaomi, Lei Jun, memiliki kekayaan 20 miliar dollar AS.", "20 miliar dollar AS", "Lei Jun"),
        ("Lei Jun memiliki kekayaan 20 miliar dollar AS.", "20 miliar dollar AS", "Lei Jun"),
        ("Lei Jun has a net worth of $20 billion.", "$20 billion", "Lei Jun"),
        ("Narapidana itu adalah Lindsay June Sandiford yang membayar denda Rp 50 juta.", "Rp 50 juta", "Lindsay June Sandiford"),
    ])
    func givenName(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("a month after a name and before a date or a word of time stays a month", arguments: [
        "Penjualan Xiaomi pada Mei 2025 naik 12 persen.",
        "Penjualan Gemini Mei lalu naik 12 persen.",
        "Awal Februari harga tiket naik 100 persen.",
        "US inflation eased (CPI May +0.1%) last month.",
    ])
    func month(_ text: String) {
        #expect(!Probe.facts(text).contains { $0.subject?.contains("Mei") == true }, "\(text)")
    }

    @Test("a surname after an abbreviated title is a person", arguments: [
        ("Mr. Yang memiliki kekayaan 3 miliar dollar AS.", "3 miliar dollar AS", "Yang"),
        ("Mr. Tan owns a fortune of $3 billion.", "$3 billion", "Tan"),
    ])
    func honorific(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("a PT company's legal name runs through a known name inside it")
    func legalName() throws {
        #expect(try Probe.subject("PT Maxindo Renault Indonesia membukukan penjualan Rp 200 miliar.", "Rp 200 miliar")
            == "PT Maxindo Renault Indonesia")
        #expect(try Probe.subject("Saham PT Telefast Indonesia Tbk naik Rp84 atau 46,6 persen.", "46,6 persen") == "PT Telefast Indonesia Tbk")
        // A PT name that is the known company itself keeps it.
        #expect(try Probe.subject("PT Hyundai Motor Indonesia membukukan penjualan Rp 200 miliar.", "Rp 200 miliar") == "Hyundai")
    }
}
