import Testing
@testable import Stats

/// Issue 9, brands and products: phone, chip, PC and car makers are companies, product lines link to
/// their makers, and a name with a model code is a product, never an organisation that "perusahaan
/// tersebut" or "the company" could refer to. Sentences written for these tests.
@Suite("Brands and products")
struct ProductNameTests {
    @Test("makers of phones, chips, PCs and cars own their figures", arguments: [
        ("Vivo V17 Pro dijual sekitar Rp 6 juta di India.", "sekitar Rp 6 juta", "Vivo"),
        ("Infinix mencatat pangsa pasar 15 persen di Indonesia.", "15 persen", "Infinix"),
        ("MediaTek shipped 40 percent of all phone chips last year.", "40 percent", "MediaTek"),
        ("Penjualan Toyota naik 12 persen tahun ini.", "12 persen", "Toyota"),
    ])
    func makers(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a product line's figure is its maker's", arguments: [
        ("Harga MatePad 11 dipatok Rp 6 juta.", "Rp 6 juta", "Huawei"),
        ("The ROG Phone 9 costs $999.", "$999", "ASUS"),
    ])
    func lines(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a product named right after its maker is the product, as written", arguments: [
        ("Huawei Pura 70 Ultra dibanderol 1.299 euro.", "1.299 euro", "Huawei Pura 70 Ultra"),
        ("Infinix Hot 40 dibanderol Rp 1,8 juta.", "Rp 1,8 juta", "Infinix Hot 40"),
        ("Penjualan Suzuki Carry menyumbang 54 persen dari penjualan ritel.", "54 persen", "Suzuki Carry"),
        ("Sales of the Honda Brio rose 9 percent in August.", "9 percent", "Honda Brio"),
        ("Soal harga, Realme membandrol 5 Pro seharga Rp 3 juta.", "Rp 3 juta", "Realme"),
    ])
    func productsAfterMakers(_ text: String, _ quote: String, _ expected: String) throws {
        #expect(try Probe.subject(text, quote) == expected, "\(text)")
    }

    @Test("a name with a model code is a product: its own figure, but no company to refer back to", arguments: [
        ("Legion Y740 dijual Rp 25 juta. Perusahaan tersebut mencatat laba naik 10 persen.", "Rp 25 juta", "10 persen"),
        ("The Legion Y740 sells for $1,500. The company said profit rose 11 percent.", "$1,500", "11 percent"),
    ])
    func products(_ text: String, _ price: String, _ later: String) throws {
        #expect(try Probe.subject(text, price) == "Legion Y740", "\(text)")
        #expect(try Probe.subject(text, later) == nil, "\(text)")
    }

    @Test("a maker's founder keeps the name, and 'honor' is also a fee")
    func ambiguousNames() throws {
        #expect(try Probe.subject("Kekayaan Michael Dell naik 14 miliar dollar AS.", "14 miliar dollar AS") == "Michael Dell")
        #expect(try Probe.subject("Honor Rp350 ribu tiap bulan dibayar per tiga bulan.", "Rp350 ribu") == nil)
    }
}
