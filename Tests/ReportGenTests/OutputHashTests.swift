import Testing
@testable import ReportKit

/// The manifest's content hash is XXH64: the reference vectors, and the same value however the file's bytes are
/// split into the pieces it is written in (a file read back whole must match what was hashed while writing).
struct OutputHashTests {
    @Test(arguments: [("", 0xEF46_DB37_51D8_E999 as UInt64), ("a", 0xD24E_C4F1_A98C_6E5B), ("abc", 0x44BC_2CF5_AD77_0999),
                      ("The quick brown fox jumps over the lazy dog", 0x0B24_2D36_1FDA_71BC)])
    func referenceVectors(_ text: String, _ expected: UInt64) {
        #expect(OutputHash.of(Array(text.utf8)) == expected)
    }

    @Test func piecesGiveTheHashOfTheWhole() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 7, 31, 32, 33, 63, 64, 100, 1_000, 4_099] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let whole = OutputHash.of(bytes)
            for _ in 0..<8 {
                var h = OutputHash()
                var offset = 0
                while offset < bytes.count {
                    let n = Int.random(in: 0...min(70, bytes.count - offset), using: &generator)
                    h.add(Array(bytes[offset..<offset + n]))
                    offset += n
                }
                #expect(h.value == whole, "length \(length)")
            }
            if length > 0 {
                var flipped = bytes
                flipped[length / 2] ^= 1
                #expect(OutputHash.of(flipped) != whole)
            }
        }
    }
}
