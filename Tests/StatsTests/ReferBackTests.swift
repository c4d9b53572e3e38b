import Testing
@testable import Stats

/// Issue 9, round 2: figures whose owner was named in an earlier sentence and is referred back to by a
/// company noun after an opening conjunction, or by the company's owned noun right after the figure.
/// Sentences written for these tests.
@Suite("Owners named before")
struct ReferBackTests {
    @Test("a company noun after an opening conjunction is the company talked about", arguments: [
        ("Kakao Mobility meluncurkan layanan baru. Namun perusahaan menetapkan tarif Rp 25 ribu per perjalanan.", "Rp 25 ribu"),
        ("Kakao Mobility launched a new service. But the company set the fare at $4 per ride.", "$4"),
    ])
    func companyNounAfterConjunction(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == "Kakao Mobility", "\(text)")
    }

    @Test("the company's owned noun right after the figure refers back", arguments: [
        ("Kakao Mobility berbasis di Seoul. Sekitar 45 persen pendapatan perusahaan berasal dari Jepang.", "Sekitar 45 persen"),
        ("Kakao Mobility is based in Seoul. About 45 percent of the company's revenue comes from Japan.", "About 45 percent"),
        ("Kakao Mobility is based in Seoul. About 45 percent of its revenue comes from Japan.", "About 45 percent"),
    ])
    func ownedNounAfterFigure(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == "Kakao Mobility", "\(text)")
    }

    @Test("without a company talked about, or with another noun, nothing is referred back", arguments: [
        ("Pasar ponsel tumbuh. Sekitar 45 persen pendapatan perusahaan di sektor ini berasal dari ekspor.", "Sekitar 45 persen"),
        ("Kakao Mobility berbasis di Seoul. Sekitar 45 persen pendapatan pengemudi berasal dari tip.", "Sekitar 45 persen"),
        ("Kakao Mobility is based in Seoul. About 45 percent of the drivers' income comes from tips.", "About 45 percent"),
        ("Harga naik. Namun perusahaan rintisan membayar Rp 25 ribu per perjalanan.", "Rp 25 ribu"),
    ])
    func nothingToReferTo(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }
}
