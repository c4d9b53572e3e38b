import Testing
@testable import Stats

/// Issue 9, round 6: a company quoted on its own accounts owns the lines of accounts in the quote. Sentences written
/// for these tests.
@Suite("A company quoted on its accounts")
struct QuotedStatementTests {
    @Test("a line of accounts in a quote closed by the company that wrote or said it is the company's", arguments: [
        ("\"Laba bersih kuartal ini turun sebesar 523 juta dollar AS karena biaya pusat data,\" tulis Microsoft dalam laporannya.", "523 juta dollar AS", "Microsoft"),
        ("\"Pendapatan kami naik menjadi Rp 5 triliun,\" kata Xiaomi dalam keterangan resmi.", "Rp 5 triliun", "Xiaomi"),
        ("\"Net profit fell to $5 million in the quarter,\" Nvidia said on Monday.", "$5 million", "Nvidia"),
    ])
    func quotedAccounts(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("no line of accounts, or a person quoted: no owner from the quote", arguments: [
        ("\"Pasar ponsel lipat bernilai Rp 5 triliun,\" kata Xiaomi dalam keterangan resmi.", "Rp 5 triliun"),
        ("\"Net profit fell to $5 million in the quarter,\" Budi Santoso said on Monday.", "$5 million"),
    ])
    func notQuotedAccounts(_ text: String, _ quote: String) throws {
        #expect(try Probe.subject(text, quote) == nil, "\(text)")
    }
}
