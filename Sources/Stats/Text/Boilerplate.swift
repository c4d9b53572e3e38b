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

    private static let furniture: Set<String> = [
        "share", "sumber", "source", "advertisement", "iklan", "tags", "tag", "komentar", "comments",
        "scroll to continue with content", "bagikan", "artikel terkait", "berita terkait", "related",
    ]
    private static let readAlsoPrefixes = ["baca juga", "lihat juga", "simak juga", "baca:", "read more", "read also", "related:"]
    private static let captionMarkers = ["foto:", "photo:", "foto ilustrasi", "(dok.", "(istimewa)", "(ilustrasi)"].map { Array($0.utf8) }

    /// Classifies one line (already trimmed). `nil` means: keep it.
    public static func reason(for line: String) -> Reason? {
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer { reason(lowercasing: $0, line: line) }
    }

    /// Byte-level check; `line` is only built for the rare lines that need a closer look.
    static func reason(lowercasing lower: UnsafeMutableBufferPointer<UInt8>, line: @autoclosure () -> String) -> Reason? {
        for i in lower.indices where ByteClass.isUpperASCII(lower[i]) { lower[i] |= 0x20 }
        let text = UnsafeBufferPointer(lower)
        if lower.count <= 40, furniture.contains(String(decoding: text, as: UTF8.self)) { return .furniture }
        if starts(text, "komentar (") || starts(text, "comments (") { return .furniture }
        if lower.first == 0x5B, lower.last == 0x5D, !text.contains(0x20) { return .furniture }   // [iklan_2]
        if readAlsoPrefixes.contains(where: { starts(text, $0) }) { return .readAlso }
        if starts(text, "sumber:") || starts(text, "source:") { return .sourceLine }
        if starts(text, "(menurut "), lower.last == 0x29, lower.count < 80 { return .sourceLine }
        if captionMarkers.contains(where: { contains(text, $0) }) { return .caption }
        if lower.count <= 20, isInitials(line()) { return .initials }
        return nil
    }

    private static func starts(_ text: UnsafeBufferPointer<UInt8>, _ prefix: String) -> Bool {
        prefix.utf8.count <= text.count && zip(prefix.utf8, text).allSatisfy { $0 == $1 }
    }

    /// Whether `needle` occurs in `text`: memchr finds each candidate first byte (a byte-by-byte Swift loop
    /// here was a visible part of the scan).
    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let base = text.baseAddress, let first = needle.first, needle.count <= text.count else { return false }
        var from = 0
        let lastStart = text.count - needle.count
        while from <= lastStart, let hit = memchr(base + from, Int32(first), lastStart - from + 1) {
            let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if (1..<needle.count).allSatisfy({ text[i + $0] == needle[$0] }) { return true }
            from = i + 1
        }
        return false
    }

    /// "(DKH)", "(ant)", "(rds/ega)": an editor's initials in parentheses, alone on a line.
    private static func isInitials(_ line: String) -> Bool {
        guard line.hasPrefix("("), line.hasSuffix(")"), line.count <= 14 else { return false }
        let inner = line.dropFirst().dropLast()
        return !inner.isEmpty && inner.allSatisfy { $0.isLetter || $0 == "/" || $0 == "-" }
    }
}
