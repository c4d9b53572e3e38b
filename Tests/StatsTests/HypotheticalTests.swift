import Testing
@testable import Stats

/// Issue 9 §6, round 3: examples and hypotheticals are no facts; real instances and restatements introduced
/// the same way keep their figures. Sentences written for these tests.
@Suite("Examples and hypotheticals")
struct HypotheticalTests {
    @Test("a condition, an imagined example or an aside 'say' states no figure", arguments: [
        "Kalau menunggu laporan lengkap 100 persen, kami akan terlambat.",
        "Jika sebuah toko menjual 40 persen stoknya secara daring, biayanya turun.",
        "Misalnya seseorang membeli barang seharga USD100 lalu memecah paketnya.",
        "Ia mencontohkan seorang pembeli yang membayar bea masuk 10 persen dari harga barang.",
        "If a start-up spends $10 million on chips, it runs out of cash in a year.",
        "For example, if you pay 20 percent more for a phone, you expect a better camera.",
        "A tariff of, say, 10 percent would hurt exporters.",
    ])
    func imagined(_ text: String) {
        let facts = Probe.facts(text).filter { $0.kind == .percent || $0.kind == .money }
        #expect(facts.isEmpty, "\(text): \(facts.map(\.text))")
    }

    @Test("a real instance, a restatement or 'kalau' meaning 'that' keeps its figure", arguments: [
        ("Kakao Mobility, misalnya, membangun pusat data senilai Rp 1 triliun di Bandung.", "Rp 1 triliun"),
        ("Misalnya, pendapatan Kakao Mobility naik 12 persen tahun lalu.", "12 persen"),
        ("Harga naik tipis jika dibandingkan kenaikan biaya sebesar Rp 2 juta.", "Rp 2 juta"),
        ("Kalau soal harga, ponsel itu dijual Rp 3 juta.", "Rp 3 juta"),
        ("Direktur itu bilang kalau penjualan naik 8 persen.", "8 persen"),
        ("For example, Kakao Mobility raised $40 million last year.", "$40 million"),
    ])
    func stated(_ text: String, _ quote: String) {
        #expect(Probe.fact(text, quote) != nil, "\(text): \(Probe.facts(text).map(\.text))")
    }
}
