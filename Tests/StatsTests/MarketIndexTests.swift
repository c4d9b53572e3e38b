import Testing
@testable import Stats

/// Issue 9, round 7: a stock market index owns its own move, as written, and nothing else. Sentences written for these tests.
@Suite("Market indices")
struct MarketIndexTests {
    @Test("an index owns the percentage it moved by", arguments: [
        ("Pasar terguncang, dengan indeks Dow Jones turun 0,84 persen dan S&P 500 anjlok 1,12 persen.", "1,12 persen", "S&P 500"),
        ("Pasar terguncang, dengan indeks Dow Jones turun 0,84 persen dan S&P 500 anjlok 1,12 persen.", "0,84 persen", "Dow Jones"),
        ("IHSG sore ini ditutup melemah 32,16 poin atau 0,51% ke level 6.244,20.", "0,51%", "IHSG"),
        ("Indeks LQ45 naik 5,92 poin atau 0,6% menjadi 991,84.", "0,6%", "LQ45"),
        ("Di Jepang, indeks Nikkei 225 di Jepang menguat 0,16% pada penutupan.", "0,16%", "Nikkei 225"),
        ("The Nasdaq Composite rose 120 points, or 1.2%, to 8,200 on Friday.", "1.2%", "Nasdaq Composite"),
        ("On Wall Street the Dow Jones Industrial Average fell 0.8% in late trading.", "0.8%", "Dow Jones Industrial Average"),
    ])
    func ownMove(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("an index owns no figure near it and none of a later sentence", arguments: [
        // Another market in the same list has its own move.
        ("Indeks Kospi naik 0,45% sementara indeks berkapitalisasi kecil Kosdaq naik 0,59%.", "0,45%", "Kospi"),
        ("Indeks Kospi naik 0,45% sementara indeks berkapitalisasi kecil Kosdaq naik 0,59%.", "0,59%", "Kosdaq"),
        // A company moving inside a sentence about an index moves itself.
        ("Indeks Nikkei naik 0,5% ditopang saham Fast Retailing yang melesat 3,04%.", "3,04%", "Fast Retailing"),
    ])
    func listedMoves(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("a figure that is no index's move has no index as its owner", arguments: [
        ("Indeks Nasdaq Composite naik 1,2% pada Jumat. Dari 11 sektor, kerugian terbesar dialami real estate yakni 1,3%.", "1,3%"),
        ("The Nasdaq Composite rose 1.2% on Friday. Of the eleven sectors, real estate lost the most, 1.3%.", "1.3%"),
        ("Nasdaq Composite mencatat nilai transaksi Rp 5 triliun pada Jumat.", "Rp 5 triliun"),
    ])
    func noOwner(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }
}
