import Foundation

/// Ticks for a value axis.
enum Ticks {
    /// Round tick values in 1-2-5 steps covering `lower…upper` with about `target` intervals:
    /// 0…173 → 0, 50, 100, 150, 200. The first and last tick enclose the range.
    static func nice(_ lower: Double, _ upper: Double, target: Int = 5) -> [Double] {
        var lo = lower.isFinite ? lower : 0
        var hi = upper.isFinite ? upper : 1
        if lo > hi { swap(&lo, &hi) }
        if hi - lo < 1e-12 * max(1, abs(hi)) {
            // A single value: show it within a range starting at zero (or around it when negative).
            if hi > 0 { lo = min(lo, 0) } else if hi < 0 { hi = max(hi, 0) } else { hi = 1 }
            if hi - lo < 1e-12 { hi = lo + 1 }
        }
        let step = niceStep((hi - lo) / Double(max(1, target)))
        let first = (lo / step).rounded(.down)
        let last = (hi / step).rounded(.up)
        guard last - first < 1000 else { return [lo, hi] }
        return stride(from: first, through: last, by: 1).map { cleaned($0 * step, step: step) }
    }

    /// The smallest 1, 2 or 5 × 10^k that is ≥ `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = Foundation.pow(10, (Foundation.log10(raw)).rounded(.down))
        let residual = raw / magnitude
        let factor: Double = residual <= 1 + 1e-9 ? 1 : residual <= 2 + 1e-9 ? 2 : residual <= 5 + 1e-9 ? 5 : 10
        return factor * magnitude
    }

    /// Powers of ten enclosing the positive values in `lower…upper`, thinned to at most `maxCount` ticks
    /// by stepping several decades at a time.
    static func log(_ lower: Double, _ upper: Double, maxCount: Int = 8) -> [Double] {
        let hiValue = upper > 0 && upper.isFinite ? upper : 1
        let loValue = lower > 0 && lower.isFinite ? min(lower, hiValue) : hiValue
        var lowExp = Int(Foundation.log10(loValue).rounded(.down))
        var highExp = Int(Foundation.log10(hiValue).rounded(.up))
        if highExp <= lowExp { highExp = lowExp + 1 }
        let decades = highExp - lowExp
        let stepExp = max(1, Int((Double(decades) / Double(max(1, maxCount - 1))).rounded(.up)))
        lowExp = Int((Double(lowExp) / Double(stepExp)).rounded(.down)) * stepExp
        highExp = Int((Double(highExp) / Double(stepExp)).rounded(.up)) * stepExp
        return stride(from: lowExp, through: highExp, by: stepExp).map { Foundation.pow(10, Double($0)) }
    }

    /// Decimals needed to tell ticks `step` apart (step 0.25 → 2).
    static func fractionDigits(forStep step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        var digits = 0
        var s = step
        while digits < 6 && abs(s - s.rounded()) > 1e-9 * max(1, s) {
            s *= 10
            digits += 1
        }
        return digits
    }

    private static func cleaned(_ v: Double, step: Double) -> Double {
        // Avoid 0.30000000000000004 and -0.
        let digits = fractionDigits(forStep: step)
        let f = Foundation.pow(10, Double(digits))
        let r = (v * f).rounded() / f
        return r == 0 ? 0 : r
    }
}

/// Maps values of a domain onto a pixel range, linearly or by log10.
struct ValueScale: Hashable, Sendable {
    var kind: AxisScale
    var domain: ClosedRange<Double>
    var range: ClosedRange<Double>
    /// Tick values inside `domain`.
    var ticks: [Double]

    /// A scale whose domain is the ticks chosen for `values` (linear: always including zero).
    init(kind: AxisScale, values: [Double], range: ClosedRange<Double>, targetTicks: Int = 5) {
        self.kind = kind
        self.range = range
        let finite = values.filter(\.isFinite)
        switch kind {
        case .linear:
            let lo = min(0, finite.min() ?? 0)
            let hi = max(0, finite.max() ?? 0)
            ticks = Ticks.nice(lo, hi == lo ? lo + 1 : hi, target: targetTicks)
            // Whole numbers (mentions, models, articles) get whole-number ticks: no "0.5 models".
            if !finite.isEmpty, finite.allSatisfy({ $0 == $0.rounded() }), ticks.count > 1, ticks[1] - ticks[0] < 1 {
                ticks = Array(stride(from: lo.rounded(.down), through: max(hi, lo + 1).rounded(.up), by: 1))
            }
        case .log10:
            // The smallest value must not sit exactly on the axis start, or its bar would have no length:
            // a minimum of exactly 10^k starts the axis a decade lower.
            let positive = finite.filter { $0 > 0 }
            ticks = Ticks.log((positive.min() ?? 1) * 0.999, positive.max() ?? 10)
        }
        domain = (ticks.first ?? 0)...(ticks.last ?? 1)
    }

    /// Pixel position of `v`; values outside the domain (or ≤ 0 on a log scale) clamp to its ends.
    func position(_ v: Double) -> Double {
        let t: Double
        switch kind {
        case .linear:
            t = (v - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        case .log10:
            guard v > 0 else { return range.lowerBound }
            let lo = Foundation.log10(domain.lowerBound)
            let hi = Foundation.log10(domain.upperBound)
            t = (Foundation.log10(v) - lo) / (hi - lo)
        }
        let clamped = min(max(t.isFinite ? t : 0, 0), 1)
        return range.lowerBound + clamped * (range.upperBound - range.lowerBound)
    }

    /// Where bars start: zero on a linear axis, the left end on a log axis.
    var baseline: Double {
        kind == .linear ? position(0) : range.lowerBound
    }

    /// Tick labels: compact ("5.5M") for large values and all log ticks, grouped digits otherwise.
    func tickLabels(style: NumberStyle, prefix: String = "", suffix: String = "") -> [String] {
        let step = ticks.count > 1 ? abs(ticks[1] - ticks[0]) : 1
        let largest = ticks.map(abs).max() ?? 0
        return ticks.map { v in
            let text: String
            if kind == .log10 || largest >= 10_000 {
                text = style.compact(v)
            } else {
                text = style.format(v, maxFractionDigits: Ticks.fractionDigits(forStep: step))
            }
            return prefix + text + suffix
        }
    }
}
