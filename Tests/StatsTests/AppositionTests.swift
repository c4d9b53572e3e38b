import Testing
@testable import Stats

/// Issue 9 §2, sentences written for these tests: a person set off by commas after a title is the one a later
/// "kekayaannya"/"his" refers to, even when a heading or an earlier sentence named someone else last.
@Suite("A titled person between commas")
struct AppositionTests {
    @Test("the titled person named last owns the personal noun of the next sentence", arguments: [
        ("Judul\n\n## Bernard Arnault dan Jensen Huang\n\nBos LVMH asal Prancis, Bernard Arnault, masuk daftar itu. Kekayaannya naik 23 miliar dollar AS.",
         "23 miliar dollar AS", "Bernard Arnault"),
        ("Judul\n\nJensen Huang hadir di acara itu. Acara itu dibuka oleh CEO Dell Technologies, Michael Dell, pada pagi hari. Kekayaannya mencapai 155 miliar dollar AS.",
         "155 miliar dollar AS", "Michael Dell"),
    ])
    func titled(_ text: String, _ quote: String, _ subject: String) throws {
        #expect(try Probe.subject(text, quote) == subject, "\(text)")
    }
}
