import Foundation
import Testing
@testable import Stats

/// Inputs from fuzzing (fuzz/run.sh) and hand-made edge cases: decoding and analysing them must return,
/// and the result must keep the invariants fuzz/FuzzSupport.swift checks.
@Suite struct FuzzRegressionTests {
    /// Decodes like the command does, then analyses; also analyses the raw bytes as given (analyze must not trust its input).
    @discardableResult
    private func survive(_ bytes: [UInt8], _ comment: Comment? = nil, checkFinite: Bool = true) -> ArticleAnalysis? {
        check(Fixture.analyzer.analyze(bytes, id: "fuzz", file: "fuzz.txt"), bytes: bytes, comment, checkFinite: checkFinite)
        guard case .success(let decoded) = ArticleDecoder.decode(bytes) else { return nil }
        #expect(String(validating: decoded.utf8, as: UTF8.self) != nil, "decoder output is valid UTF-8")
        let analysis = Fixture.analyzer.analyze(decoded.utf8, id: "fuzz", file: "fuzz.txt")
        check(analysis, bytes: decoded.utf8, comment, checkFinite: checkFinite)
        return analysis
    }

    @discardableResult
    private func survive(_ text: String, _ comment: Comment? = nil, checkFinite: Bool = true) -> ArticleAnalysis? {
        survive(Array(text.utf8), comment, checkFinite: checkFinite)
    }

