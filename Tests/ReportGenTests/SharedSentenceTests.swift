import Foundation
import Stats
import Testing
@testable import ReportKit

/// Facts of one sentence share its string (memory, issue 10 item 4), and no byte of any output changes for it.
@Suite("shared sentences")
struct SharedSentenceTests {
    func fact(_ sentence: String, _ text: String) -> Fact {
        Fact(kind: .count, value: .number(1), valueMax: nil, unit: nil, bound: .exact, subject: nil, role: nil, noun: nil,
             text: text, sentence: sentence, start: 0, end: text.utf8.count)
    }

    func analysis(_ facts: [Fact]) -> ArticleAnalysis {
        ArticleAnalysis(id: "a", file: "a.txt", metadata: ArticleMetadata(), words: 9, lead: "", mentions: [:], facts: facts,
                        unknownNames: [:], dropped: [:])
    }

    /// Whether two strings hold one buffer (not merely equal bytes).
    func sameStorage(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.baseAddress == y.baseAddress } }
    }

    // Longer than 15 bytes, so each is a heap string of its own (shorter ones are stored inline).
    let first = String(decoding: Array("Baidu memberi 50 juta token dan Zhipu 150 juta token.".utf8), as: UTF8.self)
    let again = String(decoding: Array("Baidu memberi 50 juta token dan Zhipu 150 juta token.".utf8), as: UTF8.self)

    @Test func repeatedSentenceIsOneString() {
        #expect(!sameStorage(first, again))
        var a = analysis([fact(first, "50 juta"), fact(again, "150 juta"), fact("Lain kalimat, lain angka: 79 model.", "79")])
        a.shareSentences()
        #expect(sameStorage(a.facts[0].sentence, a.facts[1].sentence))
        #expect(a.facts.map(\.sentence) == [first, first, "Lain kalimat, lain angka: 79 model."])
        #expect(a.facts.map(\.text) == ["50 juta", "150 juta", "79"])
    }

    /// "é" written as one code point and as "e" with a combining accent are equal Strings to Swift, but different
    /// bytes: each keeps its own, since offsets and outputs are bytes.
    @Test func canonicallyEqualSentencesKeepTheirBytes() {
        let composed = "Dana riset \u{E9}lite naik 40 persen tahun ini.", decomposed = "Dana riset e\u{301}lite naik 40 persen tahun ini."
        #expect(composed == decomposed)
        var a = analysis([fact(composed, "40 persen"), fact(decomposed, "40 persen")])
        a.shareSentences()
        #expect(Array(a.facts[0].sentence.utf8) == Array(composed.utf8))
        #expect(Array(a.facts[1].sentence.utf8) == Array(decomposed.utf8))
    }

    /// The cache shares them as it decodes, and reads back the same analysis.
    @Test func cacheRoundTripSharesAndKeepsTheAnalysis() throws {
        let original = analysis([fact(first, "50 juta"), fact(again, "150 juta")])
        var w = BinaryWriter()
        original.write(to: &w)
        let bytes = w.drain()
        let decoded = try bytes.withUnsafeBufferPointer { buffer in
            var r = BinaryReader(buffer)
            return try ArticleAnalysis.read(from: &r)
        }
        #expect(decoded == original)
        #expect(sameStorage(decoded.facts[0].sentence, decoded.facts[1].sentence))
    }
}
