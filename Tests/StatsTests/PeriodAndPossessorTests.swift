import Testing
@testable import Stats

/// Issue 9, small faults seen on charts: half of a period is a time, not a share; a name apposed to what a
/// possessor owns acts, not the possessor. Sentences written for these tests.
@Suite("Periods and possessors")
struct PeriodAndPossessorTests {
    @Test("part of a period is no share", arguments: [
        "The label's First Half of 2016 chart put the song first.",
        "Setengah dari tahun 2016 dihabiskan untuk riset.",
        "Half of the year passed before the launch.",
    ])
    func periods(_ text: String) {
        #expect(!Probe.facts(text).contains { $0.kind == .percent }, "\(text)")
    }

    @Test("a fraction of a group is still a share", arguments: [
        ("Half of Chinese firms use open models.", "Half of"),
        ("Setengah dari perusahaan China memakai model terbuka.", "Setengah dari"),
    ])
    func shares(_ text: String, _ quote: String) throws {
        #expect(try #require(Probe.fact(text, quote)).value == .number(50))
    }

    @Test("the name apposed to what a possessor owns acts", arguments: [
        ("Liang Wenfeng's hedge fund High-Flyer manages $8 billion in assets.", "$8 billion", "High-Flyer"),
        ("DeepSeek's parent company High-Flyer invested $140 million in chips.", "$140 million", "High-Flyer"),
        ("DeepSeek's revenue reached $200 million.", "$200 million", "DeepSeek"),
    ])
    func possessors(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }
}
