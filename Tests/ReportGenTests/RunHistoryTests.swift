import Testing
import Stats
@testable import ReportKit

/// The run history's figure keys are kept in manifest.bin: hashed from digits, they must stay what hashing the
/// formatted string gave, or the first run after an upgrade would call every figure new.
struct RunHistoryTests {
    @Test(arguments: [(UInt64(0), 0, 0), (1, 9, 10), (UInt64.max, 123_456, 999_999_999), (10_000_000_000_000_000_000, 7, 70), (42, -3, 5)])
    func figureKeysAreTheHashOfTheirDescription(_ article: UInt64, _ start: Int, _ end: Int) {
        for kind in FactKind.allCases {
            let fact = Fact(kind: kind, value: .number(1), valueMax: nil, unit: nil, bound: .exact, subject: nil, role: nil, noun: nil,
                            text: "1", sentence: "1", start: start, end: end)
            var h = FNV1a()
            h.add("\(article):\(kind.rawValue):\(start):\(end)")
            #expect(RunHistory.factKey(article, fact) == h.value, "\(article) \(kind) \(start) \(end)")
        }
    }
}
