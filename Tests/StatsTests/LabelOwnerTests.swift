import Testing
@testable import Stats

/// Issue 9, owners inside one sentence: labels, titles and criteria own no figure.
@Suite("Labels and criteria are no owners")
struct LabelOwnerTests {
    @Test("the tail of a titled phrase is no name", arguments: [
        ("Laba per saham (Earnings per Share/EPS) turun 0,41 dollar AS.", "0,41 dollar AS"),
        ("Quarterly profit per share (Earnings per Share) fell $0.41.", "$0.41"),
        ("Dengan Internet of Things, pertanian bisa bertambah USD7 miliar.", "USD7 miliar"),
        ("With the Internet of Things, farming could gain $7 billion.", "$7 billion"),
        ("Berdasarkan State of the Halal Economy 2024, belanja fesyen halal dunia mencapai USD270 miliar.", "USD270 miliar"),
        ("Based on State of the Halal Economy 2024, world spending on halal fashion reached $270 billion.", "$270 billion"),
    ])
    func titledPhrases(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }

    @Test("a name glued to a report noun labels the report", arguments: [
        ("Berdasarkan laporanState of Retail Report 2025, 93 persen konsumen masih belanja di toko.", "93 persen"),
        ("Per the reportState of Retail Report 2025, 93 percent of shoppers still visit stores.", "93 percent"),
    ])
    func gluedReports(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }

    @Test("a job title with its company names the company, not a title", arguments: [
        ("Chief Operation Officer PT Maju Motor Indonesia, Davy Tan, menyebut harga mobil itu di bawah Rp 200 juta.", "di bawah Rp 200 juta", "PT Maju Motor"),
    ])
    func titlesWithCompanies(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a ranking's entry criterion is no one's figure", arguments: [
        ("Daftar ini memuat perusahaan China dengan kapitalisasi pasar minimal USD 250 juta.", "minimal USD 250 juta"),
        ("The list includes Chinese companies with a market value of at least $250 million.", "at least $250 million"),
    ])
    func criteria(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }

    @Test("a company's own figure after 'perusahaan dengan' stays its own")
    func ownFigureAfterDengan() throws {
        #expect(try Probe.subject("Samsung adalah perusahaan dengan pendapatan terbesar, yakni 200 miliar dollar AS.", "200 miliar dollar AS") == "Samsung")
    }
}
