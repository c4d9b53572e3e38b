import Testing
@testable import Stats

/// Issue 9, round 8, class "breakdown": after the parts of a total, "angka tersebut" still means the total, so its
/// owner. Sentences written for these tests.
@Suite("A total's breakdown")
struct BreakdownTests {
    @Test("the figure pointed back to after a breakdown is the total", arguments: [
        "Utang luar negeri Indonesia tercatat sebesar 400 miliar dollar AS. Rinciannya terdiri dari utang pemerintah sebesar 200 miliar dollar AS, serta utang swasta sebesar 200 miliar dollar AS. Angka tersebut tumbuh 9,5 persen.",
        "Utang luar negeri Indonesia tercatat sebesar 400 miliar dollar AS. Jumlah itu terdiri atas utang pemerintah 200 miliar dollar AS dan utang swasta 200 miliar dollar AS. Angka tersebut tumbuh 9,5 persen.",
    ])
    func total(_ text: String) throws {
        #expect(try Probe.subject(text, "9,5 persen") == "Indonesia", "\(text)")
    }

    @Test("without a breakdown, an unowned last figure still leaves the pointer unowned")
    func lastFigure() throws {
        let text = "Utang luar negeri Indonesia tercatat sebesar 400 miliar dollar AS. Sementara itu, utang swasta mencapai 200 miliar dollar AS. Angka tersebut tumbuh 9,5 persen."
        #expect(try Probe.subject(text, "9,5 persen") == nil)
    }
}
