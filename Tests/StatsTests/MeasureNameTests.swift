import Testing
@testable import Stats

/// Issue 9 §1, sentences written for these tests: a market index or a ratio named in capitals is what a figure
/// measures, not who owns it. Since round 7 an index owns its own move ("IHSG meningkat 0,41 persen", MarketIndexTests)
/// and nothing else.
@Suite("Indices and ratios own nothing")
struct MeasureNameTests {
    @Test("no subject from the measure's own name", arguments: [
        ("IHSG mencatat nilai transaksi Rp 9 triliun pada penutupan perdagangan.", "Rp 9 triliun", "IHSG"),
        ("Bank itu mencatat ROE sebesar 10,2 persen.", "10,2 persen", "ROE"),
    ])
    func measure(_ text: String, _ quote: String, _ name: String) throws {
        #expect(try Probe.subject(text, quote) != name, "\(text)")
    }

    @Test("a job title opened by 'Head of' is a title, not a company")
    func headOf() throws {
        let text = "Laba itu dibagikan sebagai dividen, kata Head of Investor Relations PT Maju Aditya Santoso. Laba bersih mencapai Rp 2 triliun."
        #expect(try Probe.subject(text, "Rp 2 triliun") != "Head")
    }
}
