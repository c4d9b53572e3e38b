import Foundation

/// Turns the raw bytes of an article file into UTF-8 the analyzer can scan, or rejects the file.
///
/// The common case, a valid UTF-8 file, costs one validation pass and returns the input array unchanged.
/// Everything else (UTF-16, Windows-1252, mojibake, empty and binary files) is the slow path.
public enum ArticleDecoder {
    public struct Decoded: Sendable, Equatable {
        /// UTF-8 text. For a UTF-8 file these are the file's bytes unchanged (a UTF-8 BOM is kept).
        public var utf8: [UInt8]
        /// nil when the file was UTF-8 already; else what was done ("utf-16le", "windows-1252+mojibake-repaired", …).
        public var encoding: String?
        /// One short lowercase phrase each, e.g. "decoded as Windows-1252 (not valid UTF-8)".
        public var warnings: [String]

        public init(utf8: [UInt8], encoding: String? = nil, warnings: [String] = []) {
            self.utf8 = utf8
            self.encoding = encoding
            self.warnings = warnings
        }
    }

    public enum Rejection: Error, Equatable, Sendable {
        /// Zero bytes, or only whitespace (including a byte order mark).
        case empty
        /// NUL bytes outside UTF-16, a known binary signature, or many control characters.
        case binary

        /// A phrase for "skipped FILE: <reason>".
        public var reason: String {
            switch self {
            case .empty: return "the file is empty"
            case .binary: return "the file is binary, not text"
            }
        }
    }

    public static func decode(_ bytes: [UInt8]) -> Result<Decoded, Rejection> {
        if bytes.isEmpty { return .failure(.empty) }
        var encodings: [String] = []
        var warnings: [String] = []
        var text: [UInt8]
        var mayHoldMojibake = true

        if let utf16 = UTF16Form(detectingIn: bytes) {
            let (out, problems) = bytes.withUnsafeBufferPointer { transcodeUTF16($0, from: utf16.bomLength, bigEndian: utf16.bigEndian) }
            text = out
            encodings.append(utf16.bigEndian ? "utf-16be" : "utf-16le")
            warnings.append("decoded as UTF-16\(utf16.bigEndian ? "BE" : "LE")" + (utf16.bomLength == 0 ? " (no byte order mark)" : ""))
            warnings += problems
            if isBlank(text) { return .failure(.empty) }
            if looksBinary(text) { return .failure(.binary) }
        } else {
            if looksBinary(bytes) { return .failure(.binary) }
            let check = bytes.withUnsafeBufferPointer { validateUTF8($0) }
            if check.valid {
                text = bytes
                mayHoldMojibake = check.mojibakeLead
            } else {
                let legacy = bytes.withUnsafeBufferPointer { decodeLegacy($0) }
                text = legacy.utf8
                encodings.append("windows-1252")
                warnings.append(legacy.warning)
            }
            if isBlank(text) { return .failure(.empty) }
        }

        if mayHoldMojibake, let repair = text.withUnsafeBufferPointer({ repairMojibake($0) }) {
            text = repair.utf8
            encodings.append("mojibake-repaired")
            let noun = repair.count == 1 ? "sequence" : "sequences"
            warnings.append("repaired \(repair.count) mojibake \(noun) such as \(repair.example)")
        }
        return .success(Decoded(utf8: text, encoding: encodings.isEmpty ? nil : encodings.joined(separator: "+"), warnings: warnings))
    }
}

// MARK: - Empty and binary files

extension ArticleDecoder {
    /// Magic numbers of files that are often renamed to .txt by mistake: PNG, PDF, ELF, ZIP (docx), GIF, JPEG, gzip.
    private static let binarySignatures: [[UInt8]] = [
        [0x89, 0x50, 0x4E, 0x47], Array("%PDF-".utf8), [0x7F, 0x45, 0x4C, 0x46], [0x50, 0x4B, 0x03, 0x04],
        Array("GIF8".utf8), [0xFF, 0xD8, 0xFF], [0x1F, 0x8B],
    ]

