import Foundation
import Render
import Stats

/// How a fact reads in a chart label or a table cell: "≥ 79", "USD 5.5M", "24–36 months".
struct FactFormatting {
    let labels: Labels
    var style: NumberStyle { labels.style }

    func boundPrefix(_ b: Bound) -> String {
        switch b {
        case .exact, .range: ""
        case .atLeast: "≥ "
        case .moreThan: "> "
        case .lessThan: "< "
        case .approx: "~ "
        }
    }

    /// The value with its bound and unit, in the report's language.
    func value(_ f: Fact) -> String {
        guard case .number(let v) = f.value else {
            if case .date(let iso) = f.value { return iso }
            return ""
        }
        let number: (Double) -> String = { x in
            switch f.kind {
            case .money, .tokens: style.compact(x)
            default: style.format(x, maxFractionDigits: 2)
            }
        }
        let amount = f.bound == .range ? number(v) + "–" + number(f.valueMax ?? v) : number(v)
        var text = boundPrefix(f.bound) + amount
        switch f.kind {
        // The bound reads before the currency: "> USD 4T", not "USD > 4T".
        case .money: text = boundPrefix(f.bound) + (f.unit.map { $0 + " " } ?? "") + amount
        case .percent: text += "%"
        case .tokens: text += labels.language == .en ? " tokens" : " token"
        case .duration: text += labels.language == .en ? " months" : " bulan"
        case .count: if let noun = f.noun { text += " " + noun }
        case .modelCount: text += labels.language == .en ? " models" : " model"
        case .date: break
        }
        return text
    }

    /// The fact's sentence, or the part of a very long one around the figure ("… 250,000 commas … $5 juta"): a table
    /// cell holding a whole run-on "sentence" of megabytes made laying out the PDF take minutes.
    static func excerpt(_ f: Fact, radius: Int = 240) -> String {
        let sentence = f.sentence.utf8
        guard sentence.count > 3 * radius else { return f.sentence }
        let bytes = Array(sentence), needle = Array(f.text.utf8)
        let at = Self.firstIndex(of: needle, in: bytes) ?? 0
        var from = max(0, at - radius), to = min(bytes.count, at + needle.count + radius)
        // Cut on character boundaries: never inside a UTF-8 sequence.
        while from > 0, bytes[from] & 0xC0 == 0x80 { from -= 1 }
        while to < bytes.count, bytes[to] & 0xC0 == 0x80 { to += 1 }
        return (from > 0 ? "… " : "") + String(decoding: bytes[from..<to], as: UTF8.self) + (to < bytes.count ? " …" : "")
    }

    /// Where `needle` first occurs in `bytes` (memchr for its first byte, then a comparison).
    static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                var i = 0
                while i <= hay.count - n.count {
                    guard let hit = memchr(hay.baseAddress! + i, Int32(first), hay.count - n.count - i + 1) else { return nil }
                    i = hay.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hay.baseAddress! + i, n.baseAddress!, n.count) == 0 { return i }
                    i += 1
                }
                return nil
            }
        }
    }
}
