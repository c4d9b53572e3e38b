import Testing
@testable import Stats

/// Small helpers shared by the unit tests of the extractor.
enum Probe {
    /// The value of the number phrase at the start of `phrase`, read with the given language's conventions.
    static func number(_ phrase: String, english: Bool = false, money: Bool = false, rupiah: Bool = false) -> Double? {
        let bytes = Array(phrase.utf8)
        return bytes.withUnsafeBufferPointer { p in
            let tokens = Tokenizer.tokenize(p)
            let keys = tokens.map { Vocabulary.key(p, $0) }
            let grammar = NumberGrammar(text: p, tokens: tokens, keys: keys, english: english)
            return grammar.read(at: 0, limit: tokens.count, moneyContext: money, rupiah: rupiah)?.value
        }
    }

    /// Every fact of a one-paragraph article.
    static func facts(_ text: String) -> [Fact] { Fixture.analyze(text).facts }

    /// The fact whose text is exactly `quote`.
    static func fact(_ text: String, _ quote: String) -> Fact? { facts(text).first { $0.text == quote } }

    /// The subject of the fact whose text is exactly `quote`; a test fails when there is no such fact.
    static func subject(_ text: String, _ quote: String) throws -> String? {
        try #require(fact(text, quote), "no fact “\(quote)” in “\(text)”").subject
    }

    /// Facts of the kinds that are quantities (not dates).
    static func quantities(_ text: String) -> [Fact] {
        facts(text).filter { [.tokens, .money, .modelCount, .percent, .count].contains($0.kind) }
    }
}

@Suite("Number grammar")
struct NumberGrammarTests {
    @Test("Indonesian digits: '.' groups thousands, ',' is the decimal point")
    func indonesianDigits() {
        #expect(Probe.number("1.677") == 1677)
        #expect(Probe.number("5,5") == 5.5)
        #expect(Probe.number("1.234.567,89") == 1_234_567.89)
        #expect(Probe.fact("Penerimaan turun sekitar 0,053 persen.", "sekitar 0,053 persen")?.value == .number(0.053))
        #expect(Probe.number("79.244") == 79244)
        #expect(Probe.number("2024") == 2024)
    }

    @Test("English digits: ',' groups thousands, '.' is the decimal point")
    func englishDigits() {
        #expect(Probe.number("1,677", english: true) == 1677)
        #expect(Probe.number("5.5", english: true) == 5.5)
        #expect(Probe.number("1,234,567.89", english: true) == 1_234_567.89)
    }

    @Test("Indonesian scale words", arguments: [
        ("2 ribu", 2e3), ("3 rb", 3e3), ("5,5 juta", 5.5e6), ("4 jt", 4e6), ("1 miliar", 1e9), ("2 milyar", 2e9),
        ("7 triliun", 7e12), ("1,5 miliar", 1.5e9), ("setengah juta", 5e5),
    ])
    func indonesianScales(_ phrase: String, _ value: Double) {
        #expect(Probe.number(phrase) == value, "\(phrase)")
    }

    @Test("English scale words", arguments: [
        ("2 thousand", 2e3), ("5.5 million", 5.5e6), ("2 billion", 2e9), ("3 trillion", 3e12), ("2.5 bn", 2.5e9),
    ])
    func englishScales(_ phrase: String, _ value: Double) {
        #expect(Probe.number(phrase, english: true) == value, "\(phrase)")
    }

    @Test("scale letters only after money; M is miliar after Rp")
    func scaleLetters() {
        #expect(Probe.number("2.5bn", english: true, money: true) == 2.5e9)
        #expect(Probe.number("20k", english: true, money: true) == 2e4)
        #expect(Probe.number("5M", english: true, money: true) == 5e6)
        #expect(Probe.number("5 M", money: true, rupiah: true) == 5e9)
        #expect(Probe.number("3,5 T", money: true, rupiah: true) == 3.5e12)
        #expect(Probe.number("5M") == nil)
    }

    @Test("Indonesian number words", arguments: [
        ("satu", 1.0), ("sembilan", 9), ("sepuluh", 10), ("sebelas", 11), ("tiga belas", 13), ("dua puluh", 20),
        ("dua puluh lima", 25), ("seratus", 100), ("lima ratus", 500), ("seribu", 1000), ("selusin", 12),
        ("setengah lusin", 6), ("setengah", 0.5),
    ])
    func indonesianWords(_ phrase: String, _ value: Double) {
        #expect(Probe.number(phrase) == value, "\(phrase)")
    }

    @Test("English number words", arguments: [
        ("one", 1.0), ("twelve", 12), ("twenty", 20), ("twenty-five", 25), ("a dozen", 12), ("half a dozen", 6),
    ])
    func englishWords(_ phrase: String, _ value: Double) {
        #expect(Probe.number(phrase, english: true) == value, "\(phrase)")
    }

    @Test("'salah satu' is 'one of', not a number")
    func salahSatu() {
        #expect(Probe.quantities("Baidu adalah salah satu perusahaan terbesar.").isEmpty)
    }

