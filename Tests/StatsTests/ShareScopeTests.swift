import Testing
@testable import Stats

/// Issue 9, round 3 (class 3): a share of a country's people, firms or payments with the country in the share's
/// own clause, or in the share it is coordinated with, takes the country as scope, not as subject. Sentences
/// written for these tests.
@Suite("A place in the share's clause is scope")
struct ShareScopeTests {
    @Test("the country in the clause, or in the coordinated share before, is the scope", arguments: [
        ("Menurut survei itu, pembayaran digital di Indonesia tumbuh 42,5% tahun lalu.", "42,5%", "Indonesia"),
        ("Sebanyak 61% pekerja di Indonesia memakai AI, sementara 48% belum pernah mencobanya.", "48%", "Indonesia"),
        ("About 61% of workers in Japan use AI, while 48% have never tried it.", "48%", "Japan"),
    ])
    func scoped(_ text: String, _ quote: String, _ place: String) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.scope == place && fact.subject == nil, "\(text): \(fact.scope ?? "none") / \(fact.subject ?? "none")")
    }

    @Test("no scope for two places, a place in another clause, or a share with its own noun", arguments: [
        ("Pekerja di Indonesia dan Jepang, 52 persen di antaranya, memakai AI.", "52 persen"),
        ("Penetrasi internet di Indonesia 79 persen, sementara rata-rata global 60 persen.", "60 persen"),
        ("Harga di Indonesia naik, kata dia, sekitar 5 persen.", "sekitar 5 persen"),
        ("Ponsel itu memakai chip pertama di Indonesia yang diklaim 20 persen lebih hemat daya.", "20 persen"),
    ])
    func unscoped(_ text: String, _ quote: String) throws {
        let fact = try #require(Probe.fact(text, quote), "\(text)")
        #expect(fact.scope == nil, "\(text): \(fact.scope ?? "")")
    }

    @Test("the owner keeps the figure and the place is its scope")
    func ownerAndPlace() throws {
        let fact = try #require(Probe.fact("Pangsa Kakao Mobility di Jepang naik menjadi 18 persen.", "18 persen"))
        #expect(fact.subject == "Kakao Mobility" && fact.scope == "Japan", "\(fact.subject ?? "none") / \(fact.scope ?? "none")")
    }
}