    /// True for a known binary signature, any NUL byte, or more than 10% control bytes in the first 64 KB.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if binarySignatures.contains(where: { bytes.starts(with: $0) }) { return true }
        return bytes.withUnsafeBufferPointer { p in
            if memchr(p.baseAddress!, 0, p.count) != nil { return true }
            let sample = UnsafeBufferPointer(rebasing: p.prefix(65_536))
            var controls = 0
            controlBytes.withUnsafeBufferPointer { isControl in
                // Eight bytes at a time: only a word holding a byte below 0x20 or a 0x7F is counted byte by byte.
                let raw = UnsafeRawPointer(sample.baseAddress!)
                var i = 0
                while i + 8 <= sample.count {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let del = word ^ 0x7F7F_7F7F_7F7F_7F7F
                    let low = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                    let isDel = (del &- 0x0101_0101_0101_0101) & ~del & 0x8080_8080_8080_8080
                    if low | isDel != 0 {
                        for b in sample[i..<(i + 8)] { controls &+= Int(isControl[Int(b)]) }
                    }
                    i += 8
                }
                for b in sample[i...] { controls &+= Int(isControl[Int(b)]) }
            }
            return controls * 10 > sample.count
        }
    }

    /// 1 for a control byte other than tab, newline, form feed and carriage return: one table load per byte
    /// instead of six comparisons (this loop reads every byte of every article).
    private static let controlBytes: [UInt8] = (0..<256).map { b in
        (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D) || b == 0x7F ? 1 : 0
    }

    /// True when the UTF-8 text holds only whitespace: ASCII spaces, NBSP, Unicode spaces, zero-width spaces, BOMs.
    /// Returns at the first visible character, so it costs nothing for a real article.
    static func isBlank(_ utf8: [UInt8]) -> Bool {
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { i += 1; continue }
            if b == 0xC2, i + 1 < n, utf8[i + 1] == 0xA0 { i += 2; continue }                     // NBSP
            guard i + 2 < n else { return false }
            let b1 = utf8[i + 1], b2 = utf8[i + 2]
            let blank3 = (b == 0xEF && b1 == 0xBB && b2 == 0xBF)                                    // BOM
                || (b == 0xE2 && b1 == 0x80 && (b2 <= 0x8B || b2 == 0xAF))                          // U+2000–200B, U+202F
                || (b == 0xE2 && b1 == 0x81 && (b2 == 0x9F || b2 == 0xA0))                          // U+205F, U+2060
                || (b == 0xE3 && b1 == 0x80 && b2 == 0x80)                                          // U+3000
            guard blank3 else { return false }
            i += 3
        }
        return true
    }
}

// MARK: - UTF-8

extension ArticleDecoder {
    /// Length of the valid UTF-8 sequence starting with the non-ASCII byte at `i`, or 0 when it is invalid
    /// (stray continuation, overlong form, surrogate, beyond U+10FFFF, or cut short).
    @inline(__always)
    static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b0 = p[i], n = p.count
        @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < n && p[i + k] >= lo && p[i + k] <= hi
        }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xE1...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    /// The index of the first non-ASCII byte at or after `i` (or the end), looking at eight bytes at a time.
    @inline(__always)
    static func skipASCII(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = p.baseAddress else { return start }
        let raw = UnsafeRawPointer(base), n = p.count
        var i = start
        while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
        while i < n, p[i] < 0x80 { i += 1 }
        return i
    }

    /// One pass over the file: is it valid UTF-8, and does it contain a scalar that starts a mojibake sequence?
    /// ASCII is skipped eight bytes at a time, which is what makes a 50 MB file cheap.
    static func validateUTF8(_ p: UnsafeBufferPointer<UInt8>) -> (valid: Bool, mojibakeLead: Bool) {
        let n = p.count
        var i = 0
        var lead = false
        while i < n {
            i = skipASCII(p, from: i)
            guard i < n else { break }
            let len = sequenceLength(p, i)
            if len == 0 { return (false, lead) }
            if !lead { lead = startsMojibakeScan(p, i) }
            i += len
        }
        return (true, lead)
    }

    /// Cheap pre-check for `repairMojibake`: the valid sequence at `i` is Â…ß or â (CP1252 leads C2–DF, E2) or ‚ (Mac Roman E2).
    @inline(__always)
    private static func startsMojibakeScan(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b0 = p[i], b1 = p[i + 1]
        if b0 == 0xC3 { return (b1 >= 0x82 && b1 <= 0x9F) || b1 == 0xA2 }
        return b0 == 0xE2 && b1 == 0x80 && p[i + 2] == 0x9A
    }
}

