import Testing
@testable import Stats

/// Issue 9, owners inside one sentence: a market's figure is not the brand's named before it.
@Suite("Market figures")
struct MarketFigureTests {
    @Test("a market changing by the figure owns it, not the brand before it", arguments: [
        "Xiaomi mengirim 40 juta unit pada kuartal ini, sementara pasar smartphone global tumbuh 4 persen.",
        "Xiaomi shipped 40 million units this quarter, while the global smartphone market grew 4 percent.",
        "Menurut Canalys, pengiriman Samsung naik 3 persen, dan pasar ponsel dunia turun 4 persen.",
    ])
    func marketChanges(_ text: String) throws {
        let figure = try #require(Probe.facts(text).first { $0.kind == .percent && $0.text == "4 percent" || $0.text == "4 persen" })
        #expect(figure.subject == nil, "\(text)")
    }

    @Test("a brand's standing in the market stays the brand's", arguments: [
        ("Samsung memimpin pasar dengan pangsa 20 persen.", "20 persen"),
        ("Pangsa pasar Samsung naik 2 persen.", "2 persen"),
        ("Samsung's market share rose 6 percent.", "6 percent"),
    ])
    func brandStanding(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == "Samsung", "\(text)")
    }
}
