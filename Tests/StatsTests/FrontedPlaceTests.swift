import Testing
@testable import Stats

/// Issue 9, round 2: a country opening the sentence in a place phrase ("Di Indonesia, …", "In China, …") is
/// the scope of the figures after it, not their owner. Sentences written for these tests.
@Suite("A fronted place is scope")
struct FrontedPlaceTests {
    @Test("shares of a country's firms, workers and people take it as scope", arguments: [
        ("Di Indonesia, 52 persen pekerja kantoran sudah memakai AI generatif.", "52 persen"),
        ("Di Jepang, hampir 30% perusahaan kecil belum punya situs web.", "hampir 30%"),
        ("In Japan, 52 percent of office workers already use generative AI.", "52 percent"),
    ])
    func frontedCountry(_ text: String, _ quote: String) throws {
        let fact = try #require(Probe.fact(text, quote))
        #expect(fact.subject == nil, "\(text)")
        #expect(fact.scope != nil && ["Indonesia", "Japan"].contains(fact.scope!), "\(text): \(fact.scope ?? "none")")
    }

    @Test("the owner keeps the figure; the place is its scope")
    func ownerAndPlace() throws {
        let fact = try #require(Probe.fact("Di Indonesia, Kakao Mobility meraih pendapatan Rp 40 miliar.", "Rp 40 miliar"))
        #expect(fact.subject == "Kakao Mobility" && fact.scope == "Indonesia")
    }

    @Test("a place not opening the sentence in its own phrase sets no scope", arguments: [
        ("Pemerintah di Indonesia, kata dia, menargetkan 40 persen.", "40 persen"),
        ("Di kantor Jakarta, 52 persen pekerja memakai AI.", "52 persen"),
        ("Di Indonesia dan Jepang 52 persen pekerja memakai AI.", "52 persen"),
    ])
    func noFrontedPlace(_ text: String, _ quote: String) throws {
        let fact = try #require(Probe.fact(text, quote))
        #expect(fact.scope == nil, "\(text): \(fact.scope ?? "")")
    }
}
