/// Splits UTF-8 text into `Token`s in one pass over the bytes.
///
/// Numbers keep the separators inside them ("1.677", "5,5", "1,000,000") when a digit follows the
/// separator; deciding what a separator means is the number grammar's job, per article language.
/// A currency code glued to digits ("USD2", "Rp79.244", "US$5") is split so the amount is a number.
public enum Tokenizer {
    public static func tokenize(_ text: UnsafeBufferPointer<UInt8>, from: Int = 0, to: Int? = nil) -> [Token] {
        var tokens: [Token] = []
        tokenize(text, from: from, to: to ?? text.count, into: &tokens)
        return tokens
    }

    /// Appends the tokens of `text[from..<to]` (one line of an article) to `tokens`, so an article's lines
    /// share one array instead of each building its own.
    public static func tokenize(_ text: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, into tokens: inout [Token]) {
        tokenize(text, from: from, to: end, appendingTo: &tokens)
    }

    /// The same into any sink: an article's body uses a `TokenSlots`.
    static func tokenize<Sink: TokenSink & ~Copyable>(_ text: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, appendingTo tokens: inout Sink) {
        var i = from
        var spaceBefore = true
        var lineBefore = true
        while i < end {
            let b = text[i]
            let start = i
            let kind: Token.Kind
            if b < 0x80 {
                // ASCII, most bytes of an article: no scalar to decode.
                if ByteClass.isSpace(b) {
                    if b == 0x0A { lineBefore = true }
                    spaceBefore = true
                    i += 1
                    continue
                }
                if ByteClass.isASCIILetter(b) {
                    // Most tokens are ASCII letters up to a space or a mark: no run to scan for digits or other
                    // letters (calling `scanRun` for them was a third of the tokenizer).
                    let letters = asciiLetterEnd(text, start + 1, end)
                    if letters == end || text[letters] < 0x80 && !ByteClass.isDigit(text[letters]) {
                        tokens.append(Token(kind: .word, start: start, end: letters, spaceBefore: spaceBefore, lineBefore: lineBefore))
                        spaceBefore = false
                        lineBefore = false
                        i = letters
                        continue
                    }
                    (kind, i) = scanRun(text, start, end)
                } else if ByteClass.isDigit(b) {
                    (kind, i) = scanRun(text, start, end)
                    tokens.append(Token(kind: kind, start: start, end: i, spaceBefore: spaceBefore, lineBefore: lineBefore))
                    spaceBefore = false
                    lineBefore = false
                    continue
                } else {
                    kind = .punct
                    i += 1
                    tokens.append(Token(kind: kind, start: start, end: i, spaceBefore: spaceBefore, lineBefore: lineBefore))
                    spaceBefore = false
                    lineBefore = false
                    continue
                }
            } else {
                let (scalar, length) = ByteClass.scalar(text, i)
                if length > 1, ByteClass.isSpaceScalar(scalar) {
                    spaceBefore = true
                    i += length
                    continue
                }
                if ByteClass.isNonLetterScalar(scalar) {
                    kind = .punct
                    i += length
                    tokens.append(Token(kind: kind, start: start, end: i, spaceBefore: spaceBefore, lineBefore: lineBefore))
                    spaceBefore = false
                    lineBefore = false
                    continue
                }
                (kind, i) = scanRun(text, start, end)
            }
            // A run opening with a letter may be a currency glued to its amount ("USD2", "Rp79.244").
            if kind == .code, let split = currencyPrefixLength(text, start, i) {
                tokens.append(Token(kind: .word, start: start, end: start + split, spaceBefore: spaceBefore, lineBefore: lineBefore))
                let (numberKind, numberEnd) = scanRun(text, start + split, i)
                tokens.append(Token(kind: numberKind, start: start + split, end: numberEnd, spaceBefore: false, lineBefore: false))
                spaceBefore = false
                lineBefore = false
                i = numberEnd
                continue
            }
            tokens.append(Token(kind: kind, start: start, end: i, spaceBefore: spaceBefore, lineBefore: lineBefore))
            spaceBefore = false
            lineBefore = false
        }
    }

