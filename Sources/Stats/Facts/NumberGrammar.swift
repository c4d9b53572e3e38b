/// Reads numbers the way the article writes them: digits with the article's separators ("1.677",
/// "5,5" in Indonesian; "1,677", "5.5" in English), number words ("dua puluh lima", "selusin",
/// "twenty-five"), scale words ("juta", "billion") and vague amounts ("ratusan" = hundreds).
struct NumberGrammar {
    let text: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    /// Lower-cased hash of every token (`Vocabulary.key`).
    let keys: [UInt64]
    let english: Bool

    /// Larger values are not figures anyone writes ("5 tn tn tn …" would otherwise reach infinity).
    static let largest = 1e21

    /// A number as written: its value, the tokens it covers, and whether it was vague.
    struct Reading {
        var value: Double
        var end: Int            // one past the last token read
        var vague: Bool = false
        /// "200 jutaan", "15 juta-an": a rounded figure, approximate but with no range.
        var approx: Bool = false
        var plainDigits: Bool = false
        var scaled: Bool = false
    }

    // MARK: Digits

    /// The value of a digit token, deciding what "." and "," mean from the article's language. Two passes over the
    /// bytes instead of arrays of groups, lengths and separators: three arrays allocated and freed per number with a
    /// separator were ~1 % of the extractor.
    func digits(_ token: Token) -> Double? {
        let thousands: UInt8 = english ? 0x2C : 0x2E   // "," in English, "." in Indonesian
        let decimal: UInt8 = english ? 0x2E : 0x2C
        // First pass: the value of a number without separators; else what its separators and groups are.
        var current = 0.0
        var length = 0
        var separators = 0
        var lastDecimal: Int?          // index of the last decimal separator among the separators
        var allThousands = true        // every separator is the thousands separator
        var laterGroupsOfThree = true  // every group after the first has three digits
        for i in token.start..<token.end {
            let b = text[i]
            if ByteClass.isDigit(b) {
                current = current * 10 + Double(b - 0x30)
                length += 1
                if length > 15 { return nil }  // phone numbers, IDs
            } else {
                if separators > 0, length != 3 { laterGroupsOfThree = false }
                if b == decimal { lastDecimal = separators }
                if b != thousands { allThousands = false }
                separators += 1
                current = 0; length = 0
            }
        }
        if separators == 0 { return current }  // most numbers: no second pass
        if length != 3 { laterGroupsOfThree = false }
        // A lone separator of the other convention before a non-3-digit group is a decimal point ("3.5" in Indonesian).
        let decimalIndex: Int?
        if let d = lastDecimal {
            decimalIndex = d
        } else if allThousands, laterGroupsOfThree {
            decimalIndex = nil
        } else if separators == 1 {
            decimalIndex = 0
        } else {
            return nil
        }
        // Second pass: the groups in order, each read again digit by digit as the first pass read it.
        var value = 0.0
        var k = 0
        current = 0; length = 0
        var i = token.start
        while true {
            if i < token.end, ByteClass.isDigit(text[i]) {
                current = current * 10 + Double(text[i] - 0x30)
                length += 1
                i += 1
                continue
            }
            if let d = decimalIndex, k == d + 1 {
                value += current / pow10(length)
            } else if let d = decimalIndex, k > d + 1 {
                return nil  // "1,5,5": not a number
            } else {
                value = value * pow10(length) + current
            }
            guard i < token.end else { break }
            k += 1
            current = 0; length = 0
            i += 1
        }
        return value < NumberGrammar.largest ? value : nil  // past 10^21 a figure is noise, and can overflow to inf
    }

    private func pow10(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }

    // MARK: Number phrases

    /// Reads the number that starts at token `t`, with its scale words: "5,5 juta", "dua puluh", "ratusan juta".
    /// `rupiah`: "M" is miliar after Rp ("Rp 5 M" = 5 miliar), million after other currencies ("$5M").
    func read(at t: Int, limit: Int, moneyContext: Bool, rupiah: Bool = false) -> Reading? {
        guard var reading = core(at: t, limit: limit, moneyContext: moneyContext, rupiah: rupiah) else { return nil }
        while reading.end < limit {
            var next = reading.end
            // "hundreds of millions of dollars": "of" after a vague amount belongs to it.
            if reading.vague, keys[next] == Vocabulary.of, next + 1 < limit { next += 1 }
            guard let scale = Vocabulary.scales[keys[next]] else { break }
            reading.value *= scale
            reading.scaled = true
            reading.plainDigits = false
            reading.end = next + 1
        }
        if reading.vague, reading.end + 1 < limit, keys[reading.end] == Vocabulary.of { reading.end += 1 }
        // "Rp 200 jutaan" = some 200 million: a vague word after a number is a scale.
        if !reading.vague, reading.end < limit, let scale = Vocabulary.vague[keys[reading.end]], scale >= 1000 {
            reading.value *= scale
            reading.scaled = true
            reading.plainDigits = false
            reading.approx = true
            reading.end += 1
        }
        // "15 juta-an", "200-an": the suffix -an makes it approximate.
        if reading.end + 1 < limit, isGlued(reading.end, 0x2D), keys[reading.end + 1] == Vocabulary.an, !tokens[reading.end + 1].spaceBefore {
            reading.approx = true
            reading.end += 2
        }
        if moneyContext, !reading.scaled, reading.end < limit, let letterScale = scaleLetter(tokens[reading.end], rupiah: rupiah) {
            reading.value *= letterScale
            reading.scaled = true
            reading.plainDigits = false
            reading.end += 1
        }
        return reading.value.isFinite && reading.value < NumberGrammar.largest ? reading : nil
    }