// MARK: - UTF-16

extension ArticleDecoder {
    /// How a UTF-16 file is laid out: byte order and the length of its byte order mark (0 when detected without one).
    struct UTF16Form {
        var bigEndian: Bool
        var bomLength: Int

        /// Finds UTF-16 by its BOM, or without one when, in the first 4 KB, most high bytes are zero and few low bytes are
        /// (mostly-ASCII text); other files with NUL bytes are left to the binary check.
        init?(detectingIn bytes: [UInt8]) {
            if bytes.starts(with: [0xFF, 0xFE]) { self.init(bigEndian: false, bomLength: 2); return }
            if bytes.starts(with: [0xFE, 0xFF]) { self.init(bigEndian: true, bomLength: 2); return }
            let pairs = min(bytes.count, 4096) / 2
            guard pairs > 0 else { return nil }
            // Almost every file has no zero byte at all: one memchr settles it.
            if bytes.withUnsafeBufferPointer({ memchr($0.baseAddress!, 0, 2 * pairs) == nil }) { return nil }
            var zeroEven = 0, zeroOdd = 0
            for k in 0..<pairs {
                if bytes[2 * k] == 0 { zeroEven += 1 }
                if bytes[2 * k + 1] == 0 { zeroOdd += 1 }
            }
            let most = pairs * 6 / 10, few = pairs / 10
            if zeroOdd > most, zeroEven <= few { self.init(bigEndian: false, bomLength: 0); return }
            if zeroEven > most, zeroOdd <= few { self.init(bigEndian: true, bomLength: 0); return }
            return nil
        }

        init(bigEndian: Bool, bomLength: Int) {
            self.bigEndian = bigEndian
            self.bomLength = bomLength
        }
    }

    /// UTF-16 → UTF-8; an unpaired surrogate becomes U+FFFD and an odd last byte is dropped, each with a warning.
    static func transcodeUTF16(_ p: UnsafeBufferPointer<UInt8>, from start: Int, bigEndian: Bool) -> ([UInt8], [String]) {
        let units = (p.count - start) / 2
        var out: [UInt8] = []
        out.reserveCapacity(units + units / 2)
        @inline(__always) func unit(_ k: Int) -> UInt32 {
            let a = UInt32(p[start + 2 * k]), b = UInt32(p[start + 2 * k + 1])
            return bigEndian ? a << 8 | b : b << 8 | a
        }
        var k = 0, unpaired = 0
        while k < units {
            var v = unit(k)
            k += 1
            if v >= 0xD800 && v <= 0xDFFF {
                if v <= 0xDBFF, k < units, case let low = unit(k), low >= 0xDC00 && low <= 0xDFFF {
                    v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    k += 1
                } else {
                    v = 0xFFFD
                    unpaired += 1
                }
            }
            appendUTF8(v, to: &out)
        }
        var problems: [String] = []
        if unpaired > 0 { problems.append("replaced \(unpaired) unpaired UTF-16 surrogate\(unpaired == 1 ? "" : "s") with U+FFFD") }
        if (p.count - start) % 2 == 1 { problems.append("dropped an odd last byte (the UTF-16 file is cut short)") }
        return (out, problems)
    }

    /// Appends the UTF-8 form of scalar `v` (which must be a valid scalar).
    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80:
            out.append(UInt8(v))
        case ..<0x800:
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }
}

// MARK: - Windows-1252

