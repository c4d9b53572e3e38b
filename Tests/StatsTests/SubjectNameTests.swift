import Testing
@testable import Stats

/// Issue 9, names as real articles write them: a lone name opening a sentence, datelines, sources,
/// common nouns and offices before a name, relative clauses. Sentences written for these tests.
@Suite("Subject names in the wild")
struct SubjectNameTests {
    @Test("a lone name opening a sentence is a subject when it reads as one", arguments: [
        ("Kemarin pasar ramai. Kroger juga meningkatkan penjualan online menjadi USD9 miliar.", "USD9 miliar", "Kroger"),
        ("Daftar bank disusun ulang. BNPB merupakan lembaga dengan anggaran terbesar, yakni Rp 2 triliun.", "Rp 2 triliun", "BNPB"),
        ("Saham energi naik. Chevron menguat 3 persen pada Senin.", "3 persen", "Chevron"),
        ("Energy stocks rose. Chevron gained 3 percent on Monday.", "3 percent", "Chevron"),
        ("Investors watched closely, and shares of Kroger rose. Kroger reported sales of $9 billion.", "$9 billion", "Kroger"),
    ])
    func sentenceInitialNames(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a common word opening a sentence is still no name")
    func commonOpeners() throws {
        #expect(try Probe.subject("Perubahan desain mengurangi bobot hingga 11 persen.", "11 persen") == nil)
        #expect(try Probe.subject("Rasio layar ke bodi mencapai 90 persen.", "90 persen") == nil)
        #expect(try Probe.subject("Harganya naik 40 persen dari tahun lalu.", "40 persen") == nil)
        #expect(try Probe.subject("Shipments grew 6 percent from a year earlier.", "6 percent") == nil)
    }

    @Test("a common word that opens sentences in capitals owns no figure, and the name after it still can")
    func commonCapitalisedOpeners() throws {
        #expect(try Probe.subject("Bagian belakang Huawei Pura X berlapis kulit. Harganya dipatok 1.999 euro.", "1.999 euro") == "Huawei Pura X")
        #expect(try Probe.subject("Berikut rincian biayanya: paket dasar Rp 2 juta.", "Rp 2 juta") == nil)
        #expect(try Probe.subject("Jika kurang tidur, risiko sakit Anda meningkat 20 persen.", "20 persen") == nil)
        #expect(try Probe.subject("Pelanggar dijerat Pasal 12 dan didenda Rp 50 juta.", "Rp 50 juta") == nil)
    }

    @Test("a dateline in capitals is a place, not the subject")
    func datelines() throws {
        let text = "SEOUL, KOMPAS.com - Harga emas naik lagi.\n\n- Paket kecil: Rp 1,5 juta\n"
        let money = Fixture.analyze(text).facts.first { $0.kind == .money }
        #expect(money?.subject == nil)
    }

    @Test("whose data they are reports the figure; it does not own it", arguments: [
        ("Pasar tumbuh cepat. Data IDC menunjukkan, belanja AI diperkirakan mencapai 38 miliar dollar AS pada 2027.", "38 miliar dollar AS", nil),
        ("The market is growing fast. IDC data show that AI spending will reach $38 billion by 2027.", "$38 billion", nil),
        ("Data BPS mencatat ekspor Indonesia naik 5 persen.", "5 persen", "Indonesia"),
        ("Pasar dikejutkan oleh data China yang menunjukkan ekspor naik 8 persen.", "8 persen", "China"),
        ("Labs are closing the gap. A Stanford report found that the gap narrowed to 1.7% in 2024.", "1.7%", nil),
    ] as [(String, String, String?)])
    func dataSources(_ text: String, _ quote: String, _ expected: String?) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a relative clause on a company noun names who founded it, not who owns the figure; on a figure's noun it does")
    func relativeAgents() throws {
        let text = "Moonshot AI menggalang dana baru. Perusahaan rintisan yang didirikan Yang Zhilin itu sebelumnya bernilai 3,3 miliar dollar AS."
        #expect(try Probe.subject(text, "3,3 miliar dollar AS") == "Moonshot AI")
        #expect(try Probe.subject("Total dana yang dikeluarkan Budi Santoso mencapai Rp 5 miliar.", "Rp 5 miliar") == "Budi Santoso")
        // "Yang" after a word in lower case and before a capital is a surname.
        #expect(try Probe.subject("Kekayaan bersih pendiri Lenovo, Yang Yuanqing, mencapai 2 miliar dollar AS.", "2 miliar dollar AS") == "Yang Yuanqing")
    }

    @Test("a dateline closed by a dash, even a known place, owns nothing", arguments: [
        ("HONG KONG — The start-up said it spent $5.6 million on training.", "$5.6 million", nil),
        ("HONG KONG — When DeepSeek released R1, the Hangzhou-based start-up said it spent $5.6 million.", "$5.6 million", "DeepSeek"),
        ("JAKARTA - Perusahaan rintisan itu mengumpulkan dana Rp 50 miliar.", "Rp 50 miliar", nil),
        ("Markets were calm. SMIC, China's largest contract chipmaker, said its revenue jumped 28% to $2.25 billion.", "$2.25 billion", "SMIC"),
    ] as [(String, String, String?)])
    func dashedDatelines(_ text: String, _ quote: String, _ expected: String?) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a source cited for a figure is not its owner", arguments: [
        ("Menurut firma riset Canalys, Xiaomi mengirim 40 juta unit, naik 5 persen.", "5 persen", "Xiaomi"),
        ("Mengutip Global Market Insights, pasar robot akan tumbuh menjadi 30 miliar dollar AS.", "30 miliar dollar AS", nil),
        ("According to Canalys Research, shipments rose 5 percent.", "5 percent", nil),
    ] as [(String, String, String?)])
    func sources(_ text: String, _ quote: String, _ expected: String?) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("common nouns and an office's place or portfolio are not part of the name", arguments: [
        ("Kekayaan Warren Buffett naik 12 miliar dollar AS.", "12 miliar dollar AS", "Warren Buffett"),
        ("Kemarin Gubernur Jawa Timur Siti Rahma meresmikan dana bantuan untuk sekolah senilai Rp 20 miliar.", "Rp 20 miliar", "Siti Rahma"),
        ("On Monday, Finance Minister Maria Lopez announced a budget of $40 million.", "$40 million", "Maria Lopez"),
    ])
    func trimmedNames(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a figure in a relative clause belongs to the clause's head", arguments: [
        ("Kekayaan Bill Gates naik 5 miliar dollar AS, sementara pesaingnya, Warren Buffett, yang kekayaannya turun 3 miliar dollar AS, tetap di posisi kelima.",
         "3 miliar dollar AS", "Warren Buffett"),
        ("Bill Gates gained $5 billion, while his rival, Warren Buffett, whose fortune fell $3 billion, stayed fifth.", "$3 billion", "Warren Buffett"),
    ])
    func relativeClauses(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("an agency that reports a statistic does not own it")
    func reportingAgency() throws {
        #expect(try Probe.subject("Badan Pusat Statistik menyebut, biaya pendidikan naik 10 persen per tahun.", "10 persen") == nil)
    }

    @Test("more ways to refer back to the subject", arguments: [
        ("Samsung merilis laporan kuartalan. Perusahaan menjual 60 juta ponsel, naik 6 persen.", "6 persen", "Samsung"),
        ("Sanil Electric merilis laporan tahunan. Laba bersihnya melonjak menjadi 84 miliar won.", "84 miliar won", "Sanil Electric"),
        ("Sanil Electric menargetkan pendapatan besar. Target pendapatan itu naik 34 persen.", "34 persen", "Sanil Electric"),
        ("Sanil Electric merilis laporan tahunan. Perseroan mencatat laba Rp 45 miliar.", "Rp 45 miliar", "Sanil Electric"),
        ("Kantor DJBC Batam menerapkan sistem baru. Hasilnya, pihaknya mendapatkan bea masuk Rp 3 miliar.", "Rp 3 miliar", "Kantor DJBC Batam"),
    ])
    func moreAnaphora(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a figure pointing back to a figure with no owner has none either")
    func figureWithoutOwner() throws {
        let text = "Moonshot AI bernilai 3,3 miliar dollar AS. Belanja AI di China diperkirakan mencapai 38 miliar dollar AS pada 2027. "
            + "Angka itu setara dengan sekitar 9 persen dari belanja AI global."
        #expect(try Probe.subject(text, "sekitar 9 persen") == nil)
        let owned = "Xiaomi mencatat pendapatan Rp 5 triliun. Angka itu naik 10 persen dari tahun lalu."
        #expect(try Probe.subject(owned, "10 persen") == "Xiaomi")
    }

    @Test("titles, apposition and owners of wealth", arguments: [
        ("CEO Nvidia, Jensen Huang, juga mencatat kenaikan kekayaan menjadi 176 miliar dollar AS.", "176 miliar dollar AS", "Jensen Huang"),
        ("Elon Musk adalah orang terkaya. Saham Tesla melonjak pekan lalu. Kenaikan tersebut membuat kekayaannya bertambah 6 miliar dollar AS.", "6 miliar dollar AS", "Elon Musk"),
    ] as [(String, String, String?)])
    func owners(_ text: String, _ quote: String, _ expected: String?) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("no owner where the sentence gives none", arguments: [
        ("Laba Microsoft tertekan kerugian dari investasi OpenAI, yang menyebabkan penurunan laba bersih sebesar 523 juta dollar AS.", "523 juta dollar AS"),
        ("Amerika Serikat menaikkan tarif. Mereka mengungkapkan 13% penjualan ritel global dikuasai online.", "13%"),
        ("Menurut Menteri Keuangan, tambahan bea masuk impornya 10% dari harga barang.", "10%"),
    ])
    func noOwner(_ text: String, _ quote: String) throws {
        let s = try Probe.subject(text, quote)
        #expect(s != "OpenAI" && s != "United States" && s != "Keuangan", "\(text): \(s ?? "nil")")
    }

    @Test("a name after a me- verb is its object; a thing with a demonstrative is the article's topic", arguments: [
        ("Sebanyak 15% perusahaan akan menggunakan Shopify dan 3% sisanya memakai marketplace.", "3%", nil),
        ("Xiaomi merilis ponsel baru. Chipset ini 30 persen lebih cepat dari generasi sebelumnya.", "30 persen", "Xiaomi"),
    ] as [(String, String, String?)])
    func objectsAndThings(_ text: String, _ quote: String, _ expected: String?) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a speaker introducing a figure does not own it")
    func speakerPronoun() throws {
        let text = "Direktur Utama Budi Santoso hadir di Jakarta. Ia menjabarkan, arus kas naik menjadi Rp 68 miliar."
        #expect(try Probe.subject(text, "Rp 68 miliar") != "Budi Santoso")
    }
}