    /// Scans letters and digits (and separators between digits). Returns the kind and the end.
    private static func scanRun(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Token.Kind, Int) {
        var i = start
        var letters = false
        var digits = false
        while i < end {
            let b = p[i]
            // ASCII letters first: they are most of the bytes of a text.
            if ByteClass.isASCIILetter(b) {
                letters = true
                i = asciiLetterEnd(p, i + 1, end)
            } else if ByteClass.isDigit(b) {
                digits = true
                i += 1
            } else if b < 0x80 {
                if (b == 0x2E || b == 0x2C), digits, i + 1 < end, ByteClass.isDigit(p[i + 1]), ByteClass.isDigit(p[i - 1]) {
                    i += 1  // "1.677", "5,5", "Rp676,81": the separator belongs to the number
                } else {
                    break
                }
            } else {
                let (scalar, length) = ByteClass.scalar(p, i)
                if ByteClass.isNonLetterScalar(scalar) { break }
                letters = true
                i += length
            }
        }
        let kind: Token.Kind = digits ? (letters ? .code : .number) : .word
        return (kind, i)
    }

    /// The first byte from `i` on that is no ASCII letter (or `end`). Eight bytes at a time: most words end within the
    /// first eight, and then the answer is the first byte that is no ASCII letter. Byte by byte only near the line's end.
    @inline(__always)
    private static func asciiLetterEnd(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        var i = from
        while i + 8 <= end {
            let others = nonLetters(UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self))
            if others != 0 { return i + others.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < end, ByteClass.isASCIILetter(p[i]) { i += 1 }
        return i
    }

    /// The high bit of each byte of `word` (eight bytes of text, the first in the low bits) that is not an ASCII letter.
    @inline(__always)
    private static func nonLetters(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let folded = (word | 0x2020_2020_2020_2020) & ~high     // lower case, seven bits: adding below never carries
        let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F          // high bit set from "a" (0x61) on
        let pastZ = folded &+ 0x0505_0505_0505_0505             // high bit set from "{" (0x7B) on
        return ~(atLeastA & ~pastZ & ~word) & high               // letters: from "a", before "{", and ASCII
    }

    /// Currency codes that are written glued to an amount: "USD2", "Rp79.244", "RMB10", "US" before "$5".
    private static let gluedCurrencies: [[UInt8]] = ["USD", "US", "Rp", "RP", "IDR", "RMB", "CNY", "EUR", "JPY", "KRW", "SGD", "HKD", "GBP", "HK"].map { Array($0.utf8) }

    /// The longest of `gluedCurrencies`: a longer prefix ("Company0", "Galaxy5") is none of them.
    private static let maxGluedCurrency = 3

    private static func currencyPrefixLength(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var letterEnd = start
        while letterEnd < end, ByteClass.isASCIILetter(p[letterEnd]) { letterEnd += 1 }
        guard letterEnd > start, letterEnd < end, letterEnd - start <= maxGluedCurrency else { return nil }
        // Everything after the prefix must be a plain number.
        var i = letterEnd
        while i < end {
            let b = p[i]
            guard ByteClass.isDigit(b) || b == 0x2E || b == 0x2C else { return nil }
            i += 1
        }
        let prefix = UnsafeBufferPointer(rebasing: p[start..<letterEnd])
        for code in gluedCurrencies where code.count > 1 && code.elementsEqual(prefix) { return letterEnd - start }
        return nil
    }
}

/// Where the tokenizer puts tokens.
protocol TokenSink: ~Copyable {
    mutating func append(_ token: Token)
}

extension Array: TokenSink where Element == Token {}

/// An article's tokens written straight into the uninitialised storage of its token array. Unlike an array's
/// `append`, it does not ask per token whether the storage is shared (a runtime call per token, ~2 % of the scan);
/// tokens past the storage's end go to `overflow`, for the owner to append once the storage is handed over.
struct TokenSlots: TokenSink {
    private let storage: UnsafeMutableBufferPointer<Token>
    /// Tokens written into `storage`.
    private(set) var written = 0
    private(set) var overflow: [Token] = []

    init(_ storage: UnsafeMutableBufferPointer<Token>) { self.storage = storage }

    /// Tokens found so far, the overflow included.
    var count: Int { written + overflow.count }

    @inline(__always)
    mutating func append(_ token: Token) {
        if written < storage.count {
            (storage.baseAddress! + written).initialize(to: token)
            written += 1
        } else {
            overflow.append(token)
        }
    }
}