extension ArticleDecoder {
    /// Windows-1252 bytes 0x80–0x9F (the rest of 0xA0–0xFF is Latin-1). The undefined 81 8D 8F 90 9D read as U+FFFD.
    static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Decodes a file that is not valid UTF-8. A file that is mostly valid UTF-8 with a few bad bytes keeps its
    /// UTF-8 and reads only the bad bytes as Windows-1252 (decoding it all would turn every “ into â€œ);
    /// otherwise every byte is Windows-1252.
    static func decodeLegacy(_ p: UnsafeBufferPointer<UInt8>) -> (utf8: [UInt8], warning: String) {
        var valid = 0, invalid = 0, i = 0
        while i < p.count {
            i = skipASCII(p, from: i)
            guard i < p.count else { break }
            let len = sequenceLength(p, i)
            if len == 0 { invalid += 1; i += 1 } else { valid += 1; i += len }
        }
        let keepUTF8 = valid > invalid
        var out: [UInt8] = []
        out.reserveCapacity(p.count + p.count / 4)
        i = 0
        while i < p.count {
            let b = p[i]
            if b < 0x80 {
                let start = i
                i = skipASCII(p, from: i)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<i]))
                continue
            }
            if keepUTF8, case let len = sequenceLength(p, i), len > 0 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<i + len]))
                i += len
                continue
            }
            appendUTF8(b < 0xA0 ? cp1252High[Int(b) - 0x80] : UInt32(b), to: &out)
            i += 1
        }
        let warning = keepUTF8
            ? "decoded \(invalid) invalid byte\(invalid == 1 ? "" : "s") as Windows-1252 (the rest is UTF-8)"
            : "decoded as Windows-1252 (not valid UTF-8)"
        return (out, warning)
    }

    /// The Windows-1252 byte that reads as scalar `v`, for bytes 0x80–0xBF (a Latin-1 reading of 0x80–0x9F counts too).
    private static func cp1252Continuation(_ v: UInt32) -> UInt8? {
        if v >= 0x80 && v <= 0xBF { return UInt8(v) }
        guard v > 0xFF, let k = cp1252High.firstIndex(of: v), v != 0xFFFD else { return nil }
        return UInt8(0x80 + k)
    }
}

// MARK: - Mojibake

extension ArticleDecoder {
    /// Mac Roman bytes 0x80–0xBF (0xBD is Ω, written U+2126 or U+03A9 by different tables).
    private static let macRomanMid: [UInt32] = [
        0xC4, 0xC5, 0xC7, 0xC9, 0xD1, 0xD6, 0xDC, 0xE1, 0xE0, 0xE2, 0xE4, 0xE3, 0xE5, 0xE7, 0xE9, 0xE8,
        0xEA, 0xEB, 0xED, 0xEC, 0xEE, 0xEF, 0xF1, 0xF3, 0xF2, 0xF4, 0xF6, 0xF5, 0xFA, 0xF9, 0xFB, 0xFC,
        0x2020, 0xB0, 0xA2, 0xA3, 0xA7, 0x2022, 0xB6, 0xDF, 0xAE, 0xA9, 0x2122, 0xB4, 0xA8, 0x2260, 0xC6, 0xD8,
        0x221E, 0xB1, 0x2264, 0x2265, 0xA5, 0xB5, 0x2202, 0x2211, 0x220F, 0x3C0, 0x222B, 0xAA, 0xBA, 0x2126, 0xE6, 0xF8,
    ]

    /// The Mac Roman byte 0x80–0xBF that reads as scalar `v`.
    private static func macRomanContinuation(_ v: UInt32) -> UInt8? {
        if v == 0x03A9 { return 0xBD }
        return macRomanMid.firstIndex(of: v).map { UInt8(0x80 + $0) }
    }

    /// Replaces UTF-8 text that was once misread as Windows-1252 (`â€œ` `Ã©`) or Mac Roman (`‚Äú`) by the original
    /// characters. Returns nil when nothing was repaired, so a clean file is not copied.
    ///
    /// A file was misread one way: when it shows Mac Roman mojibake, the Windows-1252 rules are not applied, since
    /// Mac Roman mojibake of Arabic or of ™ (`ÿßŸÑ`, `‚Ñ¢`) contains pairs such as `ßŸ` `Ñ¢` that would be "repaired" wrongly.
    static func repairMojibake(_ p: UnsafeBufferPointer<UInt8>) -> (utf8: [UInt8], count: Int, example: String)? {
        repairMojibake(p, macRoman: showsMacRomanMojibake(p))
    }

    /// True when the text holds the Mac Roman reading of a UTF-8 lead byte followed by that of a continuation byte:
    /// ‚ (E2, then two), √ (C3), ÿ (D8) or Ÿ (D9, both Arabic). In Windows-1252 mojibake or real text these are rare.
    private static func showsMacRomanMojibake(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < p.count {
            i = skipASCII(p, from: i)
            guard i < p.count else { break }
            let (s1, l1) = ByteClass.scalar(p, i)
            if s1 == 0x201A, macRomanMojibake(p, at: i) != nil { return true }
            if s1 == 0x221A || s1 == 0xFF || s1 == 0x178, i + l1 < p.count,
               macRomanContinuation(ByteClass.scalar(p, i + l1).0) != nil { return true }
            i += l1
        }
        return false
    }

