import Testing
@testable import Stats

/// Issue 9, round 6: "perusahaannya" / "his company" after a person whose title names a company is that company.
/// Sentences written for these tests.
@Suite("The company a person's title names")
struct TitledCompanyTests {
    @Test("'perusahaannya' or 'his company' after a titled person is the company of the title", arguments: [
        ("Pendiri 01.AI, Kai-Fu Lee, mengatakan perusahaannya menargetkan pendapatan 100 juta dollar AS tahun ini.", "100 juta dollar AS", "01.AI"),
        ("CEO Nvidia, Jensen Huang, mengatakan perusahaannya akan membelanjakan 500 miliar dollar AS.", "500 miliar dollar AS", "Nvidia"),
        ("Jensen Huang, CEO Nvidia, mengatakan pendapatan perusahaannya naik 20 persen.", "20 persen", "Nvidia"),
        ("Nvidia chief executive Jensen Huang said his company would spend $500 billion on chips.", "$500 billion", "Nvidia"),
    ])
    func titled(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("no company noun of the person's: the title decides nothing")
    func untitled() throws {
        #expect(try Probe.subject("CEO Nvidia, Jensen Huang, mengatakan Baidu akan membelanjakan 500 miliar dollar AS.", "500 miliar dollar AS") == "Baidu")
    }
}
