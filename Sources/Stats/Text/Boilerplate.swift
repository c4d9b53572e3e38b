import Foundation

/// Lines that are page furniture rather than the article: share buttons, ad slots, comment counters,
/// "Baca Juga" links, photo captions, editor initials. They are dropped before counting, so a
/// mention or a number in them never reaches the report. README.md lists the same rules.
public enum Boilerplate {
    /// Why a line was dropped (counted per article in the output).
    public enum Reason: String, Sendable, Codable {
        case furniture       // SHARE, Sumber, Komentar (0), [iklan_2], Advertisement, Tags
        case readAlso        // Baca Juga / Lihat Juga / Simak Juga / Read more links
        case caption         // photo captions: "(Foto: …)", "Foto: …" — names in them still count, numbers do not
        case initials        // editor initials alone on a line: "(DKH)"
        case sourceLine      // "Sumber: https://…", "(Menurut SCMP)": kept as metadata
        case repeated        // a paragraph repeated verbatim
    }

    /// Boilerplate lines are short: longer lines are article text and are not examined (it kept the scan fast).
    static let longestLine = 240

    // The furniture words and the prefixes below are matched on a line's first `prefixLength` bytes: none may be longer.
    private static let furniture = [
        "share", "sumber", "source", "advertisement", "iklan", "tags", "tag", "komentar", "comments",
        "scroll to continue with content", "bagikan", "artikel terkait", "berita terkait", "related",
    ].map { Array($0.utf8) }
    private static let readAlsoPrefixes = ["baca juga", "lihat juga", "simak juga", "baca:", "read more", "read also", "related:"].map { Array($0.utf8) }
    private static let commentCounters = ["komentar (", "comments ("].map { Array($0.utf8) }
    private static let sourcePrefixes = ["sumber:", "source:"].map { Array($0.utf8) }
    private static let menurut = Array("(menurut ".utf8)
    /// The caption markers by where a search finds them: after "f" ("foto:", "foto ilustrasi"), after "(" ("(dok.",
    /// "(istimewa)", "(ilustrasi)"), and before ":" ("photo:"). Three `memchr` scans: searching each marker by its
    /// first byte stopped at every "p" of the line.
    private static let captionAfterF = ["foto:", "foto ilustrasi"].map { Array($0.utf8) }
    private static let captionAfterBracket = ["(dok.", "(istimewa)", "(ilustrasi)"].map { Array($0.utf8) }
    private static let captionBeforeColon = Array("photo:".utf8)

    /// First bytes of every furniture, "read also", source and counter rule above (lower-cased): a line opening with
    /// any other byte can only be a caption, so the prefix rules are skipped for it.
    private static let ruleFirstBytes: [Bool] = (0..<256).map { b in "abciklrst[(".utf8.contains(UInt8(b)) }

    /// Classifies one line (already trimmed). `nil` means: keep it.
    public static func reason(for line: String) -> Reason? {
        var line = line
        var scratch = [UInt8](repeatElement(0, count: prefixLength))
        return line.withUTF8 { text in scratch.withUnsafeMutableBufferPointer { reason(of: text, scratch: $0) } }
    }

    /// The most bytes the prefix rules read: the furniture words (whole lines of at most this length) and the prefixes.
    static let prefixLength = 40

    /// Byte-level check of one line of the article. Only its first `prefixLength` bytes are lower-cased, into `scratch`
    /// (at least that long): the prefix rules read no further, and the caption markers are compared without regard to
    /// case on the line's own bytes (copying and lower-casing every short line was 2 % of the extractor). A string is
    /// made only for the rare lines that need a closer look.
    static func reason(of text: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>) -> Reason? {
        guard let last = text.last else { return nil }
        let lower = UnsafeMutableBufferPointer(rebasing: scratch[0..<min(text.count, prefixLength)])
        _ = lower.initialize(from: UnsafeBufferPointer(rebasing: text[0..<lower.count]))
        ByteClass.lowercaseASCII(lower)
        let first = lower[0]
        let prefix = UnsafeBufferPointer(lower)  // the whole line when it is no longer than `prefixLength`
        if ruleFirstBytes[Int(first)] {
            if text.count <= prefixLength, furniture.contains(where: { equals(prefix, $0) }) { return .furniture }
            if commentCounters.contains(where: { starts(prefix, $0) }) { return .furniture }
            if first == 0x5B, last == 0x5D, !text.contains(0x20) { return .furniture }   // [iklan_2]
            if readAlsoPrefixes.contains(where: { starts(prefix, $0) }) { return .readAlso }
            if sourcePrefixes.contains(where: { starts(prefix, $0) }) { return .sourceLine }
            if starts(prefix, menurut), last == 0x29, text.count < 80 { return .sourceLine }
        }
        if isCaption(text) { return .caption }
        // Lower case changes no answer of `isInitials`: letters stay letters.
        if text.count <= 20, first == 0x28, isInitials(String(decoding: text, as: UTF8.self)) { return .initials }
        return nil
    }

    private static func equals(_ text: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        text.count == word.count && starts(text, word)
    }

    private static func starts(_ text: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard prefix.count <= text.count else { return false }
        return prefix.withUnsafeBufferPointer { memcmp(text.baseAddress!, $0.baseAddress!, prefix.count) == 0 }
    }

    /// Whether the line holds a caption marker, in any case: "f" and "F" are looked for apart.
    private static func isCaption(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        func opens(_ i: Int, _ marker: [UInt8]) -> Bool { startsIgnoringCase(UnsafeBufferPointer(rebasing: text[i...]), marker) }
        let colonMarker = captionBeforeColon.count
        return scan(text, for: 0x66, where: { i in captionAfterF.contains { opens(i, $0) } }) != nil
            || scan(text, for: 0x46, where: { i in captionAfterF.contains { opens(i, $0) } }) != nil
            || scan(text, for: 0x28, where: { i in captionAfterBracket.contains { opens(i, $0) } }) != nil
            || scan(text, for: 0x3A, where: { i in i + 1 >= colonMarker && opens(i + 1 - colonMarker, captionBeforeColon) }) != nil
    }

    /// Whether `text` opens with `prefix` (lower case) once its ASCII capitals are lower-cased.
    private static func startsIgnoringCase(_ text: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard prefix.count <= text.count else { return false }
        for (i, b) in prefix.enumerated() {
            let t = text[i]
            if (ByteClass.isUpperASCII(t) ? t | 0x20 : t) != b { return false }
        }
        return true
    }

    /// The first index of `byte` in `text` where `matches` holds: memchr finds each candidate (a byte-by-byte Swift
    /// loop here was a visible part of the scan).
    private static func scan(_ text: UnsafeBufferPointer<UInt8>, for byte: UInt8, where matches: (Int) -> Bool) -> Int? {
        guard let base = text.baseAddress else { return nil }
        var from = 0
        while from < text.count, let found = memchr(base + from, Int32(byte), text.count - from) {
            let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if matches(i) { return i }
            from = i + 1
        }
        return nil
    }

    /// "(DKH)", "(ant)", "(rds/ega)": an editor's initials in parentheses, alone on a line.
    private static func isInitials(_ line: String) -> Bool {
        guard line.hasPrefix("("), line.hasSuffix(")"), line.count <= 14 else { return false }
        let inner = line.dropFirst().dropLast()
        return !inner.isEmpty && inner.allSatisfy { $0.isLetter || $0 == "/" || $0 == "-" }
    }
}
