import Testing
@testable import Stats

/// Issue 9, round 6: price and spec lines that name no one take the one product or company the article is about, when
/// the lead names it and the text repeats it, also under a name the lexicon does not know. Sentences written for these tests.
@Suite("Lines under the article's subject")
struct ArticleSubjectTests {
    @Test("a line naming no one takes the product the lead names and the text repeats", arguments: [
        ("Lumina X5 resmi meluncur di Jakarta. Lumina X5 hadir dengan empat kamera belakang.\n\n"
            + "Lumina X5 memakai layar 6,5 inci. Layarnya dikelilingi bezel tipis dengan rasio layar ke bodi 90,6 persen.", "90,6 persen", "Lumina X5"),
        ("Lumina X5 resmi meluncur di Jakarta. Lumina X5 hadir dengan empat kamera belakang.\n\n"
            + "Lumina X5 memakai layar 6,5 inci. Varian tertinggi dijual Rp 4,5 juta.", "Rp 4,5 juta", "Lumina X5"),
        ("The Lumina X5 went on sale in Jakarta on Monday. The Lumina X5 has four rear cameras.\n\n"
            + "The Lumina X5 uses a 6.5-inch screen. The top model sells for $299.", "$299", "Lumina X5"),
    ])
    func lineUnderSubject(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("a rival named since, a person leading, or two products alike: no owner", arguments: [
        // Another company named after the subject, before the line.
        ("Lumina X5 resmi meluncur di Jakarta. Lumina X5 hadir dengan empat kamera belakang.\n\n"
            + "Lumina X5 memakai layar 6,5 inci buatan Samsung. Varian tertinggi dijual Rp 4,5 juta.", "Rp 4,5 juta"),
        ("The Lumina X5 went on sale in Jakarta on Monday. The Lumina X5 has four rear cameras.\n\n"
            + "The Lumina X5 uses a screen made by Samsung. The top model sells for $299.", "$299"),
        // A lead about a person: the repeated name is no product the article is about.
        ("Menteri Budi Santoso menyatakan dirinya tidak bersalah. Budi Santoso memimpin Lumina X5 selama dua tahun.\n\n"
            + "Lumina X5 dan Lumina X5 Pro disebut dalam sidang. Saham Lumina X5 anjlok. Anggaran yang hilang ditaksir Rp 578 miliar.", "Rp 578 miliar"),
        // A lead listing it with other companies: the article is about none of them alone.
        ("Telkomsel, Lumina X5, dan GoPay meluncurkan kartu perdana. Lumina X5 memberi kuota khusus.\n\n"
            + "Kuota Lumina X5 berlaku 30 hari. Lumina X5 juga hadir di toko. Paket terkecil dijual Rp 5.000.", "Rp 5.000"),
        // A name found in the text without a digit is as often a place or a person as a product.
        ("Lumina resmi meluncur di Jakarta. Lumina hadir dengan empat kamera belakang.\n\n"
            + "Lumina memakai layar 6,5 inci. Varian tertinggi dijual Rp 4,5 juta.", "Rp 4,5 juta"),
        // Two products named alike: the article is about neither alone.
        ("Lumina X5 dan Sentosa Z2 resmi meluncur di Jakarta. Lumina X5 dan Sentosa Z2 hadir dengan empat kamera.\n\n"
            + "Lumina X5 dan Sentosa Z2 memakai layar 6,5 inci. Varian tertinggi dijual Rp 4,5 juta.", "Rp 4,5 juta"),
    ])
    func noArticleSubject(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }
}
