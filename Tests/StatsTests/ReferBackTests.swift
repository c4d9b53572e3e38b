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
    @Test("a total said before, a capex line and a segment's revenue belong to the company talked about", arguments: [
        ("Kakao Mobility berkomitmen menanam Rp 50 miliar di Bandung. Dari total tersebut, Rp 20 miliar sudah dibelanjakan.", "Rp 20 miliar"),
        ("Kakao Mobility menyiapkan ekspansi armada. Belanja modal sebesar Rp 12 miliar disiapkan untuk tahun depan.", "Rp 12 miliar"),
        ("Kakao Mobility mengandalkan taksi sebagai segmen utama. Pendapatan di segmen ini diperkirakan naik menjadi Rp 45 miliar.", "Rp 45 miliar"),
    ])
    func accountLines(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == "Kakao Mobility", "\(text)")
    }

    @Test("account lines listed with 'masing-masing' or 'respectively' all belong to the company", arguments: [
        ("Kakao Mobility melaporkan kinerja tahunan. Laba operasi dan laba neto masing-masing naik menjadi Rp 70 miliar dan Rp 45 miliar.", ["Rp 70 miliar", "Rp 45 miliar"]),
        ("Kakao Mobility reported its annual results. Operating profit and net profit rose to $7 million and $4 million, respectively.", ["$7 million", "$4 million"]),
    ])
    func respectiveList(_ text: String, _ quotes: [String]) throws {
        for quote in quotes { #expect(try Probe.subject(text, quote) == "Kakao Mobility", "\(text): \(quote)") }
    }

    @Test("an account line of someone else, or two figures that are not one list, are not referred back", arguments: [
        ("Kakao Mobility berbasis di Seoul. Pendapatan pengemudi rata-rata Rp 3 juta per bulan.", "Rp 3 juta"),
        ("Kakao Mobility melaporkan kinerja tahunan. Laba naik menjadi Rp 70 miliar, sementara pasar tumbuh Rp 45 miliar.", "Rp 45 miliar"),
        ("Harga tiket naik. Dari total tersebut, Rp 20 miliar sudah dibelanjakan.", "Rp 20 miliar"),
    ])
    func notReferredBack(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }
}
