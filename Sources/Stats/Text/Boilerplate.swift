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
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer { reason(lowercasing: $0) }
    }

    /// Byte-level check of the line's bytes, lower-cased in place (eight at a time: a byte loop was 1.5 % of the
    /// extractor). A string is made only for the rare lines that need a closer look.
    static func reason(lowercasing lower: UnsafeMutableBufferPointer<UInt8>) -> Reason? {
        ByteClass.lowercaseASCII(lower)
        guard let first = lower.first else { return nil }
        let text = UnsafeBufferPointer(lower)
        if ruleFirstBytes[Int(first)] {
            if lower.count <= 40, furniture.contains(where: { equals(text, $0) }) { return .furniture }
            if commentCounters.contains(where: { starts(text, $0) }) { return .furniture }
            if first == 0x5B, lower.last == 0x5D, !text.contains(0x20) { return .furniture }   // [iklan_2]
            if readAlsoPrefixes.contains(where: { starts(text, $0) }) { return .readAlso }
            if sourcePrefixes.contains(where: { starts(text, $0) }) { return .sourceLine }
            if starts(text, menurut), lower.last == 0x29, lower.count < 80 { return .sourceLine }
        }
        if isCaption(text) { return .caption }
        // Lower case changes no answer of `isInitials`: letters stay letters.
        if lower.count <= 20, first == 0x28, isInitials(String(decoding: text, as: UTF8.self)) { return .initials }
        return nil
    }

    private static func equals(_ text: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        text.count == word.count && starts(text, word)
    }

    private static func starts(_ text: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard prefix.count <= text.count else { return false }
        return prefix.withUnsafeBufferPointer { memcmp(text.baseAddress!, $0.baseAddress!, prefix.count) == 0 }
    }

    /// Whether the lower-cased line holds a caption marker.
    private static func isCaption(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        func opens(_ i: Int, _ marker: [UInt8]) -> Bool { starts(UnsafeBufferPointer(rebasing: text[i...]), marker) }
        let colonMarker = captionBeforeColon.count
        return scan(text, for: 0x66, where: { i in captionAfterF.contains { opens(i, $0) } }) != nil
            || scan(text, for: 0x28, where: { i in captionAfterBracket.contains { opens(i, $0) } }) != nil
            || scan(text, for: 0x3A, where: { i in i + 1 >= colonMarker && opens(i + 1 - colonMarker, captionBeforeColon) }) != nil
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
