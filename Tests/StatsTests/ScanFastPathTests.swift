import Testing
@testable import Stats

/// The byte-level fast paths of the scan (letters eight at a time, boilerplate gated by the first byte, caption
/// markers by memchr, abbreviations and source prefixes as ASCII bytes) must decide as the general code does.
@Suite struct ScanFastPathTests {
    private func words(_ s: String) -> [String] {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { p in
            Tokenizer.tokenize(p).map { String(decoding: p[$0.start..<$0.end], as: UTF8.self) }
        }
    }

    private func kinds(_ s: String) -> [Token.Kind] {
        Array(s.utf8).withUnsafeBufferPointer { Tokenizer.tokenize($0).map(\.kind) }
    }

    @Test func letterRunsEndWhereTheFirstNonLetterIs() {
        // Runs shorter than, equal to and longer than eight letters, ended by every kind of byte.
        #expect(words("a ab abcdefg abcdefgh abcdefghi pemerintahannya.") == ["a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "pemerintahannya", "."])
        #expect(words("Kecerdasan,Buatan;abcdefgh@x [abcdefgh]`z{y") == ["Kecerdasan", ",", "Buatan", ";", "abcdefgh", "@", "x", "[", "abcdefgh", "]", "`", "z", "{", "y"])
        #expect(words("ZZZZZZZZa AZaz") == ["ZZZZZZZZa", "AZaz"])
    }

    @Test func aRunGoesOnPastASCIIIntoOtherLettersAndDigits() {
        #expect(words("Düsseldorf abcdefghé Köln") == ["Düsseldorf", "abcdefghé", "Köln"])
        #expect(words("kecerdasanbuatan2024 H800") == ["kecerdasanbuatan2024", "H800"])
        #expect(kinds("kecerdasanbuatan2024 H800 USD2") == [.code, .code, .word, .number])
        #expect(words("abcdefgh\u{201D} abcdefgh\u{2014}x") == ["abcdefgh", "\u{201D}", "abcdefgh", "\u{2014}", "x"])
    }

    @Test func boilerplateRulesStillApplyInAnyCase() {
        #expect(Boilerplate.reason(for: "TAGS") == .furniture)
        #expect(Boilerplate.reason(for: "Komentar (12)") == .furniture)
        #expect(Boilerplate.reason(for: "[iklan_2]") == .furniture)
        #expect(Boilerplate.reason(for: "BACA JUGA: Baidu luncurkan Ernie") == .readAlso)
        #expect(Boilerplate.reason(for: "Sumber: https://example.com/a") == .sourceLine)
        #expect(Boilerplate.reason(for: "(Menurut SCMP)") == .sourceLine)
        #expect(Boilerplate.reason(for: "(DKH)") == .initials)
        #expect(Boilerplate.reason(for: "Pertumbuhan ekonomi 5 persen") == nil)
        #expect(Boilerplate.reason(for: "Share of revenue rose") == nil)
    }

    @Test func captionMarkersAreFoundAnywhereInTheLine() {
        #expect(Boilerplate.reason(for: "FOTO: ANTARA/Hafidz") == .caption)
        #expect(Boilerplate.reason(for: "Suasana pameran. Photo: Reuters") == .caption)
        #expect(Boilerplate.reason(for: "Robot di pabrik (Dok. Humas)") == .caption)
        #expect(Boilerplate.reason(for: "Ilustrasi chip (istimewa)") == .caption)
        #expect(Boilerplate.reason(for: "Gedung kantor, foto ilustrasi") == .caption)
        #expect(Boilerplate.reason(for: "Photos: the launch") == nil)      // "photo:" is not in "photos:"
        #expect(Boilerplate.reason(for: "photo: x") == .caption)          // the marker at the very start
        #expect(Boilerplate.reason(for: "Profil perusahaan (dokumen)") == nil)
    }

    private func sentences(_ s: String) -> [String] {
        Array(s.utf8).withUnsafeBufferPointer { p in
            let tokens = Tokenizer.tokenize(p)
            return Sentences.split(p, tokens, 0..<tokens.count).map { String(decoding: p[tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end], as: UTF8.self) }
        }
    }

    @Test func abbreviationDotsDoNotEndASentenceInAnyCase() {
        #expect(sentences("Apple Inc. menjual ponsel. Nvidia CORP. naik. Dia pergi ke Köln. Lalu pulang.")
                == ["Apple Inc. menjual ponsel.", "Nvidia CORP. naik.", "Dia pergi ke Köln.", "Lalu pulang."])
        #expect(sentences("Kata Dr. Tan. Lalu Prof. Lee pulang.") == ["Kata Dr. Tan.", "Lalu Prof. Lee pulang."])
    }

    @Test func sourcePrefixesAreReadOnASCIIAndOtherLines() {
        let body = "\nPerusahaan rintisan itu mengumpulkan dana baru dari investor di Jakarta pada pekan lalu untuk memperluas layanan."
        #expect(Fixture.analyze("IDXChannel - OpenAI akan memutus akses" + body).metadata.source == "IDXChannel")
        #expect(Fixture.analyze("(CLO) Perusahaan rintisan asal China" + body).metadata.source == "CLO")
        #expect(Fixture.analyze("JAKARTA, KOMPAS.com - Pemerintah mengumumkan" + body).metadata.source == "KOMPAS.com")
        #expect(Fixture.analyze("JAKARTA, KOMPAS.com \u{2013} Pemerintah mengumumkan" + body).metadata.source == "KOMPAS.com")
        #expect(Fixture.analyze("**BEIJING, KOMPAS.com --** Pemerintah" + body).metadata.source == "KOMPAS.com")
        #expect(Fixture.analyze("BEIJING - Pemerintah China mengumumkan" + body).metadata.source == nil)
        #expect(Fixture.analyze("Jakarta, Bisnis - Pemerintah mengumumkan" + body).metadata.source == nil)
    }
}
