import Testing
@testable import Stats

/// Issue 9 §6, round 3: examples and hypotheticals are no facts; real instances, comparisons and conditions
/// that state rules keep their figures. Sentences written for these tests.
@Suite("Examples and hypotheticals")
struct HypotheticalTests {
    @Test("an imagined example or an aside 'say' states no figure", arguments: [
        "Misalnya seseorang membeli barang seharga USD100 lalu memecah paketnya.",
        "Contohnya, jika uang muka yang kamu bayarkan 30 persen, cicilannya turun.",
        "Ia mencontohkan seorang pembeli yang membayar bea masuk 10 persen dari harga barang.",
        "For example, if you pay 20 percent more for a phone, you expect a better camera.",
        "A tariff of, say, 10 percent would hurt exporters.",
    ])
    func imagined(_ text: String) {
        let facts = Probe.facts(text).filter { $0.kind == .percent || $0.kind == .money }
        #expect(facts.isEmpty, "\(text): \(facts.map(\.text))")
    }

    @Test("a real instance, a comparison or a condition that states a rule keeps its figure", arguments: [
        ("Kakao Mobility, misalnya, membangun pusat data senilai Rp 1 triliun di Bandung.", "Rp 1 triliun"),
        ("Misalnya, pendapatan Kakao Mobility naik 12 persen tahun lalu.", "12 persen"),
        ("Kakao Mobility misalnya menggaji seorang pengemudi senior Rp 9 juta sebulan.", "Rp 9 juta"),
        ("Misalnya kalau kita bandingkan dengan Jepang, porsinya 31,8 persen.", "31,8 persen"),
        ("Pajak dikenakan bila penjualannya melebihi Rp 10 juta.", "Rp 10 juta"),
        ("Jika pada 2019 nilainya Rp 100 triliun, kini tersisa Rp 70 triliun.", "Rp 100 triliun"),
        ("For example, Kakao Mobility raised $40 million last year.", "$40 million"),
    ])
    func stated(_ text: String, _ quote: String) {
        #expect(Probe.facts(text).contains { $0.text.hasSuffix(quote) }, "\(text): \(Probe.facts(text).map(\.text))")
    }
}
