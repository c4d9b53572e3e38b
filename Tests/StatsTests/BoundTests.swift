import Testing
@testable import Stats

/// Issue 9 §5: bounds and values real articles write. Sentences written for these tests.
@Suite("Bounds and values in the wild")
struct BoundTests {
    private func read(_ text: String, _ quote: String) throws -> Fact {
        try #require(Probe.fact(text, quote), "no fact “\(quote)” in “\(text)”")
    }

    @Test("offers and limits are upper bounds; after a verb of change the figure is exact", arguments: [
        ("Pembeli mendapat cashback hingga Rp 3 juta.", "hingga Rp 3 juta", Bound.lessThan),
        ("Diskon sampai 50 persen berlaku pekan ini.", "sampai 50 persen", .lessThan),
        ("Pinjaman maksimal Rp 10 juta per orang.", "maksimal Rp 10 juta", .lessThan),
        ("Buyers get cashback of up to $300.", "up to $300", .lessThan),
        ("Ekspor tumbuh hingga 8 persen tahun ini.", "8 persen", .exact),
        ("Intel mencatat kerugian hingga 16 miliar dollar AS tahun lalu.", "16 miliar dollar AS", .exact),
        ("Desain baru meningkatkan efisiensi tata letak hingga 30 persen.", "30 persen", .exact),
        ("Layanan cloud berkontribusi hingga 40 persen dari pendapatan.", "40 persen", .exact),
    ])
    func upperBounds(_ text: String, _ quote: String, _ bound: Bound) throws {
        #expect(try read(text, quote).bound == bound, "\(text)")
    }

    @Test("a fraction keeps the bound written before it", arguments: [
        ("Lebih dari setengah dari perusahaan AI di China merugi tahun lalu.", "Lebih dari setengah dari", Bound.moreThan, 50.0),
        ("Hampir sepertiga dari pengguna layanan itu berasal dari luar negeri.", "Hampir sepertiga dari", .approx, 33.33),
        ("Huawei ships roughly a quarter of the chips sold in China.", "roughly a quarter of", .approx, 25),
        ("Half of the firms reported losses.", "Half of", .exact, 50),
    ])
    func boundedFractions(_ text: String, _ quote: String, _ bound: Bound, _ percent: Double) throws {
        let f = try read(text, quote)
        #expect(f.bound == bound, "\(text)")
        #expect(f.value.number == percent, "\(text)")
    }

    @Test("starting prices and thresholds", arguments: [
        ("Laptop ini dijual mulai Rp 8 juta.", "mulai Rp 8 juta", Bound.atLeast),
        ("The laptop sells starting at $699.", "starting at $699", .atLeast),
        ("Penjualan menembus Rp 5 triliun.", "menembus Rp 5 triliun", .moreThan),
        ("Sales surpassed $5 billion.", "surpassed $5 billion", .moreThan),
        ("Nilai pasarnya melampaui 3 triliun dollar AS.", "melampaui 3 triliun dollar AS", .moreThan),
        ("The model cost $2 million at least.", "$2 million at least", .atLeast),
        ("Training cost roughly $5 million.", "roughly $5 million", .approx),
        ("Training cost some $5 million.", "some $5 million", .approx),
        ("Biaya pelatihan ~Rp 80 miliar.", "~Rp 80 miliar", .approx),
        ("Ponsel itu dijual mulai dengan harga Rp 4 juta.", "mulai dengan harga Rp 4 juta", .atLeast),
        ("Partisipasi harus naik minimal sebesar 25 persen.", "minimal sebesar 25 persen", .atLeast),
    ])
    func lowerBounds(_ text: String, _ quote: String, _ bound: Bound) throws {
        #expect(try read(text, quote).bound == bound, "\(text)")
    }

    @Test("negative figures keep their sign", arguments: [
        ("Laba bersih tumbuh -25,8 persen pada kuartal itu.", -25.8),
        ("Ekonomi tumbuh minus 3 persen tahun itu.", -3.0),
    ])
    func negatives(_ text: String, _ value: Double) throws {
        let fact = try #require(Probe.facts(text).first { $0.kind == .percent }, "\(text)")
        #expect(fact.value == .number(value), "\(text)")
    }

    @Test("a dash against a repeated currency joins a range", arguments: [
        ("Biaya tambahannya Rp 1,5 juta -Rp 2 juta per unit.", "Rp 1,5 juta -Rp 2 juta"),
        ("The upgrade costs $150 -$200 per seat.", "$150 -$200"),
    ])
    func dashBeforeCurrency(_ text: String, _ quote: String) throws {
        #expect(try read(text, quote).bound == .range, "\(text)")
    }

    @Test("'25 persen hingga 40 persen' is one range")
    func percentRange() throws {
        let facts = Probe.facts("Kemacetan menghambat 25 persen hingga 40 persen waktu perjalanan.").filter { $0.kind == .percent }
        #expect(facts.count == 1 && facts.first?.bound == .range && facts.first?.value == .number(25) && facts.first?.valueMax == 40)
    }

    @Test("English scale phrases", arguments: [
        ("The startup spent a billion dollars on chips.", 1e9, Bound.exact),
        ("The plan costs half a trillion dollars.", 5e11, .exact),
        ("They invested billions of dollars in AI.", 1e9, .approx),
    ])
    func scalePhrases(_ text: String, _ value: Double, _ bound: Bound) throws {
        let fact = try #require(Probe.facts(text).first { $0.kind == .money }, "\(text)")
        #expect(fact.value == .number(value) && fact.bound == bound, "\(text)")
    }

    @Test("counts with a hyphenated noun or a word between", arguments: [
        ("China has released 79 large-language models so far.", 79.0),
        ("Regulators approved 238 such AI models last year.", 238.0),
    ])
    func modelCounts(_ text: String, _ value: Double) throws {
        let fact = try #require(Probe.facts(text).first { $0.kind == .modelCount }, "\(text)")
        #expect(fact.value == .number(value), "\(text)")
    }

    @Test("rupiah has no cents: a decimal amount without its scale takes its neighbour's, or is no figure", arguments: [
        ("Harga ritel Rp 4,099 untuk RAM 4GB dan harga pre-order Rp 3,899 juta.", "Rp 4,099", Optional(4_099_000.0)),
        ("Kebutuhan hari ini hampir Rp5 miliar, ya Rp4,8 tepatnya.", "Rp4,8", 4_800_000_000),
        ("Target penjualan tahun ini Rp 2,5 untuk tiap unit.", "Rp 2,5", nil),
        ("Saham BBCA naik Rp25 ke Rp9.750 per saham.", "Rp25", 25),
        ("Harga tipe 1.0 D M/T: Rp 114.000.000,2. Tipe 1.2 X M/T: Rp 125.000.000.", "Rp 114.000.000,2", 114_000_000),
    ])
    func rupiahWithoutScale(_ text: String, _ quote: String, _ value: Double?) throws {
        let fact = Probe.fact(text, quote)
        #expect(fact?.value == value.map { .number($0) }, "\(text)")
    }

    @Test("misspelt scale words still scale", arguments: [
        ("Dana asing yang keluar mencapai Rp 1,8 trilun bulan ini.", 1.8e12),
        ("Realisasi mencapai Rp1,996 triliyun tahun lalu.", 1.996e12),
    ])
    func misspeltScales(_ text: String, _ value: Double) throws {
        let fact = try #require(Probe.facts(text).first { $0.kind == .money }, "\(text)")
        #expect(fact.value == .number(value), "\(text)")
    }
}
