import Testing
@testable import Stats

/// Issue 9, round 5 (class 1): price and spec lines that name no one, under a lead that names the company the
/// article is about. Sentences written for these tests.
@Suite("Lines under the lead's company")
struct LeadCompanyTests {
    @Test("a line naming no one, with no other company named since the lead, is the lead company's", arguments: [
        ("Xiaomi meluncurkan ponsel lipat baru di Jakarta. Ponsel Xiaomi ini tersedia dalam tiga warna.\n\nVarian tertinggi dijual Rp 25 juta.", "Rp 25 juta", "Xiaomi"),
        ("Xiaomi meluncurkan ponsel lipat baru di Jakarta. Ponsel Xiaomi ini tersedia dalam tiga warna.\n\nBaterainya diklaim 20 persen lebih awet.", "20 persen", "Xiaomi"),
        ("Xiaomi launched a new foldable phone in Jakarta on Monday. The Xiaomi phone comes in three colours.\n\nThe top model sells for $1,500.", "$1,500", "Xiaomi"),
    ])
    func lineUnderLead(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("another company named since, a name in the line, a market's figure or no company in the lead: no owner", arguments: [
        // Another company named between the lead and the line.
        ("Xiaomi meluncurkan ponsel lipat baru di Jakarta. Ponsel Xiaomi ini memakai chip buatan Qualcomm.\n\nVarian tertinggi dijual Rp 25 juta.", "Rp 25 juta"),
        // A name guessed from capitals ("Kakao Mobility") is not safe to chain to.
        ("Kakao Mobility meluncurkan layanan taksi listrik di Seoul. Layanan Kakao Mobility tersedia di tiga kota.\n\nUntuk satu perjalanan, penumpang membayar Rp 25 ribu.", "Rp 25 ribu"),
        // A lead listing several companies is about none of them alone.
        ("Samsung, Xiaomi dan Apple meluncurkan ponsel lipat. Ponsel Xiaomi paling tipis.\n\nVarian tertinggi dijual Rp 25 juta.", "Rp 25 juta"),
        // The line names a place: the sentence says whose figure it is, or that it is no one's.
        ("Xiaomi meluncurkan ponsel lipat baru di Jakarta. Ponsel Xiaomi ini tersedia dalam tiga warna.\n\nDi Jepang, ponsel lipat rata-rata dijual Rp 30 juta.", "Rp 30 juta"),
        // A market's figure.
        ("Xiaomi meluncurkan ponsel lipat baru di Jakarta. Ponsel Xiaomi ini tersedia dalam tiga warna.\n\nPasar ponsel lipat bernilai Rp 50 triliun.", "Rp 50 triliun"),
        ("Xiaomi launched a new foldable phone in Jakarta. The Xiaomi phone comes in three colours.\n\nThe foldable market is worth $30 billion.", "$30 billion"),
        // A survey's shares of people.
        ("Xiaomi meluncurkan ponsel lipat baru di Jakarta. Ponsel Xiaomi ini tersedia dalam tiga warna.\n\nSekitar 40 persen konsumen ingin ponsel lipat.", "Sekitar 40 persen"),
        // The lead names no company: the article is not about one.
        ("Ponsel lipat makin banyak di pasar. Harganya turun.\n\nXiaomi sudah punya dua model. Varian tertinggi dijual Rp 25 juta.", "Rp 25 juta"),
    ])
    func noLeadCompany(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }
}
