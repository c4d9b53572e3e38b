import Testing
@testable import Stats

/// Issue 9 §7: what a figure measures, in both languages. Sentences written for these tests.
@Suite("What a figure measures")
struct FigureRoleTests {
    @Test("money roles beyond cost and revenue", arguments: [
        ("Kekayaan bersih Budi Hartono mencapai 25 miliar dollar AS.", MoneyRole.wealth),
        ("His fortune reached $25 billion last year.", .wealth),
        ("Startup itu menggalang pendanaan Rp 500 miliar dari investor.", .funding),
        ("The start-up raised $300 million from investors.", .funding),
        ("Komisi menjatuhkan denda Rp 10 miliar kepada perusahaan itu.", .fine),
        ("The regulator fined the company $5 million.", .fine),
        ("Gaji rata-rata insinyur AI mencapai Rp 40 juta per bulan.", .salary),
        ("Pemerintah menyiapkan subsidi Rp 7 triliun untuk mobil listrik.", .subsidy),
        ("Perusahaan membayar pajak Rp 2 triliun tahun lalu.", .tax),
        ("Nilai ekspor cip Korea mencapai 100 miliar dollar AS.", .export),
        ("Imports of chips reached $50 billion.", .import),
        ("Ponsel itu dibanderol Rp 4,5 juta.", .price),
    ])
    func moneyRoles(_ text: String, _ role: MoneyRole) throws {
        let fact = try #require(Probe.facts(text).first { $0.kind == .money }, "\(text)")
        #expect(fact.moneyRole == role, "\(text): \(fact.role ?? "nil")")
    }

    @Test("a per-share figure is not the company's profit", arguments: [
        "Kerugian itu menurunkan laba per lembar saham sebesar 0,07 dollar AS.",
        "The loss cut profit per share by $0.07 in the quarter.",
    ])
    func perShare(_ text: String) throws {
        let fact = try #require(Probe.facts(text).first { $0.kind == .money }, "\(text)")
        #expect(fact.moneyRole != .profit, "\(text): \(fact.role ?? "nil")")
    }

    @Test("percent roles and the direction of a change", arguments: [
        ("Saham perusahaan itu merosot 10 persen pada Senin.", PercentRole.change, Direction.down),
        ("Shares of the company fell 10 percent on Monday.", .change, .down),
        ("Penjualan ponsel naik 6 persen dibanding tahun lalu.", .change, .up),
        ("Phone shipments rose 6 percent from a year earlier.", .change, .up),
        ("Ekonomi tumbuh 5,1 persen pada kuartal itu.", .growth, .up),
        ("The economy grew 5.1 percent in the quarter.", .growth, .up),
        ("Obat baru itu menurunkan kadar gula darah sebanyak 15 persen.", .change, .down),
        ("The central bank lowered its key rate for the second time this year by 0.25%.", .change, .down),
    ])
    func changes(_ text: String, _ role: PercentRole, _ direction: Direction) throws {
        let fact = try #require(Probe.facts(text).first { $0.kind == .percent }, "\(text)")
        #expect(fact.percentRole == role && fact.direction == direction, "\(text)")
        #expect((fact.value.number ?? 0) > 0, "the value stays as written")
    }

    @Test("percent roles without a direction", arguments: [
        ("Samsung menguasai 20 persen pangsa pasar ponsel dunia.", PercentRole.share),
        ("The firm holds a 5% stake in the chipmaker.", .share),
        ("Bank sentral menahan suku bunga di level 6 persen.", .rate),
        ("Inflation stayed at 3 percent in May.", .rate),
        ("Toko itu memberi diskon 30 persen untuk semua laptop.", .discount),
        ("The store offers a 30% discount on all laptops.", .discount),
    ])
    func others(_ text: String, _ role: PercentRole) throws {
        let fact = try #require(Probe.facts(text).first { $0.kind == .percent }, "\(text)")
        #expect(fact.percentRole == role && fact.direction == nil, "\(text): \(fact.role ?? "nil")")
    }

    @Test("the level a change reaches is no change", arguments: [
        "Efisiensi pendanaan menurunkan biaya dana ke level 2,8 persen pada September.",
        "Efforts to reduce smuggling brought it down to a level of 3 percent.",
    ])
    func levels(_ text: String) throws {
        let fact = try #require(Probe.facts(text).first { $0.kind == .percent }, "\(text)")
        #expect(fact.percentRole != .change, "\(text): \(fact.role ?? "nil")")
    }
}
