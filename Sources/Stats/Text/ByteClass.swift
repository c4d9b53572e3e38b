/// Byte- and scalar-level character classes for scanning UTF-8 without building `Character`s.
enum ByteClass {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isUpperASCII(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    /// Space, tab, line feed, vertical tab, form feed, carriage return (0x09…0x0D in one comparison).
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b &- 0x09 < 5 }

    /// A hyphen-minus, an en dash or an em dash token ("-", "–", "—").
    static func isDash(_ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.kind == .punct else { return false }
        let b = text[token.start]
        if b == 0x2D { return true }
        return b == 0xE2 && token.end - token.start == 3 && text[token.start + 1] == 0x80
            && (text[token.start + 2] == 0x93 || text[token.start + 2] == 0x94)
    }

    /// Decodes the scalar at `i` (lenient: a broken sequence reads as one Latin-1 byte). Returns value and length.
    @inline(__always)
    static func scalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let n = p.count
        if b0 & 0xE0 == 0xC0, i + 1 < n, p[i + 1] & 0xC0 == 0x80 {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F), 2)
        }
        if b0 & 0xF0 == 0xE0, i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 {
            let v = (UInt32(b0 & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12) | (UInt32(p[i + 2] & 0x3F) << 6) | UInt32(p[i + 3] & 0x3F)
            return (v, 4)
        }
        return (UInt32(b0), 1)
    }

    /// Non-ASCII scalars that are not letters: spaces, punctuation, currency and other symbols.
    @inline(__always)
    static func isNonLetterScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x80...0xBF, 0xD7, 0xF7: return true          // NBSP, ¢ £ ¥ « » ° ± …, × ÷
        case 0x2000...0x206F: return true                  // general punctuation: dashes, quotes, …
        case 0x20A0...0x20CF: return true                  // currency: € ₩ ₹
        case 0x2100...0x27FF: return true                  // arrows, maths, dingbats
        case 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF0F, 0xFF1A...0xFF20: return true
        case 0xFEFF: return true                           // byte order mark
        default: return false
        }
    }

    /// Whether `text[range]` holds an ASCII capital, read eight bytes at a time (asked of most long words of an article).
    @inline(__always)
    static func containsUpperASCII(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let end = range.upperBound
        guard let base = text.baseAddress.map(UnsafeRawPointer.init) else { return false }
        while i + 8 <= end {
            if capitals(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) != 0 { return true }
            i += 8
        }
        guard i < end else { return false }
        if end >= 8 {  // the last eight bytes, the ones before `i` masked off (the first byte in the low bits)
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self))
            return capitals(word) & (UInt64.max << (8 * UInt64(i - (end - 8)))) != 0
        }
        while i < end {
            if isUpperASCII(text[i]) { return true }
            i += 1
        }
        return false
    }

    /// ASCII capitals to lower case in place, eight bytes at a time; every other byte (digits, marks, UTF-8) unchanged.
    @inline(__always)
    static func lowercaseASCII(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeMutableRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            raw.storeBytes(of: word | capitals(word) >> 2, toByteOffset: i, as: UInt64.self)  // 0x80 >> 2 = 0x20, the case bit
            i += 8
        }
        while i < bytes.count {
            if isUpperASCII(base[i]) { base[i] |= 0x20 }
            i += 1
        }
    }

    /// The high bit of each byte of `word` that is an ASCII capital ("A" to "Z").
    @inline(__always)
    static func capitals(_ word: UInt64) -> UInt64 {
        let seven = word & 0x7F7F_7F7F_7F7F_7F7F      // adding below never carries into the next byte
        let fromA = seven &+ 0x3F3F_3F3F_3F3F_3F3F    // high bit set from "A" (0x41) on
        let pastZ = seven &+ 0x2525_2525_2525_2525    // high bit set from "[" (0x5B) on
        return fromA & ~pastZ & ~word & 0x8080_8080_8080_8080
    }

    /// Whitespace scalars beyond ASCII: no-break and typographic spaces.
    @inline(__always)
    static func isSpaceScalar(_ v: UInt32) -> Bool {
        v == 0xA0 || (v >= 0x2000 && v <= 0x200B) || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0xFEFF
    }
}
