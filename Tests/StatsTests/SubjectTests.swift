import Testing
@testable import Stats

/// Issue 9: every figure says who it is about. Sentences written for these tests, in both languages.
@Suite("Subjects beyond the lexicon")
struct SubjectTests {
    @Test("unknown proper names act as subjects, in both languages", arguments: [
        ("Kemarin, raksasa ritel Kakao Mobility meraup pendapatan Rp 4 triliun.", "Rp 4 triliun", "Kakao Mobility"),
        ("Pada kuartal itu, Metaplanet membeli bitcoin senilai 20 juta dollar AS.", "20 juta dollar AS", "Metaplanet"),
        ("Last year, Kakao Mobility earned $300 million in revenue.", "$300 million", "Kakao Mobility"),
        ("In March, Rakuten Group Inc. reported a loss of $1.2 billion.", "$1.2 billion", "Rakuten Group Inc"),
    ])
    func unknownNames(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a title marks a person and is not part of the name")
    func titles() throws {
        let id = Fixture.analyze("Kemarin, Gubernur Budi Santoso mengumumkan anggaran Rp 5 miliar untuk sekolah.")
        #expect(id.facts.first { $0.kind == .money }?.subject == "Budi Santoso")
        let en = Fixture.analyze("On Monday, Governor Maria Lopez announced a budget of $40 million for schools.")
        #expect(en.facts.first { $0.kind == .money }?.subject == "Maria Lopez")
    }

    @Test("a capital opening the sentence, a weekday or a month is not a name")
    func notNames() throws {
        #expect(try Probe.subject("Pendapatan naik 10 persen tahun lalu.", "10 persen") == nil)
        #expect(try Probe.subject("Revenue rose 10 percent last year.", "10 percent") == nil)
        #expect(try Probe.subject("Sejak Januari harga naik 5 persen.", "5 persen") == nil)
    }

    @Test("a company noun or pronoun refers back to the subject named before", arguments: [
        ("Tencent merilis laporan kuartalan. Perusahaan tersebut mencatat laba Rp 30 triliun.", "Rp 30 triliun", "Tencent"),
        ("Baidu merilis laporan kuartalan. Pendapatannya mencapai 5 miliar dollar AS.", "5 miliar dollar AS", "Baidu"),
        ("Tencent released its quarterly report. The company booked a profit of $4 billion.", "$4 billion", "Tencent"),
        ("Alibaba released its quarterly report. Its revenue reached $30 billion.", "$30 billion", "Alibaba"),
        ("Elon Musk kembali menjadi orang terkaya. Kekayaannya naik 20 miliar dollar AS.", "20 miliar dollar AS", "Elon Musk"),
        ("Elon Musk is again the richest man. He added $20 billion to his fortune.", "$20 billion", "Elon Musk"),
    ])
    func anaphora(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a line of accounts with no owner named is the company's talked about", arguments: [
        ("Tencent menggelar paparan publik pekan lalu. Laba neto diprakirakan naik menjadi Rp 45 triliun pada 2026.", "Rp 45 triliun", "Tencent"),
        ("Tencent menggelar paparan publik pekan lalu. Ia menjelaskan, arus kas bersih diperkirakan mencapai Rp 9 triliun.", "Rp 9 triliun", "Tencent"),
        ("Tencent menggelar paparan publik pekan lalu. Saham perusahaan melonjak 20 persen sejak April.", "20 persen", "Tencent"),
        ("Tencent held its annual meeting on Friday. Net profit is expected to rise to $5 billion next year.", "$5 billion", "Tencent"),
    ])
    func accountsOfTheCompany(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("totals over many companies, and account nouns before any company, stay without a subject", arguments: [
        ("Tencent menggelar paparan publik pekan lalu. Total pendapatan dari 2.000 perusahaan mencapai 52 triliun dollar AS.", "52 triliun dollar AS"),
        ("Tencent held its annual meeting on Friday. Total revenue of the 500 largest firms reached $40 trillion.", "$40 trillion"),
        ("Laba bersih rata-rata industri naik menjadi Rp 8 triliun tahun ini.", "Rp 8 triliun"),
        ("Tencent menggelar paparan publik pekan lalu. Sementara itu, perusahaan energi XY mencatat laba hanya 399 juta dollar AS.", "399 juta dollar AS"),
        ("Tencent held its annual meeting on Friday. The total of all assets reached $90 billion in 2025.", "$90 billion"),
        ("Average profit across the industry rose to $8 billion this year.", "$8 billion"),
    ])
    func accountsWithoutCompany(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }

    @Test("who forecasts a figure does not own it, unless it forecasts its own accounts", arguments: [
        ("Huawei memprediksi bahwa kecerdasan buatan akan menguasai 80 persen sumber daya komputasi dunia.", "80 persen", nil),
        ("Last week, Huawei predicted that AI will take 80 percent of all computing by 2030.", "80 percent", nil),
        ("Nvidia memperkirakan kerugian penjualan sebesar 8 miliar dollar AS akibat larangan ekspor.", "8 miliar dollar AS", "Nvidia"),
        ("Nvidia expects revenue of $45 billion next quarter.", "$45 billion", "Nvidia"),
    ] as [(String, String, String?)])
    func forecaster(_ text: String, _ quote: String, _ expected: String?) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a person pronoun does not take a company, nor a company noun a person")
    func compatibleReferent() throws {
        let text = "Tencent bermitra dengan Andrew Ng. Perusahaan tersebut menyiapkan dana 10 juta dollar AS."
        #expect(try Probe.subject(text, "10 juta dollar AS") == "Tencent")
    }

    @Test("lines of a price list take the article's subject")
    func priceList() throws {
        let text = "Xiaomi merilis ponsel baru di Jakarta.\n\n- 8 GB/256 GB: Rp 4,5 juta\n- 12 GB/512 GB: Rp 5,5 juta\n"
        #expect(Fixture.analyze(text).facts.filter { $0.kind == .money }.map(\.subject) == ["Xiaomi", "Xiaomi"])
    }

    @Test("a company noun and a demonstrative around the figure refer back to the company", arguments: [
        ("Kakao Mobility melantai di bursa tahun lalu. Perusahaan bernilai 5 miliar dollar AS itu dipimpin Ryu Geung-seon.", "5 miliar dollar AS", "Kakao Mobility"),
        ("Tencent menggelar paparan publik pekan lalu. “Itu lambat,” kata bos di perusahaan dengan nilai pasar 600 miliar dollar AS tersebut.", "600 miliar dollar AS", "Tencent"),
        ("Kakao Mobility listed last year. The $5 billion company is run by Ryu Geung-seon.", "$5 billion", "Kakao Mobility"),
    ])
    func framedByCompanyNoun(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a name owned by the figure's noun owns the figure, whoever acts earlier in the clause", arguments: [
        ("Dalam laporannya, Alibaba dan Tencent juga menyinggung pendapatan Baidu yang mencapai 5 miliar dollar AS.", "5 miliar dollar AS", "Baidu"),
        ("Menurut analis, Alibaba mengejar valuasi Zhipu sebesar 3 miliar dollar AS.", "3 miliar dollar AS", "Zhipu"),
        ("Alibaba and Tencent said the revenue of Baidu reached $5 billion last year.", "$5 billion", "Baidu"),
    ])
    func ownedName(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a model number between name words is part of the name", arguments: [
        ("Di Jakarta, Zorbo 7 Pro dibanderol seharga Rp 3 juta.", "Rp 3 juta", "Zorbo 7 Pro"),
        ("In Jakarta, the Zorbo 7 Pro sells for $200.", "$200", "Zorbo 7 Pro"),
    ])
    func modelNumber(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a coordinated part opened by an unknown name does not take the actor of the part before", arguments: [
        ("Saham Tencent turun 0,8 persen dan Zorbo Lestari anjlok 1,1 persen.", "1,1 persen"),
        ("Tencent shares fell 0.8 percent and Zorbo Lestari lost 1.1 percent.", "1.1 percent"),
    ])
    func unknownCoordinatedPart(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) != "Tencent", "\(text)")
    }

    /// Round 7: an index opening such a part owns its own move (MarketIndexTests).
    @Test("an index opening a coordinated part owns its move", arguments: [
        ("Saham Tencent turun 0,8 persen dan S&P 500 anjlok 1,1 persen.", "1,1 persen"),
        ("Tencent shares fell 0.8 percent and S&P 500 lost 1.1 percent.", "1.1 percent"),
    ])
    func indexCoordinatedPart(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == "S&P 500", "\(text)")
    }

    @Test("a sentence opening with a curly quote is no list line", arguments: [
        "Xiaomi merilis ponsel baru di Jakarta.\n\n“Pasar ponsel tumbuh 20 persen tahun ini,” kata seorang analis.\n",
        "Xiaomi launched a new phone in Jakarta.\n\n“The phone market grew 20 percent this year,” an analyst said.\n",
    ])
    func quotedLine(_ text: String) throws {
        #expect(Fixture.analyze(text).facts.filter { $0.kind == .percent }.map(\.subject) == [nil], "\(text)")
    }

    @Test("a model between its maker and the figure gives the figure to the maker", arguments: [
        ("Ernie kini dipakai oleh 200 juta pengguna.", "200 juta pengguna", "Baidu"),
        ("Galaxy A56 dijual seharga Rp 6 juta.", "Rp 6 juta", "Samsung"),
        ("The new iPhone sells for $999.", "$999", "Apple"),
        ("Doubao now has 60 million users.", "60 million users", "ByteDance"),
    ])
    func makers(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a name after the figure: recipient of money, place of a count; a place is scope for the rest")
    func afterTheFigure() throws {
        #expect(try Probe.subject("Tahun lalu ada investasi $400 juta ke Zhipu.", "$400 juta") == "Zhipu")
        #expect(try Probe.subject("Last year a $400 million round went into Zhipu.", "$400 million") == "Zhipu")
        #expect(try Probe.subject("Saat ini ada lebih dari 100 LLM di China.", "lebih dari 100 LLM") == "China")
        let scoped = try #require(Probe.fact("Penetrasi internet mencapai 79,5 persen di Indonesia.", "79,5 persen"))
        #expect(scoped.subject == nil && scoped.scope == "Indonesia")
        let en = try #require(Probe.fact("Internet penetration reached 79.5 percent in Indonesia.", "79.5 percent"))
        #expect(en.subject == nil && en.scope == "Indonesia")
    }

    @Test("a demonym stands for its country unless a company is named", arguments: [
        ("Chinese firms spent $5 billion on chips.", "$5 billion", "China"),
        ("Perusahaan China menghabiskan 5 miliar dollar AS untuk cip.", "5 miliar dollar AS", "China"),
        ("Perusahaan China Zhipu menghabiskan 5 miliar dollar AS untuk cip.", "5 miliar dollar AS", "Zhipu"),
        ("The Chinese start-up Zhipu spent $5 billion on chips.", "$5 billion", "Zhipu"),
    ])
    func demonyms(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a speaker is not the owner of the figure")
    func speakers() throws {
        #expect(try Probe.subject("Menurut analis, Andrew Ng mengatakan pasar tumbuh 20 persen.", "20 persen") == nil)
        #expect(try Probe.subject("Andrew Ng said the market grew 20 percent.", "20 percent") == nil)
    }
}

@Suite("Not facts, and one fact for one amount")
struct NotFactTests {
    @Test("anaphoric counts are not counts", arguments: [
        "Perang dagang antara dua negara itu berlanjut.",
        "Ketegangan kedua negara meningkat.",
        "Hubungan dua negara memburuk sejak tahun lalu.",
        "Dua perusahaan ini bersaing ketat.",
        "Tension between the two countries grew.",
        "These three companies compete hard.",
    ])
    func anaphoricCounts(_ text: String) {
        #expect(Probe.quantities(text).isEmpty, "\(text) gave \(Probe.quantities(text).map(\.text))")
    }

    @Test("a real count of countries stays a count")
    func realCount() {
        #expect(Probe.quantities("Sebanyak 27 negara menandatangani perjanjian itu.").map(\.value) == [.number(27)])
        #expect(Probe.quantities("A total of 27 countries signed the deal.").map(\.value) == [.number(27)])
    }

    @Test("exchange rates are not money facts", arguments: [
        "Dengan asumsi kurs Rp 16.300 per dollar AS, nilainya besar.",
        "Rupiah ditutup pada Rp14.052 per USD.",
        "Saat itu 1 dollar AS = Rp 16.270.",
        "The exchange rate was 7.2 yuan per dollar.",
    ])
    func exchangeRates(_ text: String) {
        #expect(Probe.quantities(text).filter { $0.kind == .money }.isEmpty, "\(text) gave \(Probe.quantities(text).map(\.text))")
    }

    @Test("a conversion is one fact with an equivalent", arguments: [
        ("Kekayaannya mencapai 497 miliar dollar AS atau sekitar Rp 8.250 triliun.", 497e9, "USD", 8250e12, "IDR"),
        ("Ponsel ini dijual 4.200 yuan (sekitar Rp 9,8 juta).", 4200, "CNY", 9.8e6, "IDR"),
        ("The phone costs 4,200 yuan (about $580).", 4200, "CNY", 580, "USD"),
    ])
    func conversions(_ text: String, _ value: Double, _ unit: String, _ other: Double, _ otherUnit: String) {
        let money = Probe.quantities(text).filter { $0.kind == .money }
        #expect(money.count == 1, "\(text) gave \(money.map(\.text))")
        #expect(money.first?.value == .number(value) && money.first?.unit == unit)
        #expect(money.first?.equivalent == Equivalent(value: other, unit: otherUnit))
    }

    @Test("two amounts in one currency joined by 'atau' stay two facts")
    func notAConversion() {
        #expect(Probe.quantities("Harganya Rp 5 juta atau Rp 6 juta.").count == 2)
    }
}