    /// One repair pass with either the Mac Roman or the Windows-1252 rules.
    private static func repairMojibake(_ p: UnsafeBufferPointer<UInt8>, macRoman: Bool) -> (utf8: [UInt8], count: Int, example: String)? {
        var out: [UInt8] = []
        var count = 0, example = ""
        var copied = 0, i = 0
        while i < p.count {
            i = skipASCII(p, from: i)
            guard i < p.count else { break }
            guard let (length, original) = macRoman ? macRomanMojibake(p, at: i) : cp1252Mojibake(p, at: i) else {
                i += ByteClass.scalar(p, i).1
                continue
            }
            if count == 0 {
                out.reserveCapacity(p.count)
                example = String(decoding: UnsafeBufferPointer(rebasing: p[i..<i + length]), as: UTF8.self)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<i]))
            out.append(contentsOf: original)
            count += 1
            i += length
            copied = i
        }
        guard count > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied...]))
        return (out, count, example)
    }

    /// Mac Roman mojibake at `i`: ‚ (the Mac Roman reading of E2) then two characters read from bytes 80–BF,
    /// e.g. `‚Äú` → “, `‚Ñ¢` → ™. Other Mac Roman leads (√ for é, ÿ and Ÿ for Arabic) are left alone: the pairs they
    /// form are too close to real text to repair safely. Returns the length in bytes and the original UTF-8 bytes.
    private static func macRomanMojibake(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, [UInt8])? {
        let (s1, l1) = ByteClass.scalar(p, i)
        guard s1 == 0x201A, i + l1 < p.count else { return nil }
        let (s2, l2) = ByteClass.scalar(p, i + l1)
        guard let b2 = macRomanContinuation(s2), i + l1 + l2 < p.count else { return nil }
        let (s3, l3) = ByteClass.scalar(p, i + l1 + l2)
        guard let b3 = macRomanContinuation(s3) else { return nil }
        return (l1 + l2 + l3, [0xE2, b2, b3])
    }

    /// Windows-1252 mojibake at `i`: Â–ß then one character (a 2-byte sequence C2–DF xx), or â then two (E2 xx xx).
    /// Returns the length in bytes and the original UTF-8 bytes.
    private static func cp1252Mojibake(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, [UInt8])? {
        let (s1, l1) = ByteClass.scalar(p, i)
        guard (s1 >= 0xC2 && s1 <= 0xDF) || s1 == 0xE2, i + l1 < p.count else { return nil }
        let (s2, l2) = ByteClass.scalar(p, i + l1)
        guard let b2 = cp1252Continuation(s2) else { return nil }
        let b1 = UInt8(s1)
        if b1 == 0xE2 {
            guard i + l1 + l2 < p.count else { return nil }
            let (s3, l3) = ByteClass.scalar(p, i + l1 + l2)
            guard let b3 = cp1252Continuation(s3) else { return nil }
            return (l1 + l2 + l3, [0xE2, b2, b3])
        }
        if b1 == 0xC2 && b2 < 0xA0 { return nil }                   // would give a C1 control, never intended
        if b1 >= 0xC4 && endsAccentedWord(p, at: i, secondByte: b2) { return nil }
        return (l1 + l2, [b1, b2])
    }

    /// Guards real text such as `CAFÉ”` or `Fuß“`: a capital/ß after a letter, followed by a non-letter symbol.
    /// (Â and Ã are exempt: they are the bulk of real mojibake and rare at the end of words.)
    private static func endsAccentedWord(_ p: UnsafeBufferPointer<UInt8>, at i: Int, secondByte b2: UInt8) -> Bool {
        let cp1252Letters: [UInt8] = [0x83, 0x8A, 0x8C, 0x8E, 0x9A, 0x9C, 0x9E, 0x9F, 0xAA, 0xB5, 0xBA]
        return i > 0 && ByteClass.isASCIILetter(p[i - 1]) && !cp1252Letters.contains(b2)
    }
}
