import Foundation
import Testing
@testable import Stats

/// A figure's source in 32 bytes (issue 10: each copy of a corpus adds one to every figure's list).
@Suite("fact source")
struct FactSourceTests {
    @Test func aSourceTakesThirtyTwoBytes() {
        #expect(MemoryLayout<FactSource>.stride == 32)
    }

    @Test func numbersReadBackAsGiven() {
        var s = FactSource(article: "kompas/2025/x", start: 1_234_567, end: 1_234_600, index: 41)
        #expect(s.article == "kompas/2025/x" && s.start == 1_234_567 && s.end == 1_234_600 && s.index == 41)
        s.start = 7; s.end = 9; s.index = 0
        #expect(s == FactSource(article: "kompas/2025/x", start: 7, end: 9))
        #expect(s != FactSource(article: "kompas/2025/x", start: 7, end: 9, index: 1))
        #expect(Set([s, FactSource(article: "kompas/2025/x", start: 7, end: 9)]).count == 1)
        // Past 32 bits (no article is that long): clamped, never a trap.
        #expect(FactSource(article: "a", start: Int(Int32.max) + 10, end: 0).start == Int(Int32.max))
    }

    @Test func codableKeepsItsKeys() throws {
        let s = FactSource(article: "a", start: 3, end: 8, index: 2)
        let json = try JSONEncoder().encode(s)
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        #expect(Set(object?.keys.map { $0 } ?? []) == ["article", "start", "end", "index"])
        #expect(try JSONDecoder().decode(FactSource.self, from: json) == s)
    }
}
