import Testing
@testable import ReportKit
@testable import Stats

/// A percent without a role from the extractor is measured by the words around it: the four before and the two after.
struct MeasureCueTests {
    static func percent(_ text: String, in sentence: String) -> Fact {
        Fact(kind: .percent, value: .number(17), valueMax: nil, unit: nil, bound: .exact, subject: "Nvidia", role: nil,
             noun: nil, text: text, sentence: sentence, start: 0, end: 0)
    }

    @Test func cueWordsAreTheFourBeforeAndTheTwoAfter() {
        #expect(Measure.of(Self.percent("17%", in: "Saham Nvidia turun 17% pekan ini."))?.quantity == .percentChange)
        #expect(Measure.sign(Self.percent("17%", in: "Saham Nvidia TURUN 17% pekan ini.")) == -1)
        #expect(Measure.of(Self.percent("17%", in: "Nvidia menguasai 17% pasar chip."))?.quantity == .percentShare)
        #expect(Measure.of(Self.percent("17%", in: "Toko memberi 17% diskon."))?.quantity == .percentRate)
        // Five words away before, three after: out of reach.
        #expect(Measure.of(Self.percent("17%", in: "Turun, kata dia kemarin pagi, 17% itu angka lama sekali naik.")) == nil)
        #expect(Measure.sign(Self.percent("17%", in: "Angka 17% naik.")) == 1)
        // Numbers and punctuation separate words but are not words.
        #expect(Measure.of(Self.percent("17%", in: "pangsa-2024: 17%"))?.quantity == .percentShare)
        #expect(Measure.of(Self.percent("17%", in: "Tidak ada angka lain.")) == nil)
    }

    /// The words read from ASCII bytes are the words read by `Character`; a sentence with other letters near the figure
    /// is read by `Character`.
    @Test func asciiCueWordsAreTheCharacterOnes() throws {
        let sentences = [
            ("17%", "Saham Nvidia TURUN 17% pekan ini."), ("17%", "17% di awal"), ("17%", "akhir 17%"), ("17%", "a b c d e f 17% g h i"),
            ("17%", "pangsa-2024: 17%"), ("17%", "Kata dia,\r\nnaik 17%,\tkemarin;pagi itu"), ("USD 5", "Biaya USD 5 juta."),
            ("17%", "x17%y"), ("17%", "Zhipu's share: 17%!"), ("17%", "   17%   "), ("17%", "ABC def GHI jkl MNO 17% PQR stu VWX"),
        ]
        for (text, sentence) in sentences {
            let r = try #require(CueWords.firstByteRange(of: text, in: sentence))
            let ascii = try #require(CueWords.asciiWords(around: r, in: sentence), "\(sentence)")
            #expect(ascii == CueWords.characterWords(around: r, in: sentence), "\(sentence)")
        }
        for (text, sentence) in [("17%", "Penjualan merosot\u{301} 17%"), ("17%", "Ekonomi Tiongkok – naik 17%"), ("17%", "naik 17% é"),
                                 ("17%", "Café naik 17% tahun ini")] {
            let r = try #require(CueWords.firstByteRange(of: text, in: sentence))
            #expect(CueWords.asciiWords(around: r, in: sentence) == nil, "\(sentence)")
        }
        // Far from the figure, other letters do not matter.
        let far = "Café, kata dia kemarin pagi, naik 17% itu angka lama é"
        let r = try #require(CueWords.firstByteRange(of: "17%", in: far))
        #expect(CueWords.asciiWords(around: r, in: far) == ["naik", "pagi", "kemarin", "dia", "itu", "angka"])
        #expect(CueWords.characterWords(around: r, in: far) == ["naik", "pagi", "kemarin", "dia", "itu", "angka"])
    }

    /// Measures sort in the order their quantities are declared: a quantity's rank is its place in `allCases`.
    @Test func quantityRanksFollowTheDeclaredOrder() {
        #expect(Measure.Quantity.allCases.map(\.rank) == Array(0..<Measure.Quantity.allCases.count))
        #expect(Measure(quantity: .valuation, currency: "USD") < Measure(quantity: .marketValue, currency: "EUR"))
        #expect(Measure(quantity: .cost, currency: "EUR") < Measure(quantity: .cost, currency: "USD"))
        #expect(!(Measure(quantity: .percentRate) < Measure(quantity: .freeTokens)))
    }
}
