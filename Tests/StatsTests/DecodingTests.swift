// ArticleDecoder tests, built from bytes made here.
//
// Speed, measured by hand (swiftc -O, whole module, this 2-core Linux machine, best of 7), not asserted:
// - 50 MB valid UTF-8 (Indonesian text with é “ ” — on every line): 14 ms, returned without a copy;
//   the same 50 MB as one single line: 14 ms.
// - the same with one mojibake sequence (repair pass and one copy): 80 ms; as Windows-1252: 170 ms;
//   20 MB of UTF-16LE: 29 ms.
// - the 27,494 files (49.5 MB) of the news-id corpus: 85 ms in all; 5,171 files get mojibake repaired.
import Foundation
import Testing
@testable import Stats

@Suite("Decoding article files")
struct DecodingTests {
    /// Decodes and expects success.
    private func decoded(_ bytes: [UInt8]) -> ArticleDecoder.Decoded? {
        if case .success(let d) = ArticleDecoder.decode(bytes) { return d }
        return nil
    }

    private func text(_ d: ArticleDecoder.Decoded?) -> String? {
        d.map { String(decoding: $0.utf8, as: UTF8.self) }
    }

    private func utf16LE(_ s: String) -> [UInt8] { s.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
    private func utf16BE(_ s: String) -> [UInt8] { s.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }

    // MARK: UTF-8

    @Test func plainUTF8IsUnchanged() {
        let bytes = Array("Jakarta - Harga beras naik 5 persen.\n".utf8)
        let d = decoded(bytes)
        #expect(d == ArticleDecoder.Decoded(utf8: bytes, encoding: nil, warnings: []))
    }

    @Test func utf8BOMIsKept() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Berita hari ini".utf8)
        let d = decoded(bytes)
        #expect(d?.utf8 == bytes)
        #expect(d?.encoding == nil)
        #expect(d?.warnings == [])
    }

    @Test func crlfIsUnchanged() {
        let bytes = Array("Baris satu\r\nBaris dua\r\n".utf8)
        #expect(decoded(bytes)?.utf8 == bytes)
        #expect(decoded(bytes)?.encoding == nil)
    }

    @Test func ordinaryTextIsNeverRepaired() {
        let article = """
            Café “Kopi Kenangan” di München—dekat Zürich—menjual kopi seharga €3,50 (sekitar Rp58.000).
            Presiden Xi Jinping (习近平) bertemu Erdoğan; ‘kutipan’ … «guillemets», naïve, résumé, São Paulo, ÉTÉ.
            CAFÉ” “JOSÉ”, Fuß„ MÜNCHEN… Ångström, Ærø, ÀÉÎÕÜ, × ÷ ± ° © ® ™ • ½, – — ‚ „ †, 1 000 ₹ ₩ ¥ £.
            """
        let bytes = Array(article.utf8)
        let d = decoded(bytes)
        #expect(d?.utf8 == bytes)
        #expect(d?.encoding == nil)
        #expect(d?.warnings == [])
    }

    // MARK: UTF-16

    @Test func utf16LEWithBOM() {
        let d = decoded([0xFF, 0xFE] + utf16LE("Halo “dunia” 😀"))
        #expect(text(d) == "Halo “dunia” 😀")
        #expect(d?.encoding == "utf-16le")
        #expect(d?.warnings == ["decoded as UTF-16LE"])
    }

    @Test func utf16BEWithBOM() {
        let d = decoded([0xFE, 0xFF] + utf16BE("Halo dunia é"))
        #expect(text(d) == "Halo dunia é")
        #expect(d?.encoding == "utf-16be")
    }

    @Test func utf16WithoutBOM() {
        let le = decoded(utf16LE("Jakarta - Harga cabai naik."))
        #expect(text(le) == "Jakarta - Harga cabai naik.")
        #expect(le?.encoding == "utf-16le")
        #expect(le?.warnings == ["decoded as UTF-16LE (no byte order mark)"])
        let be = decoded(utf16BE("Jakarta - Harga cabai naik."))
        #expect(text(be) == "Jakarta - Harga cabai naik.")
        #expect(be?.encoding == "utf-16be")
    }