    private func check(_ analysis: ArticleAnalysis, bytes: [UInt8], _ comment: Comment?, checkFinite: Bool) {
        #expect(analysis.words >= 0, comment)
        for fact in analysis.facts {
            #expect(0 <= fact.start && fact.start <= fact.end && fact.end <= bytes.count, "\(fact.text) at \(fact.start)..<\(fact.end)")
            guard 0 <= fact.start, fact.start <= fact.end, fact.end <= bytes.count else { continue }
            #expect(String(decoding: bytes[fact.start..<fact.end], as: UTF8.self) == fact.text, comment)
            if checkFinite, let value = fact.value.number { #expect(value.isFinite, "\(fact.text)") }
            if let max = fact.valueMax {
                if checkFinite { #expect(max.isFinite, "\(fact.text)") }
                if let value = fact.value.number { #expect(max >= value, "\(fact.text): \(value)...\(max)") }
            }
        }
    }

    private static let sentences = ["Perusahaan itu memberikan %@ token.", "OpenAI menggalang dana %@ dari investor.", "%@"]

    @Test(arguments: ["$", "Rp.", "Rp", "US$", "1.", "1,", ",", ".", "1.2.", "1,,2", "1..2", "-1", "5-", "-",
                      String(repeating: "9", count: 60), String(repeating: "9", count: 15) + ".5",
                      "setengah setengah lusin", "setengah", "lusin", "setengah lusin lusin", "dua puluh puluh", "ratus ratus ratus",
                      "a", "a dozen", "half a", "twenty-", "juta juta juta", "$5M.", "$.5bn", "Rp 5 M.", "10-", "10–20–30",
                      "dua hingga", "hingga 5", "antara 5 dan", "sekitar", "lebih dari", "5 persen persen %"])
    func quantityAtEdges(_ quantity: String) {
        for sentence in Self.sentences {
            survive(sentence.replacingOccurrences(of: "%@", with: quantity), "\(quantity)")
        }
    }

    @Test func truncatedUTF8AroundNumbers() {
        let cases: [[UInt8]] = [
            Array("Naik 5".utf8) + [0xE2, 0x80] + Array(" persen".utf8),     // "–" cut short before a word
            Array("Rp 1.".utf8) + [0xC3] + Array(" juta".utf8),              // lead byte alone inside a number
            Array("$5".utf8) + [0xE2, 0x82] + Array("5 miliar".utf8),         // half a "€" glued to digits
            Array("Sebanyak 10".utf8) + [0xF0, 0x9F, 0x98],                 // file ends inside an emoji
            [0xE2, 0x80, 0x9C] + Array("5 juta".utf8) + [0xE2, 0x80],        // opening quote, cut closing quote
            Array("dua puluh".utf8) + [0x80, 0x80, 0x80] + Array(" token".utf8),
        ]
        for bytes in cases { survive(bytes, "\(bytes)") }
    }

    @Test func frontMatterWithoutItsClosingLine() {
        survive("---\ntitle: Judul\ndate: 2024-06-27\n\nOpenAI menggalang dana $6,6 miliar.\n")
        survive("---\n")
        survive("---")
        survive("----\ntitle: x\n----\n5 juta token\n")
        survive("---\n" + String(repeating: "key: value\n", count: 2_000) + "5 juta token.")
    }

    @Test func hundredThousandOpeningParentheses() {
        survive(String(repeating: "(", count: 100_000))
        survive("Rp " + String(repeating: "(", count: 100_000) + " 5 juta")
    }

    @Test func threeMegabyteLineWithoutSpaces() {
        let line = String(repeating: "Rp5juta,", count: 3_000_000 / 8)
        let analysis = survive(line)
        #expect(analysis != nil)
    }

    /// Found by fuzz/run.sh: scale words and thousands groups multiplied without a ceiling, so a fact's value
    /// became +inf (written as "inf" into stats.json, which is then not JSON). Fixed: NumberGrammar.largest.
    @Test func hugeQuantitiesStayFinite() {
        let inputs = [
            "5 tn tn tn tn tn tn tn tn tn tn tn tn tn tn tn tn tn tn tn tn tn tn tn tn tn tn token",  // minimised: 85 bytes
            "Perusahaan itu memberikan 1" + String(repeating: ".000", count: 103) + " token.",
            "OpenAI menggalang dana US$ 9" + String(repeating: ".999", count: 110) + " dari investor.",
        ]
        for input in inputs {
            let facts = Fixture.analyze(input).facts
            #expect(facts.allSatisfy { $0.value.number?.isFinite ?? true }, "\(facts.map(\.value))")
        }
        for input in inputs { survive(input, checkFinite: false) }  // the other invariants hold
    }

    /// Found with the fuzz harness: one 20 KB sentence holding 2,000 numbers (a table flattened to one line).
    /// Attribution.subject splits the whole sentence into clauses again for every fact, and every fact copies
    /// the whole sentence as its citation: time and memory (and stats.json) grow with facts × sentence length.
    /// The 200 KB version took 50 s and over 2 GB under the fuzzer. Fixed: clauses are computed once per
    /// sentence, and a run-on sentence is cited as a window around each figure (speed is in the benchmarks).
    @Test func oneHugeSentenceWithManyNumbers() {
        let text = "OpenAI " + String(repeating: "5 persen, ", count: 2_000)
        let facts = survive(text)?.facts ?? []
        #expect(facts.count == 2_000)
        #expect(facts.reduce(0) { $0 + $1.sentence.utf8.count } <= 100 * text.utf8.count, "cited sentence bytes")
    }

    /// Issue 13 F2: one line of 20,000 figures with no full stop ('$5,5 juta ' repeated, 200 KB). Every figure
    /// scanned its sentence from the start (anaphora, coordinated parts, actors), so the line took minutes and
    /// 10 MB never finished. Fixed: Sentences cuts a sentence at `Sentences.maxTokens`, which bounds each scan.
    /// Since issue 13's figure limit, only the first `ArticleAnalyzer.figureLimit` figures are read; the rest are counted.
    @Test func twentyThousandFiguresOnOneLine() {
        let text = String(repeating: "$5,5 juta ", count: 20_000)
        let analysis = survive(text)
        #expect(analysis?.facts.count == ArticleAnalyzer.figureLimit)
        #expect((analysis?.facts.count ?? 0) + (analysis?.figuresNotKept ?? 0) > 19_000, "a cut may split a figure, no more")
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { text in
            let tokens = Tokenizer.tokenize(text)
            let sentences = Sentences.split(text, tokens, 0..<tokens.count)
            #expect(sentences.allSatisfy { $0.count <= Sentences.maxTokens })
            #expect(sentences.first?.lowerBound == 0 && sentences.last?.upperBound == tokens.count)
            #expect(zip(sentences, sentences.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }, "pieces cover the line")
        }
        survive("DeepSeek " + String(repeating: ", ", count: 125_000) + "$5 juta")
        survive(String(repeating: "(", count: 250_000) + " $5 juta " + String(repeating: ")", count: 250_000))
    }

    /// Issue 13 F2: a file with more figures than any article (a table, a data dump) keeps the first
    /// `figureLimit`, in text order, and counts the rest; the warning names the file and both numbers.
    @Test func figuresPastTheLimitAreCountedNotKept() throws {
        let limit = ArticleAnalyzer.figureLimit
        let dense = Fixture.analyzer.analyze(Array(String(repeating: "$5,5 juta ", count: limit * 3).utf8), id: "dump", file: "in/dump.txt")
        #expect(dense.facts.count == limit)
        #expect(dense.facts.map(\.start) == dense.facts.map(\.start).sorted(), "the first figures, in order")
        #expect(dense.facts.last.map { $0.end < limit * 11 } == true, "nothing past the limit is read")
        let all = dense.facts.count + dense.figuresNotKept
        #expect(all > limit * 3 - 100 && all <= limit * 3, "\(all)")
        let warning = try #require(dense.figureLimitWarning)
        #expect(warning.hasPrefix("in/dump.txt: ") && warning.contains("kept the first 2,000") && warning.contains("table or a data dump"), "\(warning)")

        // Below the limit nothing is left out and nothing is said.
        let sparse = Fixture.analyzer.analyze(Array(String(repeating: "$5,5 juta ", count: limit - 100).utf8), id: "list", file: "list.txt")
        #expect(sparse.figuresNotKept == 0 && sparse.figureLimitWarning == nil)
        #expect(sparse.facts.count > limit - 150)
    }

    @Test func nulInTheMiddle() {
        let bytes = Array("OpenAI menggalang dana $6,6 miliar.".utf8) + [0] + Array(" Sebanyak 5 juta token.".utf8)
        #expect(ArticleDecoder.decode(bytes) == .failure(.binary))
        survive(bytes)  // analyze itself must cope with a NUL byte
    }
}

