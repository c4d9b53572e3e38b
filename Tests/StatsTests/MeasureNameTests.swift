import Testing
@testable import Stats

/// Issue 9 §1, sentences written for these tests: a tax, a market index or a ratio named in capitals is what a
/// figure measures, not who owns it.
@Suite("Taxes, indices and ratios own nothing")
struct MeasureNameTests {
    @Test("no subject from the measure's own name", arguments: [
        ("Pemerintah menaikkan tarif PPN jadi 12 persen.", "12 persen", "PPN"),
        ("IHSG meningkat 0,41 persen pada penutupan perdagangan.", "0,41 persen", "IHSG"),
        ("The VAT rate rose to 12 percent.", "12 percent", "VAT"),
    ])
    func measure(_ text: String, _ quote: String, _ name: String) throws {
        #expect(try Probe.subject(text, quote) != name, "\(text)")
    }
}
