import Foundation

/// How numbers on axes and labels are written: English `5.5 million` / `1,677`, Indonesian `5,5 juta` / `1.677`.
public struct NumberStyle: Sendable, Hashable {
    /// Separator between groups of three integer digits.
    public var groupingSeparator: String
    /// Separator before the fraction digits.
    public var decimalSeparator: String
    /// Suffixes for 10^3, 10^6, 10^9 and 10^12 in compact form.
    public var compactSuffixes: [String]
    /// Text between the number and a compact suffix ("" → "5.5M", " " → "5,5 jt").
    public var compactSpacing: String
    /// What a chart with no values says in place of its plot, in the same language as the numbers.
    public var noDataText: String

    /// Creates a style; use `.english` or `.indonesian` unless you need another language.
    public init(
        groupingSeparator: String, decimalSeparator: String, compactSuffixes: [String], compactSpacing: String,
        noDataText: String = "No data"
    ) {
        precondition(compactSuffixes.count == 4, "compactSuffixes holds thousand, million, billion, trillion")
        self.groupingSeparator = groupingSeparator
        self.decimalSeparator = decimalSeparator
        self.compactSuffixes = compactSuffixes
        self.compactSpacing = compactSpacing
        self.noDataText = noDataText
    }

    /// 1,677.5 · 5.5M · 1B
    public static let english = NumberStyle(
        groupingSeparator: ",", decimalSeparator: ".", compactSuffixes: ["K", "M", "B", "T"], compactSpacing: "")
    /// 1.677,5 · 5,5 jt · 1 M (miliar) · 2 T (triliun)
    public static let indonesian = NumberStyle(
        groupingSeparator: ".", decimalSeparator: ",", compactSuffixes: ["rb", "jt", "M", "T"], compactSpacing: " ",
        noDataText: "Tidak ada data")

    /// The number with grouped thousands and at most `maxFractionDigits` decimals, trailing zeros dropped:
    /// 1677 → "1,677" / "1.677"; 0.25 → "0.3" (one digit) ; -3 → "−3".
    public func format(_ v: Double, maxFractionDigits: Int = 1) -> String {
        guard v.isFinite else { return v.isNaN ? "–" : (v > 0 ? "∞" : "−∞") }
        let digits = min(max(maxFractionDigits, 0), 9)
        let factor = Foundation.pow(10, Double(digits))
        let scaled = (abs(v) * factor).rounded()
        guard scaled < 9e15 else {
            // Beyond exact integer range: write it in compact form rather than print noise digits.
            return compact(v)
        }
        let units = UInt64(scaled)
        let power = UInt64(factor)
        let integerPart = units / power
        var fraction = units % power
        var fractionText = ""
        if digits > 0 && fraction > 0 {
            var width = digits
            while fraction % 10 == 0 { fraction /= 10; width -= 1 }
            let raw = String(fraction)
            fractionText = String(repeating: "0", count: width - raw.count) + raw
        }
        let sign = (v < 0 && units > 0) ? "−" : ""
        var result = sign + grouped(integerPart)
        if !fractionText.isEmpty { result += decimalSeparator + fractionText }
        return result
    }

    /// A short form for axis ticks and tight labels: 5_500_000 → "5.5M" / "5,5 jt"; 1e9 → "1B" / "1 M"; 950 → "950".
    public func compact(_ v: Double) -> String {
        guard v.isFinite else { return format(v) }
        let magnitude = abs(v)
        var tier = 0
        var value = magnitude
        while tier < compactSuffixes.count && value >= 1000 {
            value /= 1000
            tier += 1
        }
        // 999_960 would round to "1000K": move up one tier instead.
        if tier > 0 && tier < compactSuffixes.count && (value * 10).rounded() / 10 >= 1000 {
            value /= 1000
            tier += 1
        }
        let sign = v < 0 ? "−" : ""
        if tier == 0 {
            let fractionDigits = magnitude >= 10 ? 1 : (magnitude >= 1 ? 2 : 3)
            return sign + format(magnitude, maxFractionDigits: fractionDigits)
        }
        let number = format(value, maxFractionDigits: value >= 100 ? 0 : 1)
        return sign + number + compactSpacing + compactSuffixes[tier - 1]
    }

    private func grouped(_ n: UInt64) -> String {
        let raw = String(n)
        guard raw.count > 3 else { return raw }
        var out = ""
        for (i, ch) in raw.enumerated() {
            if i > 0 && (raw.count - i) % 3 == 0 { out += groupingSeparator }
            out.append(ch)
        }
        return out
    }
}
