import Testing
import Stats
@testable import ReportKit

/// The cover's headline figures: the article's words when they are only the figure, never a sentence fragment.
struct CoverValueTests {
    func money(_ text: String, _ value: Double, unit: String, bound: Bound = .exact) -> Fact {
        Fact(kind: .money, value: .number(value), valueMax: nil, unit: unit, bound: bound, subject: "Nvidia", role: "market value",
             noun: nil, text: text, sentence: "Nilai pasar Nvidia \(text).", start: 0, end: 1)
    }

    @Test func figuresAsWrittenAreKept() {
        for (text, value, unit) in [("US$5,5 juta", 5.5e6, "USD"), ("1 miliar dollar AS", 1e9, "USD"), ("USD1 miliar", 1e9, "USD"),
                                    ("Rp 5 triliun", 5e12, "IDR"), ("2.095 euro", 2095, "EUR")] {
            #expect(ReportDocument.coverValue(money(text, value, unit: unit), labels: Labels(.en)) == text)
        }
    }

    @Test func wordsAroundTheFigureGiveWayToTheValue() {
        let fact = money("menembus 4 triliun dollar AS", 4e12, unit: "USD", bound: .moreThan)
        #expect(ReportDocument.coverValue(fact, labels: Labels(.en)) == FactFormatting(labels: Labels(.en)).value(fact))
        #expect(!ReportDocument.coverValue(fact, labels: Labels(.id)).contains("menembus"))
        #expect(ReportDocument.coverValue(fact, labels: Labels(.en)) == "> USD 4T", "the bound before the currency")
    }
}
