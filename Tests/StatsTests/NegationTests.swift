import Testing
@testable import Stats

/// Issue 9 §6: words that look like figures but state none. Sentences written for these tests.
@Suite("Negations, hypotheticals and product codes")
struct NegationTests {
    @Test("negation idioms and hypotheticals are no facts", arguments: [
        "Hingga kini belum ada satu negara pun yang melarang model itu.",
        "Tidak satu pun dari 5 perusahaan itu mau berkomentar soal tarif.",
        "Jangan bikin 100 produk jelek, buat satu produk yang bagus.",
        "Not a single country has banned the model so far.",
    ])
    func notFacts(_ text: String) {
        let facts = Probe.facts(text).filter { $0.kind == .count || $0.kind == .percent || $0.kind == .money }
        #expect(facts.isEmpty, "\(text): \(facts.map(\.text))")
    }

    @Test("product codes are no figures", arguments: [
        "Laptop itu memakai kartu grafis GTX 1050 dan RAM 8 GB.",
        "Ponsel itu ditenagai Snapdragon 665 buatan Qualcomm.",
        "The phone runs on a Snapdragon 665 chip from Qualcomm.",
    ])
    func productCodes(_ text: String) {
        let facts = Probe.facts(text).filter { $0.kind != .date }
        #expect(facts.isEmpty, "\(text): \(facts.map(\.text))")
    }
}
