import Testing
@testable import Stats

/// Issue 9, round 8, class "recipients": a company, person or product a figure is for, named after it, owns the figure
/// when nothing else does, and each of several figures given to their own recipients owns its own. Sentences written
/// for these tests.
@Suite("Recipients named after the figure")
struct RecipientTests {
    @Test("what a figure means for someone named after it is theirs", arguments: [
        ("Kerugian 2 miliar dollar AS itu tidak terlalu berat bagi Alibaba karena bisnis intinya tetap tumbuh.",
         "2 miliar dollar AS", "Alibaba"),
        ("Harga perkenalan Rp 25 juta untuk Xiaomi SU7 hanya berlaku bulan ini.", "Rp 25 juta", "Xiaomi"),
        // Not the company talked about before (SubjectTests held this sentence as owned by no one until round 8).
        ("Tencent menggelar paparan publik pekan lalu. Kerugian 3 miliar dollar AS tadi tidak berarti besar bagi Alibaba.",
         "3 miliar dollar AS", "Alibaba"),
    ])
    func recipient(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("figures given to their own recipients are theirs, in both languages", arguments: [
        ("The Commerce Department awarded $6.6 billion for TSMC and $8.5 billion for Intel.", "$6.6 billion", "TSMC"),
        ("The Commerce Department awarded $6.6 billion for TSMC and $8.5 billion for Intel.", "$8.5 billion", "Intel"),
        ("Pemerintah memberikan hibah Rp 5 miliar untuk Telkom dan Rp 3 miliar untuk Indosat.", "Rp 5 miliar", "Telkom"),
        ("Pemerintah memberikan hibah Rp 5 miliar untuk Telkom dan Rp 3 miliar untuk Indosat.", "Rp 3 miliar", "Indosat"),
    ])
    func respective(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("a single gift stays the giver's", arguments: [
        ("Samsung memberikan dana Rp 5 miliar untuk Telkom tahun ini.", "Rp 5 miliar", "Samsung"),
        ("Nvidia paid $2 billion for Intel shares last month.", "$2 billion", "Nvidia"),
    ])
    func giver(_ text: String, _ quote: String, _ owner: String) throws {
        #expect(try Probe.subject(text, quote) == owner, "\(text)")
    }

    @Test("a place or a product's variant after 'untuk' is no recipient", arguments: [
        ("Dana otonomi khusus adalah Rp 13 triliun untuk Papua.", "Rp 13 triliun", "Papua"),
        ("Toyota menaikkan harga Calya Rp 1,4 juta untuk Tipe E dan Rp 2 juta untuk Tipe G.", "Rp 1,4 juta", "Tipe E"),
        ("Toyota menaikkan harga Calya Rp 1,4 juta untuk Tipe E dan Rp 2 juta untuk Tipe G.", "Rp 2 juta", "Tipe G"),
    ])
    func notRecipients(_ text: String, _ quote: String, _ wrong: String) throws {
        #expect(try Probe.subject(text, quote) != wrong, "\(text)")
    }

    @Test("what a figure is for is no one")
    func purpose() throws {
        #expect(try Probe.subject("The start-up spent $3 million for training its largest model.", "$3 million") == nil)
    }
}
