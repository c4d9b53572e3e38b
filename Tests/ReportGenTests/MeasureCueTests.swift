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
}