    @Test func utf16ProblemsAreReplacedWithWarnings() {
        // An unpaired high surrogate, then an odd last byte.
        let d = decoded([0xFF, 0xFE] + utf16LE("ab") + [0x3D, 0xD8] + utf16LE("c") + [0x41])
        #expect(text(d) == "ab\u{FFFD}c")
        #expect(d?.warnings.count == 3)
    }

    @Test func utf16EmptyAndBinary() {
        #expect(ArticleDecoder.decode([0xFF, 0xFE]) == .failure(.empty))
        #expect(ArticleDecoder.decode([0xFF, 0xFE] + utf16LE(" \n\u{A0}\u{FEFF}")) == .failure(.empty))
        // Little-endian 16-bit numbers look like UTF-16 but decode to control characters.
        let numbers = (0..<200).flatMap { [UInt8($0 % 20 + 1), 0] as [UInt8] }
        #expect(ArticleDecoder.decode(numbers) == .failure(.binary))
    }

    // MARK: Windows-1252

    @Test func latin1() {
        let d = decoded(Array("Caf".utf8) + [0xE9])
        #expect(text(d) == "Café")
        #expect(d?.encoding == "windows-1252")
        #expect(d?.warnings == ["decoded as Windows-1252 (not valid UTF-8)"])
    }

    @Test func cp1252Quotes() {
        let d = decoded([0x93] + Array("Halo".utf8) + [0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x81])
        #expect(text(d) == "“Halo” – €5 \u{FFFD}")
        #expect(d?.encoding == "windows-1252")
    }

    @Test func mostlyUTF8WithAStrayByteKeepsItsUTF8() {
        let d = decoded(Array("“Kata” — café ".utf8) + [0xE9] + Array(" selesai".utf8))
        #expect(text(d) == "“Kata” — café é selesai")
        #expect(d?.encoding == "windows-1252")
        #expect(d?.warnings == ["decoded 1 invalid byte as Windows-1252 (the rest is UTF-8)"])
    }

    // MARK: Mojibake

    @Test func cp1252Mojibake() {
        let d = decoded(Array("â€œHaloâ€\u{9D}, kata Josâ€™ di CafÃ© â€” â€“ Â©2024 MÃ¼nchen ErdoÄŸan".utf8))
        #expect(text(d) == "“Halo”, kata Jos’ di Café — – ©2024 München Erdoğan")
        #expect(d?.encoding == "mojibake-repaired")
        #expect(d?.warnings == ["repaired 9 mojibake sequences such as â€œ"])
    }

    @Test func macRomanMojibake() {
        let d = decoded(Array("‚ÄúHalo‚Äù ‚Äò1‚Äô ‚Äî ‚Äì ‚Ä¶ ‚Ä¢ Audio‚Ñ¢".utf8))
        #expect(text(d) == "“Halo” ‘1’ — – … • Audio™")
        #expect(d?.encoding == "mojibake-repaired")
        #expect(d?.warnings == ["repaired 9 mojibake sequences such as ‚Äú"])
    }

    @Test func macRomanFilesGetNoWindows1252Repairs() {
        // Mac Roman mojibake of Arabic (as in the news corpus) holds pairs like ßŸ and ÖŸ that look like Windows-1252
        // mojibake; in a file misread as Mac Roman they are left alone.
        let arabic = "ÿ®Ÿêÿ≥ŸíŸÖŸê ÿßŸÑŸÑŸáŸê"
        let d = decoded(Array("‚ÄúDoa‚Äù: \(arabic)".utf8))
        #expect(text(d) == "“Doa”: \(arabic)")
        #expect(d?.warnings == ["repaired 2 mojibake sequences such as ‚Äú"])
        // German ‚Äpfel‘ is a real low-9 quote before Ä: not mojibake.
        let german = Array("Er sagte ‚Äpfel‘ und ‚Öl‘.".utf8)
        #expect(decoded(german)?.utf8 == german)
    }

