import Testing
@testable import Stats

/// Issue 9, owners inside one sentence: of several entities in the sentence, the one the figure is about.
@Suite("The right entity of the sentence")
struct RightEntityTests {
    @Test("the bundled lexicon links the common phone and chip lines to their makers", arguments: [
        ("Pixel", "Google"), ("Redmi", "Xiaomi"), ("Mi", "Xiaomi"), ("Reno", "OPPO"), ("Snapdragon", "Qualcomm"),
        ("Exynos", "Samsung"), ("Dimensity", "MediaTek"), ("Helio", "MediaTek"), ("iPad", "Apple"),
    ])
    func makerLinks(_ model: String, _ maker: String) {
        let entity = Fixture.lexicon.entities.first { $0.name == model }
        #expect(entity?.category == .model && entity?.maker == maker, "\(model)")
    }

    @Test("a product's price or spec is its maker's, whoever else the sentence names", arguments: [
        ("Kamera malam iPhone bagus, tetapi lihat juga Google Pixel 8 (USD699).", "USD699", "Google"),
        ("The iPhone camera is fine, but consider the Google Pixel 8 ($699).", "$699", "Google"),
        ("Harga Redmi Note 14 dipatok Rp 3 juta.", "Rp 3 juta", "Xiaomi"),
        ("The Snapdragon 8 Elite is 45 percent faster than its predecessor.", "45 percent", "Qualcomm"),
    ])
    func productMakers(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a maker the lexicon names but does not list owns its products' figures", arguments: [
        ("Reno 13 kini dijual seharga Rp 6 juta.", "Rp 6 juta", "OPPO"),
        ("The Dimensity 9400 is 35 percent faster than last year's chip.", "35 percent", "MediaTek"),
    ])
    func makersOutsideTheLexicon(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a name going on after a model is still the model's", arguments: [
        ("Galaxy Z Flip 7 FE lebih murah dari Galaxy Z Fold 7 dengan harga 1.999 dollar AS.", "1.999 dollar AS", "Samsung"),
        ("Meanwhile the Galaxy Z Fold 7 sells for $1,999.", "$1,999", "Samsung"),
    ])
    func namesAfterModels(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a figure in brackets after a name is that name's", arguments: [
        ("Hartanya melebihi gabungan Budi Santoso (40 miliar dollar AS) dan Rina Wijaya (38 miliar/sekitar Rp 600 triliun).", "sekitar Rp 600 triliun", "Rina Wijaya"),
        ("Her fortune beats those of Tom Baker ($40 billion) and Ann Lewis ($38 billion) together.", "$38 billion", "Ann Lewis"),
        ("PPN (12 persen) dan PPnBM (15 persen) bisa diatur pemerintah.", "15 persen", "PPnBM"),
    ])
    func bracketedFigures(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a name inside an opening phrase of source, or after a noun of a phrase of source, does not act", arguments: [
        ("Berdasarkan situs web Nimbus Mobile, ponsel N1 dibanderol USD499.", "USD499"),
        ("Based on the Nimbus Mobile website, the N1 phone sells for $499.", "$499"),
        ("Laba turun karena kerugian dari investasi OpenAI sebesar 523 juta dollar AS.", "523 juta dollar AS"),
        ("Net income fell because of losses from the OpenAI investment of $523 million.", "$523 million"),
    ])
    func namesInPhrases(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }

    @Test("an opening 'Berdasarkan'/'Based on' clause that reports figures of its own is the main clause", arguments: [
        ("Berdasarkan kinerja Bank Sentosa 2024 tercatat aset tumbuh 16% menjadi Rp 312 triliun, dana pihak ketiga sebesar Rp 219 triliun.", "Rp 219 triliun", "Bank Sentosa"),
        ("Based on the half-year report Bank Sentosa assets grew 16% to $31 billion, deposits reached $21 billion.", "$21 billion", "Bank Sentosa"),
    ])
    func frontedClausesWithFigures(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a name after 'dengan' or a noun of its own still acts", arguments: [
        ("Pasar terguncang, dengan indeks Dow Jones turun 0,84 persen.", "0,84 persen", "Dow Jones"),
        ("Markets shook, with the Dow Jones index down 0.84 percent.", "0.84 percent", "Dow Jones"),
    ])
    func namesAfterDengan(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }
}
