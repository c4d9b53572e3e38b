import Testing
@testable import Stats

/// Issue 9, round 7: "perusahaan" speaking of many companies does not refer back to the one talked about. Sentences
/// written for these tests.
@Suite("Many companies, not the one talked about")
struct ManyCompaniesTests {
    @Test("companies described by a relative clause or counted by a share own nothing", arguments: [
        ("Amazon memimpin pasar ritel daring. Perusahaan yang dinilai harus memiliki pendapatan tahunan sedikitnya USD50 juta.",
         "sedikitnya USD50 juta"),
        ("Amazon memimpin pasar ritel daring. Sebanyak 15% perusahaan tersebut akan memakai Pureplay dan 3% sisanya memakai marketplace.",
         "3%"),
        ("Amazon leads online retail. Companies that were ranked had annual revenue of at least $50 million.", "at least $50 million"),
    ])
    func manyCompanies(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }

    @Test("a relative clause closed by a demonstrative still points back", arguments: [
        ("Amazon memimpin pasar ritel daring. Perusahaan yang berdiri sejak 1994 itu membukukan pendapatan Rp 5 triliun.",
         "Rp 5 triliun", "Amazon"),
    ])
    func referringPhrase(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }
}