    @Test func mojibakeInWindows1252AndUTF16Combines() {
        let d = decoded(Array("â€œHaloâ€\u{9D}".utf8) + [0xE9, 0x20, 0xE9])
        #expect(d?.encoding == "windows-1252+mojibake-repaired")
        #expect(text(d) == "“Halo”é é")
        let u = decoded([0xFF, 0xFE] + utf16LE("‚ÄúHalo‚Äù"))
        #expect(u?.encoding == "utf-16le+mojibake-repaired")
        #expect(text(u) == "“Halo”")
    }

    // MARK: Empty and binary

    @Test func emptyFiles() {
        #expect(ArticleDecoder.decode([]) == .failure(.empty))
        #expect(ArticleDecoder.decode(Array("  \n\t ".utf8)) == .failure(.empty))
        #expect(ArticleDecoder.decode(Array("\u{FEFF}".utf8)) == .failure(.empty))
        #expect(ArticleDecoder.decode(Array("\r\n\u{A0} \u{3000}\u{200B}".utf8)) == .failure(.empty))
        #expect(ArticleDecoder.decode([0x20, 0xA0, 0x0A]) == .failure(.empty))                 // Windows-1252 NBSP
        #expect(ArticleDecoder.Rejection.empty.reason == "the file is empty")
    }

    @Test func binaryFiles() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(ArticleDecoder.decode(png) == .failure(.binary))
        #expect(ArticleDecoder.decode(Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj".utf8)) == .failure(.binary))
        #expect(ArticleDecoder.decode([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]) == .failure(.binary))
        #expect(ArticleDecoder.decode(Array("Teks biasa\0dengan NUL".utf8)) == .failure(.binary))
        let controls = (0..<1000).map { UInt8($0 % 3 == 0 ? 0x1B : 0x41) }                       // 33% ESC
        #expect(ArticleDecoder.decode(controls) == .failure(.binary))
        let fewControls = (0..<1000).map { UInt8($0 % 20 == 0 ? 0x1B : 0x41) }                   // 5% ESC
        #expect(decoded(fewControls)?.utf8 == fewControls)
        #expect(ArticleDecoder.Rejection.binary.reason == "the file is binary, not text")
    }

    // MARK: Robustness and size

    @Test func randomBytesNeverTrap() {
        var rng = SplitMix64(seed: 2024)
        let pieces: [[UInt8]] = [
            Array("Halo “dunia” é ‚Äú â€œ Ã© ".utf8), [0xE2, 0x80], [0xC3], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80],
            [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
        ]
        var outcomes = [0, 0, 0]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            let length = Int(rng.next() % 300)
            while bytes.count < length {
                switch rng.next() % 4 {
                case 0: bytes += pieces[Int(rng.next() % UInt64(pieces.count))]
                case 1: bytes.append(UInt8(truncatingIfNeeded: rng.next()))
                default: bytes.append(UInt8(0x20 + rng.next() % 0x5F))
                }
            }
            if rng.next() % 3 == 0, !bytes.isEmpty { bytes.removeLast() }          // cut a sequence short
            switch ArticleDecoder.decode(bytes) {
            case .success(let d):
                #expect(String(validating: d.utf8, as: UTF8.self) != nil)
                outcomes[0] += 1
            case .failure(.empty): outcomes[1] += 1
            case .failure(.binary): outcomes[2] += 1
            }
        }
        #expect(outcomes[0] > 100)
    }

    @Test func decodesLargeFilesWithoutCopying() {
        let line = Array("Jakarta - Harga beras naik 5 persen menjadi Rp15.000 per kilogram, kata Menteri “café” — ya. ".utf8)
        var big: [UInt8] = []
        big.reserveCapacity(8 << 20)
        while big.count < 8 << 20 { big += line }                                             // one 8 MB line
        let d = decoded(big)
        #expect(d?.encoding == nil)
        #expect(d?.utf8 == big)
        // The same storage comes back: no copy of a valid UTF-8 file.
        #expect(d?.utf8.withUnsafeBufferPointer { $0.baseAddress } == big.withUnsafeBufferPointer { $0.baseAddress })
    }
}

/// A small seeded generator, so the random-bytes test is the same on every run.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
