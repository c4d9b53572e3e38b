/// The fields of one JSON Lines record that holds a flat object of strings and integers, read from the bytes.
///
/// A scraper's manifest line is such an object; JSONSerialization took ~1 s of CPU for the corpus's 55,000 lines.
/// Anything this reader is not sure to read exactly as JSONSerialization would (nested values, `true`,
/// `null`, fractions, a repeated key, invalid UTF-8, a lone surrogate) makes it return nil, and the caller
/// hands the line to JSONSerialization: the fast path never decides what a line means on its own.
enum FlatJSONLine {
    /// Lower-cased key → value (an integer as its decimal digits), or nil for "ask JSONSerialization".
    static func fields(_ line: ArraySlice<UInt8>) -> [String: String]? {
        var reader = Reader(bytes: line)
        reader.skipSpace()
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        var fields: [String: String] = [:]
        reader.skipSpace()
        if reader.take(UInt8(ascii: "}")) { return reader.atEndAfterSpace() ? fields : nil }
        while true {
            reader.skipSpace()
            guard let key = reader.string() else { return nil }
            reader.skipSpace()
            guard reader.take(UInt8(ascii: ":")) else { return nil }
            reader.skipSpace()
            guard let value = reader.next == UInt8(ascii: "\"") ? reader.string() : reader.integer() else { return nil }
            let lower = key.lowercased()
            // Two keys that meet in lower case: which one JSONSerialization's dictionary keeps is its own affair.
            guard fields.updateValue(value, forKey: lower) == nil else { return nil }
            reader.skipSpace()
            if reader.take(UInt8(ascii: ",")) { continue }
            guard reader.take(UInt8(ascii: "}")) else { return nil }
            return reader.atEndAfterSpace() ? fields : nil
        }
    }

    private struct Reader {
        let bytes: ArraySlice<UInt8>
        var i: Int

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            i = bytes.startIndex
        }

        var next: UInt8? { i < bytes.endIndex ? bytes[i] : nil }

        mutating func skipSpace() {
            while i < bytes.endIndex, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
        }

        mutating func take(_ b: UInt8) -> Bool {
            guard i < bytes.endIndex, bytes[i] == b else { return false }
            i += 1
            return true
        }

        mutating func atEndAfterSpace() -> Bool {
            skipSpace()
            return i == bytes.endIndex
        }

        /// A string with the common escapes; nil for anything else (no string here, a control byte, invalid UTF-8).
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            // Plain ASCII up to the closing quote (most strings): one String straight from the bytes.
            var end = i
            while end < bytes.endIndex, bytes[end] &- 0x20 < 0x60, bytes[end] != UInt8(ascii: "\"") , bytes[end] != UInt8(ascii: "\\") { end += 1 }
            if end < bytes.endIndex, bytes[end] == UInt8(ascii: "\"") {
                defer { i = end + 1 }
                return String(decoding: bytes[i..<end], as: UTF8.self)
            }
            var utf8: [UInt8] = []
            var runStart = i
            while i < bytes.endIndex {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    utf8 += bytes[runStart..<i]
                    i += 1
                    return Self.isValidUTF8(utf8) ? String(decoding: utf8, as: UTF8.self) : nil
                }
                if b < 0x20 { return nil }
                if b == UInt8(ascii: "\\") {
                    utf8 += bytes[runStart..<i]
                    i += 1
                    guard i < bytes.endIndex, let scalar = escape() else { return nil }
                    UTF8.encode(scalar) { utf8.append($0) }
                    runStart = i
                    continue
                }
                i += 1
            }
            return nil
        }

        private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
            guard bytes.contains(where: { $0 >= 0x80 }) else { return true }
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }

        /// The scalar of the escape after a backslash (`i` at its letter); nil for a lone surrogate or a bad escape.
        private mutating func escape() -> Unicode.Scalar? {
            let letter = bytes[i]
            i += 1
            switch letter {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(letter)
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                guard let unit = hex4(), unit != 0 else { return nil }
                guard (0xD800...0xDFFF).contains(unit) else { return Unicode.Scalar(unit) }
                // A surrogate pair: high then "\u" low.
                guard unit < 0xDC00, take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            default: return nil
            }
        }

        private mutating func hex4() -> UInt32? {
            guard bytes.endIndex - i >= 4 else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i] | 0x20
                let digit: UInt8
                if ByteClass.isDigit(bytes[i]) { digit = bytes[i] - 0x30 } else if b >= 0x61, b <= 0x66 { digit = b - 0x61 + 10 } else { return nil }
                value = value << 4 | UInt32(digit)
                i += 1
            }
            return value
        }

        /// A plain integer that fits any Int ("0", "1914", "-3"): NSNumber gives it back as these digits.
        /// Fractions, exponents, "-0", leading zeros and long runs are left to JSONSerialization.
        mutating func integer() -> String? {
            let start = i
            _ = take(UInt8(ascii: "-"))
            let digitsStart = i
            while i < bytes.endIndex, ByteClass.isDigit(bytes[i]) { i += 1 }
            let digits = i - digitsStart
            guard digits >= 1, digits <= 18, !(digits > 1 && bytes[digitsStart] == UInt8(ascii: "0")),
                  !(i - start == 2 && bytes[digitsStart] == UInt8(ascii: "0")) else { return nil }
            if i < bytes.endIndex, bytes[i] == UInt8(ascii: ".") || bytes[i] | 0x20 == UInt8(ascii: "e") { return nil }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }
    }
}
