import Testing
@testable import Stats

/// Issue 9, round 7: what a noun for a person owns, in a phrase pointing back, is the person talked about's. Sentences
/// written for these tests.
@Suite("Persons referred to by a noun")
struct ReferredPersonTests {
    @Test("a phrase for a person pointing back owns the person's figure", arguments: [
        ("Konglomerat teknologi Elon Musk masih menjadi orang terkaya dunia. Kekayaan bos Tesla, SpaceX, dan xAI itu menyentuh 504 miliar dollar AS.",
         "504 miliar dollar AS", "Elon Musk"),
        ("Jensen Huang memimpin Nvidia sejak 1993. Harta sang miliarder tersebut naik 5 miliar dollar AS.", "5 miliar dollar AS", "Jensen Huang"),
        ("Elon Musk became the richest person in the world on Monday. The billionaire's fortune rose to $504 billion.",
         "$504 billion", "Elon Musk"),
    ])
    func referredPerson(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("persons in general point back to no one", arguments: [
        ("Elon Musk masih menjadi orang terkaya dunia. Kekayaan para miliarder dunia naik 10 persen tahun ini.", "10 persen"),
        ("Elon Musk remains the richest person in the world. Billionaires' fortunes rose 10 percent this year.", "10 percent"),
    ])
    func noPerson(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }
}
