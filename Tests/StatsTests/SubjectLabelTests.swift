import Testing
@testable import Stats

/// Issue 9, round 2: a capitalised label is no owner. Funding rounds, segments, offers, documents and job
/// titles are written like names but own no figure. Sentences written for these tests.
@Suite("Labels are not subjects")
struct SubjectLabelTests {
    @Test("a name after a label noun labels a round, segment or tier", arguments: [
        ("Saham seri Serie A-nya bernilai sekitar USD20 juta.", "sekitar USD20 juta"),
        ("Di segmen Logistik, pendapatan naik menjadi Rp 120 miliar.", "Rp 120 miliar"),
        ("Pelanggan paket Keluarga membayar Rp 150 ribu per bulan.", "Rp 150 ribu"),
        ("Subscribers to the tier Creator pay $30 a month.", "$30"),
    ])
    func afterLabelNoun(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }

    @Test("an offer's or a document's name owns no figure", arguments: [
        ("Setiap pembeli mendapat Gold Service selama setahun dan cicilan 0 persen.", "0 persen"),
        ("Laporan Digital Readiness Index 2025 mencatat 58 persen pekerja sudah memakai AI.", "58 persen"),
        ("The Premium Plan costs $20 a month.", "$20"),
        ("The Global Talent Report found that 40 percent of firms use AI.", "40 percent"),
    ])
    func offersAndDocuments(_ text: String, _ quote: String) throws {
        let fact = try #require(Probe.fact(text, quote))
        #expect(fact.subject == nil, "\(text): \(fact.subject ?? "")")
    }

    @Test("a job title with its company, country and holder is no owner; the product named after it is", arguments: [
        ("Marketing Manager Lumen Mobile Indonesia Budi Santoso mengatakan ponsel baru dijual Rp 2,5 juta.", "Rp 2,5 juta", nil),
        ("Product Manager Lumen Mobile Indonesia Sari Dewi menjelaskan bahwa Lumen X5 dibanderol Rp 3,2 juta.", "Rp 3,2 juta", "Lumen X5"),
        ("Brand Manager Lumen Mobile Rina Hart said the Lumen X5 sells for $199.", "$199", "Lumen X5"),
    ])
    func jobTitles(_ text: String, _ quote: String, _ expected: String?) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("names that merely contain such words stay owners", arguments: [
        ("Country Garden membukukan rugi 2 miliar dollar AS tahun lalu.", "2 miliar dollar AS", "Country Garden"),
        ("General Motors sold 2.7 million cars in China, up 4 percent.", "4 percent", "General Motors"),
        ("Lumen Mobile menjual 3 juta unit Lumen X5 senilai Rp 9 triliun.", "Rp 9 triliun", "Lumen Mobile"),
    ])
    func realNamesKept(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }
}
