import Testing
@testable import Stats

/// "Jumlah model AI … mencapai 188", "The number of AI models … reached 188, compared with just 79": a count of
/// AI models said through "the number of", with no model word after the number.
@Suite("Counts of AI models said through 'the number of'")
struct NumberOfModelsTests {
    static func models(_ text: String) -> [Double] {
        Probe.facts(text).filter { $0.kind == .modelCount }.compactMap(\.value.number)
    }

    @Test("the number the phrase reaches, and the one it is compared with", arguments: [
        "Jumlah model AI generatif yang terdaftar di China mencapai 188 pada akhir Oktober, dibandingkan dengan hanya 79 setahun sebelumnya.",
        "The number of generative AI models registered in China reached 188 by the end of October, compared with just 79 a year earlier.",
    ])
    func reachedAndCompared(_ text: String) {
        #expect(Self.models(text) == [188, 79])
    }

    @Test("other nouns, other models, years and numbers not reached by the phrase stay without a count", arguments: [
        "Jumlah penduduk kota itu mencapai 270 pada tahun lalu.",
        "The number of users reached 300 in October.",
        "Jumlah model bisnis baru mencapai 12 tahun ini.",
        "The number of AI models registered in China rose in 2024.",
        "The number of AI models grew, and 188 companies applied.",
    ])
    func notCounts(_ text: String) {
        #expect(Self.models(text).isEmpty, "\(text)")
    }

    @Test("a model family or 'open source' between or after: counts of AI models, not of phones", arguments: [
        ("Alibaba has released over 200 open-source Qwen models so far.", [200.0]),
        ("Alibaba telah merilis lebih dari 200 model Qwen sumber terbuka sejauh ini.", [200.0]),
        ("Meta has published more than 30 open-source models this year.", [30.0]),
        ("Apple sold 3 iPhone models in the shop last year.", []),
        ("Toko itu menjual 3 model iPhone tahun lalu.", []),
        ("Startup AI itu kini punya 200 model", [200.0]),  // the model word closes the text: nothing read past it
    ])
    func familyAndOpenSource(_ text: String, _ counts: [Double]) {
        #expect(Self.models(text) == counts, "\(text)")
    }

    @Test("'large-scale AI models' and 'a hundred models' are counts of AI models")
    func largeScale() {
        #expect(Self.models("China has developed at least 79 large-scale AI models with more than 1 billion parameters each.") == [79])
        #expect(Self.models("The so-called war of a hundred models has begun among Chinese AI firms.") == [100])
    }
}
