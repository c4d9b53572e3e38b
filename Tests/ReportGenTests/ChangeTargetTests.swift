import Testing
@testable import ReportKit
@testable import Stats

/// A percent change says what changed: the measure noun a few words before the figure, inside its clause.
struct ChangeTargetTests {
    static func change(_ text: String, in sentence: String, subject: String = "Tesla") -> Fact {
        Fact(kind: .percent, value: .number(3), valueMax: nil, unit: "%", bound: .exact, subject: subject, role: "change",
             noun: nil, text: text, sentence: sentence, start: 0, end: 0)
    }

    @Test("the noun before the figure, in both languages", arguments: [
        ("3 persen", "Saham Tesla miliknya naik 3 persen sepanjang Oktober.", ChangeTarget.shares),
        ("40 persen", "Penjualan ponsel global perusahaan turun 40 persen.", .sales),
        ("400%", "Harganya naik 400% dari tahun lalu.", .price),
        ("1,34 persen", "Kekayaan Musk naik 1,34 persen pekan ini.", .wealth),
        ("17%", "Shares of Tesla fell 17% on Tuesday.", .shares),
        ("12%", "The company said its revenue rose 12% to $3.1 billion.", .revenue),
        ("9%", "Smartphone shipments dropped 9% in the quarter.", .shipments),
    ])
    func target(_ text: String, _ sentence: String, _ expected: ChangeTarget) {
        #expect(ChangeTarget.of(Self.change(text, in: sentence)) == expected)
    }

    @Test("a clause or a comma before the figure ends the search")
    func clauses() {
        let both = "Saham Tesla naik 3 persen, sementara laba Oracle turun 7 persen."
        #expect(ChangeTarget.of(Self.change("7 persen", in: both)) == .profit)
        #expect(ChangeTarget.of(Self.change("7 persen", in: "Penjualan naik, sementara Oracle turun 7 persen.")) == nil)
        #expect(ChangeTarget.of(Self.change("16 persen", in: "Kenaikan saham induk Google, Alphabet, yang melonjak 16 persen.")) == nil)
        // More than six words back is out of reach.
        #expect(ChangeTarget.of(Self.change("7 persen", in: "Saham yang dulu sangat disukai para investor kini turun 7 persen.")) == nil)
    }

    @Test("the bar label names what changed, and stays 'change' when nothing does")
    func labels() {
        let m = Measure(quantity: .percentChange)
        #expect(Labels(.en).figureLabel(Self.change("3 persen", in: "Saham Tesla naik 3 persen."), m) == "Tesla · shares")
        #expect(Labels(.id).figureLabel(Self.change("3 persen", in: "Saham Tesla naik 3 persen."), m) == "Tesla · saham")
        #expect(Labels(.en).figureLabel(Self.change("3 persen", in: "Tesla naik 3 persen."), m) == "Tesla · change")
    }
}
