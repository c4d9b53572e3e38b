import Testing
@testable import Stats

@Suite("Fact extraction")
struct FactExtractionTests {
    // MARK: Kinds

    @Test("tokens, in both languages")
    func tokens() throws {
        let id = try #require(Probe.fact("Baidu memberikan 50 juta token gratis.", "50 juta token"))
        #expect(id.kind == .tokens && id.value == .number(5e7) && id.unit == "token")
        let en = try #require(Probe.fact("The firm said that it is giving 5.5 million tokens to the users of the app.", "5.5 million tokens"))
        #expect(en.kind == .tokens && en.value == .number(5.5e6))
    }

    @Test("money: the currency as written, before or after the amount, never converted", arguments: [
        ("Biayanya hanya $5,5 juta.", "$5,5 juta", 5.5e6, "USD"),
        ("Nilainya mencapai US$ 2 miliar.", "US$ 2 miliar", 2e9, "USD"),
        ("Nilainya mencapai US$5 juta.", "US$5 juta", 5e6, "USD"),
        ("Nilainya mencapai USD2 triliun.", "USD2 triliun", 2e12, "USD"),
        ("Nilainya mencapai 4 triliun dollar AS.", "4 triliun dollar AS", 4e12, "USD"),
        ("Nilainya mencapai Rp 79.244 triliun.", "Rp 79.244 triliun", 79244e12, "IDR"),
        ("Nilainya mencapai Rp79 miliar.", "Rp79 miliar", 79e9, "IDR"),
        ("Nilainya mencapai Rp 5 M.", "Rp 5 M", 5e9, "IDR"),
        ("Nilainya mencapai 10 miliar yuan.", "10 miliar yuan", 10e9, "CNY"),
        ("Nilainya mencapai RMB 5 juta.", "RMB 5 juta", 5e6, "CNY"),
        ("Nilainya mencapai €3 juta.", "€3 juta", 3e6, "EUR"),
        ("Nilainya mencapai 500 miliar won.", "500 miliar won", 500e9, "KRW"),
        ("Nilainya mencapai 3 miliar dolar Singapura.", "3 miliar dolar Singapura", 3e9, "SGD"),
    ])
    func money(_ text: String, _ quote: String, _ value: Double, _ unit: String) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.kind == .money && fact.value == .number(value) && fact.unit == unit, "\(text)")
    }

    @Test("English money")
    func englishMoney() throws {
        let text = "The company said that it has raised $2.5bn from the investors and that it is worth US$1,677 million."
        let raised = try #require(Probe.fact(text, "$2.5bn"))
        #expect(raised.value == .number(2.5e9) && raised.unit == "USD" && raised.role == "funding")
        let worth = try #require(Probe.fact(text, "US$1,677 million"))
        #expect(worth.value == .number(1677e6))
    }

    @Test("money roles", arguments: [
        ("Biaya proyek itu mencapai $2 juta.", "cost"),
        ("DeepSeek menyebut biaya pelatihan model itu hanya $5,5 juta.", "training_cost"),
        ("Valuasi OpenAI mencapai $80 miliar.", "valuation"),
        ("Nilai pasar Nvidia mencapai $3 triliun.", "market_value"),
        ("Pendapatan Baidu naik menjadi Rp 5 triliun.", "revenue"),
        ("Investasi Microsoft sebesar $10 miliar.", "investment"),
        ("Kerugian Meta mencapai $5 miliar.", "loss"),
    ])
    func roles(_ text: String, _ role: String) throws {
        let fact = try #require(Probe.facts(text).first { $0.kind == .money }, "\(text)")
        #expect(fact.role == role, "\(text)")
    }

    @Test("model counts: model, LLM, model bahasa besar, large language models; not business models")
    func modelCounts() throws {
        #expect(Probe.fact("Ada 200 model bahasa besar di China.", "200 model bahasa besar")?.kind == .modelCount)
        #expect(Probe.fact("Ada lebih dari 30 LLM di China.", "lebih dari 30 LLM")?.bound == .moreThan)
        #expect(Probe.fact("Setidaknya 79 model kecerdasan buatan berskala besar dirilis.", "Setidaknya 79 model")?.kind == .modelCount)
        let en = "The report said that there are 40 large language models and 12 AI models in the country."
        #expect(Probe.fact(en, "40 large language models")?.value == .number(40))
        #expect(Probe.fact(en, "12 AI models")?.kind == .modelCount)
        #expect(Probe.quantities("Perusahaan itu punya 3 model bisnis baru.").isEmpty)
        #expect(Probe.quantities("Pabrik itu menjual 10 model mobil baru.").isEmpty)
    }

    @Test("percent: persen, %, percent, setengah dari")
    func percent() throws {
        #expect(Probe.fact("Saham Baidu merosot 10 persen.", "10 persen")?.value == .number(10))
        #expect(Probe.fact("Sahamnya naik 5,5% pekan ini.", "5,5%")?.value == .number(5.5))
        #expect(Probe.fact("It said that the share of the firm rose 7.5 percent in the year.", "7.5 percent")?.value == .number(7.5))
        let half = try #require(Probe.fact("Setengah dari model AI itu buatan China.", "Setengah dari"))
        #expect(half.kind == .percent && half.value == .number(50))
    }

    @Test("counts carry their noun")
    func counts() throws {
        let members = try #require(Probe.fact("Dari 1.677 anggota LinkedIn OpenAI, banyak yang lulusan China.", "1.677 anggota"))
        #expect(members.kind == .count && members.value == .number(1677) && members.noun == "anggota" && members.subject == "OpenAI")
        #expect(Probe.fact("Ada 38 orang berasal dari Beijing.", "38 orang")?.noun == "orang")
        #expect(Probe.fact("Ada dua puluh lima orang di sana.", "dua puluh lima orang")?.value == .number(25))
        #expect(Probe.fact("Ada setengah lusin orang di sana.", "setengah lusin orang")?.value == .number(6))
        #expect(Probe.fact("Ada sebelas orang dan tiga belas perusahaan.", "tiga belas perusahaan")?.value == .number(13))
        #expect(Probe.fact("It said that a dozen engineers and twenty-five users left the firm.", "twenty-five users")?.value == .number(25))
    }

    @Test("dates in the forms articles use", arguments: [
        ("Model itu dirilis pada 2 Juni 2023 lalu.", "2 Juni 2023", "2023-06-02"),
        ("Laporan terbit 27/06/2024 pagi.", "27/06/2024", "2024-06-27"),
        ("Jakarta, Rabu (5/11/2025) - Baidu merilis model.", "5/11/2025", "2025-11-05"),
        ("Model itu dirilis Oktober 2023.", "Oktober 2023", "2023-10"),
        ("It was released on June 2, 2023 by the firm.", "June 2, 2023", "2023-06-02"),
    ])
    func dates(_ text: String, _ quote: String, _ iso: String) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.kind == .date && fact.value == .date(iso))
    }

    @Test("a bare day and month takes the article's year")
    func bareDayMonth() throws {
        let text = "---\ndate: 2024-06-27\n---\nModel itu akan dirilis pada 16 Februari mendatang."
        let fact = try #require(Probe.fact(text, "16 Februari"))
        #expect(fact.value == .date("2024-02-16"))
    }

    @Test("durations are in months")
    func durations() {
        #expect(Probe.fact("Proyek itu berlangsung 18 bulan.", "18 bulan")?.value == .number(18))
        #expect(Probe.fact("Proyek itu berlangsung 2 tahun.", "2 tahun")?.value == .number(24))
        #expect(Probe.fact("Proyek itu berlangsung 3 sampai 5 bulan.", "3 sampai 5 bulan")?.valueMax == 5)
    }

    // MARK: Attribution

    @Test("subject by clause, as in the issue", arguments: [
        ("Baichuan, yang didukung oleh Alibaba dan Tencent, menawarkan 10 juta token gratis.", "Baichuan"),
        ("Zhipu memberikan 150 juta token dan serangkaian sesi pelatihan.", "Zhipu"),
        ("DeepSeek sebelumnya merilis model bahasa besar V3, yang biaya pelatihannya hanya $5,5 juta.", "DeepSeek"),
    ])
    func issueSubjects(_ text: String, _ subject: String) throws {
        let fact = try #require(Probe.quantities(text).first, "\(text)")
        #expect(fact.subject == subject, "\(text)")
    }

    @Test("appositives and fronted clauses")
    func clauses() {
        #expect(Probe.quantities("Perusahaan Tiongkok tersebut, 01.AI, mencapai valuasi $1 miliar.").first?.subject == "01.AI")
        #expect(Probe.quantities("Untuk pengguna yang bermigrasi dari OpenAI, Baidu menawarkan 50 juta token gratis.").first?.subject == "Baidu")
        #expect(Probe.quantities("Menurut Reuters, Alibaba meraup pendapatan $30 miliar.").first?.subject == "Alibaba")
        #expect(Probe.quantities("Saham Baidu merosot 10 persen.").first?.subject == "Baidu")
    }

    @Test("no subject from a currency's country or from across 'dan'")
    func noFalseSubject() {
        let facts = Probe.quantities("Nilainya 4 triliun dollar AS, sedangkan dana lain 10 miliar yuan.")
        #expect(facts.count == 2)
        #expect(facts.allSatisfy { $0.subject == nil }, "\(facts.map(\.subject))")
        let two = Probe.quantities("Biaya proyek itu $2 juta dan pendapatan Baidu Rp 5 triliun.")
        #expect(two.first?.subject == nil)
        #expect(two.last?.subject == "Baidu")
    }

    // MARK: Found on real articles

    @Test("glued rupiah keeps its decimal comma")
    func gluedRupiah() {
        #expect(Probe.fact("Pendapatan naik menjadi Rp3,47 triliun.", "Rp3,47 triliun")?.value == .number(3.47e12))
        #expect(Probe.fact("Kerugian senilai Rp676,81 miliar.", "Rp676,81 miliar")?.value == .number(676.81e9))
        #expect(Probe.fact("Investasi baru Rp123.215.768.143 tahun ini.", "Rp123.215.768.143")?.value == .number(123_215_768_143))
    }

    @Test("rounded figures: jutaan after a number, the -an suffix")
    func roundedFigures() throws {
        let jutaan = try #require(Probe.fact("Mobil itu dijual Rp 200 jutaan.", "Rp 200 jutaan"))
        #expect(jutaan.value == .number(2e8) && jutaan.bound == .approx && jutaan.valueMax == nil)
        let suffix = try #require(Probe.fact("Harganya masih Rp15 juta-an saja.", "Rp15 juta-an"))
        #expect(suffix.value == .number(1.5e7) && suffix.bound == .approx)
    }

    @Test("money ranges with the currency repeated or a double dash")
    func moneyRanges() throws {
        let repeated = try #require(Probe.fact("Biayanya sekitar Rp 200-Rp 300 miliar.", "Rp 200-Rp 300 miliar"))
        #expect(repeated.value == .number(2e11) && repeated.valueMax == 3e11 && repeated.bound == .range)
        let dashes = try #require(Probe.fact("Gajinya sekitar Rp 200--216 miliar per tahun.", "Rp 200--216 miliar"))
        #expect(dashes.value == .number(2e11) && dashes.valueMax == 2.16e11)
    }

    @Test("upper limits read as less_than", arguments: [
        "Dendanya tidak melebihi Rp 100.000 per bulan.", "Kenaikan tidak lebih dari 5 persen.", "Ada paling banyak 10 orang.",
        "Porsinya maksimal 10 persen.", "Butir rusak tidak boleh lebih dari 1 persen.", "Harganya tak lebih dari Rp 200 ribu.", "Jumlahnya sebanyak-banyaknya 10 persen dari modal.",
    ])
    func upperLimits(_ text: String) throws {
        let fact = try #require(Probe.quantities(text).first, "\(text)")
        #expect(fact.bound == .lessThan, "\(text)")
    }

    @Test("a name joined to a prepositional object is not the subject")
    func joinedObject() {
        #expect(Probe.quantities("Total perdagangan antara Indonesia dan Rusia mencapai US$ 4,3 miliar.").first?.subject == nil)
        #expect(Probe.quantities("Bersama Alibaba dan Tencent, Baidu meraih $3 miliar.").first?.subject == "Baidu")
        #expect(Probe.quantities("Wei, ahli matematika asal Tiongkok, hanya menghabiskan 300 yuan per bulan.").first?.subject == nil)
        #expect(Probe.quantities("Negara seperti Malaysia, Jepang, dan Korea Selatan dikenakan tarif 24 persen.").first?.subject == nil)
        #expect(Probe.quantities("Dari mereka, 85 persen di Amerika Serikat, 10 persen di Asia dan 5 persen di Eropa.").last?.subject == nil)
        #expect(Probe.quantities("Pendiri Facebook ini membangun bunker senilai lebih dari USD 260 juta.").first?.subject == nil)
    }

    @Test("paragraphs joined with '.,' are separate sentences")
    func commaJoinedParagraphs() throws {
        let text = "Dana mengalir ke Komite Olahraga Nasional Indonesia.,Imam diduga menerima suap Rp 14.700.000.000 melalui Miftahul."
        let fact = try #require(Probe.fact(text, "Rp 14.700.000.000"))
        #expect(fact.subject == nil)
        #expect(fact.sentence.hasPrefix("Imam"))
    }

    @Test("a full stop that lost its space still ends a sentence, but not inside A.I. or JD.com")
    func gluedFullStop() throws {
        let text = "Acara itu untuk sepak bola Indonesia, kata Erick.Penghargaan itu diberikan lewat pendanaan 5,4 juta dolar AS."
        let fact = try #require(Probe.facts(text).first { $0.kind == .money })
        #expect(fact.subject == nil)
        #expect(fact.sentence.hasPrefix("Penghargaan"))
        #expect(Probe.facts("Investasi A.I. Tiongkok naik 50 persen tahun ini.").first?.sentence.hasPrefix("Investasi") == true)
    }

    @Test("'AS' does not make an Indonesian article English")
    func dollarASLanguage() throws {
        let text = "Dolar AS menguat. Dolar AS ditutup pada level Rp 16.290 kemarin. Dolar AS melemah terhadap EUR. Dolar AS juga naik."
        #expect(Fixture.analyze(text).metadata.language == .indonesian)
        #expect(Probe.fact(text, "Rp 16.290")?.value == .number(16290))
    }

    @Test("nilai pasarnya is a market value; Bank Indonesia is not the country")
    func marketValueAndBank() {
        #expect(Probe.facts("Kini nilai pasarnya hanya Rp 658 miliar.").first?.role == "market_value")
        #expect(Probe.quantities("Bank Indonesia memangkas bunga menjadi 5,25 persen.").first?.subject == "Bank Indonesia")
    }

    // MARK: Not numbers

    @Test("digits in names, codes, times and ranks are never quantities", arguments: [
        "Startup 01.AI bekerja sama dengan Baidu.",
        "Perusahaan 21Vianet membangun pusat data.",
        "Perusahaan 360 Security Technology merilis chatbot.",
        "Model R1 dan V3 dirilis DeepSeek.",
        "OpenAI merilis GPT-4o untuk pengguna.",
        "Chip H800 dan H20 dijual Nvidia.",
        "Jaringan 5G dibangun Huawei.",
        "Baidu merilis Ernie 3.5 untuk pengguna.",
        "Acara dimulai pukul 11:01 WIB di Jakarta.",
        "Baidu masuk 10 besar perusahaan AI.",
        "Baidu masuk top 10 perusahaan AI.",
        "Baidu menjadi juara ke-3 perusahaan AI.",
        "Di Olimpiade Paris 2024 negara peserta memakai AI.",
        "Saat Piala Dunia 2022 pekerja migran memakai AI.",
        "Tim China tampil di Piala Dunia 2022 model AI.",
    ])
    func notNumbers(_ text: String) {
        let bad = Probe.quantities(text)
        #expect(bad.isEmpty, "\(text) → \(bad.map(\.text))")
    }

    @Test("a year is a count after a sentence-opening word")
    func openingYear() {
        #expect(Probe.fact("Sebanyak 2000 orang hadir.", "2000 orang")?.value == .number(2000))
    }

    @Test func cryptoTokensAreNotTokenGiveaways() {
        let facts = Fixture.analyze("Proyek itu mencakup lebih dari 300 token mata uang kripto di bursa.").facts
        #expect(!facts.contains { $0.kind == .tokens })
        let ai = Fixture.analyze("Zhipu memberikan 150 juta token kepada pengembang.").facts
        #expect(ai.contains { $0.kind == .tokens && $0.value == .number(150_000_000) })
        // Coins named a sentence before, in the same paragraph.
        let held = Fixture.analyze("""
        Trump melaporkan pendapatan dari perusahaan kripto World Liberty Financial. Ia juga memiliki 15,75 miliar token dalam usaha itu.
        """).facts
        #expect(!held.contains { $0.kind == .tokens })
        let nextParagraph = Fixture.analyze("Harga bitcoin naik tajam pekan ini.\n\nZhipu memberikan 150 juta token kepada pengembang.").facts
        #expect(nextParagraph.contains { $0.kind == .tokens })
    }

    @Test func englishTokensRolesAfterTheAmountAndTrainingCost() {
        let text = """
        China's AI startups race ahead
        Zhipu offered 150 million free tokens to developers switching from OpenAI.
        Zhipu AI raised more than $400 million in new funding, valuing the company at about $3 billion.
        DeepSeek said it spent $5.6 million training its V3 model.
        Nvidia lost nearly $600 billion in market value on Monday.
        """
        let facts = Fixture.analyze(text).facts
        #expect(facts.contains { $0.kind == .tokens && $0.value == .number(150_000_000) && $0.subject == "Zhipu" })
        #expect(facts.contains { $0.kind == .money && $0.value == .number(3_000_000_000) && $0.role == "valuation" })
        #expect(facts.contains { $0.kind == .money && $0.value == .number(400_000_000) && $0.role == "funding" })
        #expect(facts.contains { $0.kind == .money && $0.value == .number(5_600_000) && $0.role == "training_cost" })
        #expect(facts.contains { $0.kind == .money && $0.value == .number(600_000_000_000) && $0.role == "market_value" })
    }
}
