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

/// Issue 9 §3, sentences written for these tests: who reports a figure about someone named next does not own it.
@Suite("A reporter names the owner")
struct ReporterTests {
    @Test("the name after a verb of reporting, when it acts, owns the figure", arguments: [
        ("Canalys mencatat Huawei telah mengirimkan 21 juta tablet tahun ini.", "21 juta tablet", "Huawei"),
        ("Counterpoint melaporkan bahwa Xiaomi menjual 12 juta ponsel pada kuartal itu.", "12 juta ponsel", "Xiaomi"),
        ("Counterpoint reported Xiaomi shipped 12 million phones in the quarter.", "12 million phones", "Xiaomi"),
    ])
    func reported(_ text: String, _ quote: String, _ subject: String) throws {
        #expect(try Probe.subject(text, quote) == subject, "\(text)")
    }

    @Test("a titled speaker set off by commas owns nothing of what is said")
    func apposedSpeaker() throws {
        let text = "Pendiri 01.AI, Kai-Fu Lee, mengatakan perusahaannya mencapai valuasi 1 miliar dollar AS."
        #expect(try Probe.subject(text, "1 miliar dollar AS") != "Kai-Fu Lee")
    }

    @Test("a recorded figure stays the recorder's", arguments: [
        ("Carsurin mencatat laba bersih Rp 20 miliar pada 2024.", "Rp 20 miliar", "Carsurin"),
    ])
    func recorded(_ text: String, _ quote: String, _ subject: String) throws {
        #expect(try Probe.subject(text, quote) == subject, "\(text)")
    }
}