    private func isGlued(_ t: Int, _ byte: UInt8) -> Bool {
        tokens[t].kind == .punct && !tokens[t].spaceBefore && text[tokens[t].start] == byte
    }

    /// "Rp 5 M", "$3 T": a lone scale letter after an amount of money.
    private func scaleLetter(_ token: Token, rupiah: Bool) -> Double? {
        guard token.kind == .word, token.end - token.start == 1 else { return nil }
        let b = text[token.start]
        if rupiah, b == UInt8(ascii: "M") { return 1e9 }
        return b == UInt8(ascii: "k") ? nil : Vocabulary.moneyScaleLetters[b]
    }

    private func core(at t: Int, limit: Int, moneyContext: Bool, rupiah: Bool) -> Reading? {
        let token = tokens[t]
        switch token.kind {
        case .number:
            guard let v = digits(token) else { return nil }
            return Reading(value: v, end: t + 1, plainDigits: true)
        case .code:
            // "$5M", "$20bn": digits glued to a scale, trusted only for money.
            guard moneyContext else { return nil }
            return gluedScale(token, rupiah: rupiah).map { Reading(value: $0, end: t + 1, scaled: true) }
        case .word:
            let k = keys[t]
            if let base = Vocabulary.vague[k] { return Reading(value: base, end: t + 1, vague: true) }
            if t > 0, keys[t - 1] == Vocabulary.salah { return nil }  // "salah satu" = one of
            return words(at: t, limit: limit)
        case .punct:
            return nil
        }
    }

    private func gluedScale(_ token: Token, rupiah: Bool) -> Double? {
        var split = token.start
        while split < token.end, ByteClass.isDigit(text[split]) || text[split] == 0x2E || text[split] == 0x2C { split += 1 }
        guard split > token.start, split < token.end else { return nil }
        let suffix = String(decoding: UnsafeBufferPointer(rebasing: text[split..<token.end]), as: UTF8.self)
        let scale: Double
        switch suffix {
        case "k", "K": scale = 1e3
        case "M": scale = rupiah ? 1e9 : 1e6
        case "m", "mn", "jt": scale = 1e6
        case "B", "bn": scale = 1e9
        case "T", "tn": scale = 1e12
        default: return nil
        }
        let digitsToken = Token(kind: .number, start: token.start, end: split, spaceBefore: true, lineBefore: false)
        return digits(digitsToken).map { $0 * scale }
    }

    /// Number words: "dua puluh lima" = 25, "seratus" = 100, "setengah lusin" = 6, "twenty-five" = 25.
    private func words(at t: Int, limit: Int) -> Reading? {
        // "a dozen" = 12, "a hundred" = 100
        if keys[t] == Vocabulary.a, t + 1 < limit {
            if Vocabulary.units[keys[t + 1]] == 12 { return Reading(value: 12, end: t + 2) }
            if keys[t + 1] == Vocabulary.hundred { return Reading(value: 100, end: t + 2) }
            // "a billion dollars": one, scaled by the caller.
            if english, Vocabulary.scales[keys[t + 1]] != nil { return Reading(value: 1, end: t + 1) }
            return nil
        }
        var group = 0.0
        var pending = 0.0
        var any = false
        var lastWasUnit = false
        var i = t
        while i < limit {
            let k = keys[i]
            if k == Vocabulary.setengah || k == Vocabulary.half {
                guard !any else { break }
                // "setengah lusin" / "half a dozen" = 6; "setengah juta" = 500 000 (scale applied by the caller).
                var j = i + 1
                if j < limit, keys[j] == Vocabulary.a { j += 1 }
                if j < limit, keys[j] == Vocabulary.lusin || Vocabulary.units[keys[j]] == 12 {
                    return Reading(value: 6, end: j + 1)
                }
                // "half a trillion dollars": the scale comes after the article.
                if j > i + 1, j < limit, Vocabulary.scales[keys[j]] != nil { return Reading(value: 0.5, end: j) }
                return Reading(value: 0.5, end: i + 1)
            }
            if k == Vocabulary.lusin, any {
                pending = (group + pending) * 12
                group = 0
                i += 1
                break
            }
            if let u = Vocabulary.units[k] {
                if lastWasUnit, u < 10 || pending > 0 { break }   // "satu dua" is not one number
                if u >= 1000 {
                    group += u
                } else if u < 10 {
                    pending = u
                } else {
                    group += pending + u
                    pending = 0
                }
                any = true
                lastWasUnit = true
                i += 1
                // "twenty-five"
                if english, i + 1 < limit, tokens[i].kind == .punct, text[tokens[i].start] == 0x2D, !tokens[i].spaceBefore,
                   let next = Vocabulary.units[keys[i + 1]], next < 10, u >= 20 {
                    pending = next
                    i += 2
                }
                continue
            }
            guard any else { return nil }
            if k == Vocabulary.belas, pending > 0 {
                group += pending + 10; pending = 0
            } else if k == Vocabulary.puluh, pending > 0 {
                group += pending * 10; pending = 0
            } else if k == Vocabulary.ratus || k == Vocabulary.hundred {
                group = (group + max(pending, group == 0 ? 1 : 0)) * 100; pending = 0
            } else {
                break
            }
            lastWasUnit = false
            i += 1
        }
        guard any else { return nil }
        return Reading(value: group + pending, end: i)
    }
}
