import Foundation
import Testing
@testable import Stats

/// The shortcuts the extractor takes for speed must answer as the plain code does: lower case eight bytes at a time,
/// every token's key in one loop, found names kept as bytes, and the sentences after the last figure left unread.
@Suite struct SpeedPathTests {
    @Test func lowerCaseEightBytesAtATimeMatchesTheByteLoop() {
        // Every length from 0 to 19 (whole words and tails), with the bytes around "A"–"Z" and UTF-8 in them.
        let sample = Array("@AZ[`az{ ÉKONOMI Ünïcode KOMPAS.com 2024 ZzYy".utf8)
        for length in 0..<20 {
            for offset in 0..<(sample.count - length) {
                var fast = Array(sample[offset..<(offset + length)])
                fast.withUnsafeMutableBufferPointer { ByteClass.lowercaseASCII($0) }
                let plain = sample[offset..<(offset + length)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                #expect(fast == plain, "length \(length) at \(offset)")
            }
        }
    }

    @Test func everyTokensKeyIsItsWordsKey() {
        let text = Array("Nvidia, NVIDIA dan nvidia: perusahaan-perusahaan Düsseldorf US$5 Rp79.244 kecerdasanbuatan2024 “AI” a".utf8)
        text.withUnsafeBufferPointer { p in
            let tokens = Tokenizer.tokenize(p)
            #expect(WordKey.keys(of: tokens, in: p) == tokens.map { Vocabulary.key(p, $0) })
            #expect(WordKey.keys(of: [], in: p).isEmpty)
        }
    }

    @Test func aFoundNameIsReadBackAsWrittenAndComparedWhole() {
        let text = Array("Kakao Mobility dan Kakao".utf8)
        text.withUnsafeBufferPointer { p in
            var names = SubjectNames(known: ["China"], text: p)
            names.append(0..<14)
            names.append(19..<24)
            #expect(names.count == 3)
            #expect(names[0] == "China" && names[1] == "Kakao Mobility" && names[2] == "Kakao")
            let kakao = UnsafeBufferPointer(rebasing: p[0..<5])
            #expect(names.isWritten(2, as: kakao))
            #expect(!names.isWritten(1, as: kakao))  // a prefix of the name is not the name
            #expect(Array("China".utf8).withUnsafeBufferPointer { names.isWritten(0, as: $0) })
        }
    }

    @Test func theLastFigureIsReadAndTheSentencesAfterItChangeNoFact() {
        let figures = "Pendapatan Alibaba naik 12 persen. Laba bersih Alibaba mencapai Rp 5 triliun pada Januari 2025."
        let after = figures + " Alibaba juga membuka kantor baru. Perusahaan tersebut dipimpin Eddie Wu."
        let read = Fixture.analyze(figures).facts, readWithTail = Fixture.analyze(after).facts
        #expect(read.contains { $0.kind == .money })     // in the last sentence with a figure
        #expect(read.contains { $0.kind == .date })      // a month opens the last figure
        #expect(readWithTail.map(\.text) == read.map(\.text))
        #expect(readWithTail.map(\.subject) == read.map(\.subject))
    }
}