    @Test("vague words are approximate ranges")
    func vague() throws {
        let ratusan = try #require(Probe.fact("Ada ratusan orang di sana.", "ratusan orang"))
        #expect(ratusan.value == .number(100))
        #expect(ratusan.valueMax == 999)
        #expect(ratusan.bound == .approx)
        let puluhan = try #require(Probe.fact("Ada puluhan perusahaan baru.", "puluhan perusahaan"))
        #expect(puluhan.value == .number(10) && puluhan.valueMax == 99 && puluhan.bound == .approx)
        let ribuan = try #require(Probe.fact("Ada ribuan pengguna baru.", "ribuan pengguna"))
        #expect(ribuan.value == .number(1000) && ribuan.valueMax == 9999)
        let juta = try #require(Probe.fact("Biayanya ratusan juta dolar.", "ratusan juta dolar"))
        #expect(juta.value == .number(1e8) && juta.valueMax == 999e6 && juta.kind == .money && juta.unit == "USD")
        let miliaran = try #require(Probe.facts("Mereka menghabiskan miliaran rupiah.").first)
        #expect(miliaran.kind == .money && miliaran.value == .number(1e9) && miliaran.unit == "IDR" && miliaran.bound == .approx)
    }

    @Test("'hundreds of' in English")
    func hundredsOf() throws {
        let text = "The company said that it has hundreds of engineers and spent hundreds of millions of dollars on the chips."
        let people = try #require(Probe.fact(text, "hundreds of engineers"))
        #expect(people.value == .number(100) && people.valueMax == 999 && people.bound == .approx && people.kind == .count)
        let money = try #require(Probe.fact(text, "hundreds of millions of dollars"))
        #expect(money.value == .number(1e8) && money.valueMax == 999e6 && money.unit == "USD")
    }

    @Test("ranges: 'hingga', a dash, 'antara … dan'")
    func ranges() throws {
        let years = try #require(Probe.fact("Proyek itu butuh dua hingga tiga tahun.", "dua hingga tiga tahun"))
        #expect(years.kind == .duration && years.value == .number(24) && years.valueMax == 36 && years.bound == .range)
        let dash = try #require(Probe.fact("Harga naik 10-20 persen tahun ini.", "10-20 persen"))
        #expect(dash.kind == .percent && dash.value == .number(10) && dash.valueMax == 20 && dash.bound == .range)
        let between = try #require(Probe.fact("Porsinya antara 5 dan 10 persen.", "antara 5 dan 10 persen"))
        #expect(between.value == .number(5) && between.valueMax == 10 && between.bound == .range)
        let scaled = try #require(Probe.facts("Nilainya 2 hingga 3 miliar dolar.").first)
        #expect(scaled.value == .number(2e9) && scaled.valueMax == 3e9 && scaled.unit == "USD")
    }

    @Test("bounds written before the number", arguments: [
        ("Setidaknya 5 orang hadir.", Bound.atLeast), ("Ada minimal 6 orang.", .atLeast), ("Ada paling sedikit 7 orang.", .atLeast),
        ("Ada lebih dari 8 orang.", .moreThan), ("Naik di atas 9 persen.", .moreThan), ("Naik kurang dari 10 persen.", .lessThan),
        ("Turun di bawah 11 persen.", .lessThan), ("Ada sekitar 12 orang.", .approx), ("Naik hampir 13 persen.", .approx),
        ("Ada kira-kira 14 orang.", .approx), ("Ada 15 orang.", .exact),
    ])
    func indonesianBounds(_ text: String, _ bound: Bound) throws {
        let fact = try #require(Probe.quantities(text).first, "\(text)")
        #expect(fact.bound == bound, "\(text)")
    }

    @Test("English bounds", arguments: [
        ("It is said that the firm has more than 8 users.", Bound.moreThan), ("It is said that the price rose over 9 percent.", .moreThan),
        ("It is said that the firm has about 12 engineers.", .approx), ("It is said that the share fell nearly 13 percent.", .approx),
        ("It is said that the firm has at least 5 users.", .atLeast), ("It is said that the firm has fewer than 5 users.", .lessThan),
    ])
    func englishBounds(_ text: String, _ bound: Bound) throws {
        let fact = try #require(Probe.quantities(text).first, "\(text)")
        #expect(fact.bound == bound, "\(text)")
    }

    @Test("a rupiah amount cut by a stray space after its thousands comma is no figure")
    func splitThousands() throws {
        let text = "Harga ritel varian 6GB Rp 4, 899 dengan harga pre-order Rp 4,599 juta."
        let money = Probe.facts(text).filter { $0.kind == .money }
        #expect(money.map(\.text) == ["Rp 4,599 juta"])
        // A comma between amounts of one list still separates them when the next is no three-digit group.
        #expect(Probe.facts("Tarifnya Rp 5.000, 10 ribu atau 20 ribu.").contains { $0.text == "Rp 5.000" })
    }
}
