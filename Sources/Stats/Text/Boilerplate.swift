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
    private static let captionMarkers = ["(foto:", "foto:", "(photo:", "photo:", "foto ilustrasi", "(dok.", "(istimewa)", "(ilustrasi)"]

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
        if mayHoldCaptionMarker(text), captionMarkers.contains(where: { contains(text, $0) }) { return .caption }
        if lower.count <= 20, isInitials(line()) { return .initials }
        return nil
    }

    /// One cheap pass before the marker searches: every caption marker contains "oto", "dok." or "stimewa"/"lustrasi".
    private static func mayHoldCaptionMarker(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 4 else { return false }
        for i in 0..<(text.count - 3) {
            let a = text[i], b = text[i + 1], c = text[i + 2]
            if a == 0x6F, b == 0x74, c == 0x6F { return true }                      // "oto" (foto, photo)
            if a == 0x64, b == 0x6F, c == 0x6B, text[i + 3] == 0x2E { return true }  // "dok."
            if a == 0x73, b == 0x74, c == 0x69 || c == 0x72 { return true }          // "stimewa", "strasi"
        }
        return false
    }

    private static func starts(_ text: UnsafeBufferPointer<UInt8>, _ prefix: String) -> Bool {
        prefix.utf8.count <= text.count && zip(prefix.utf8, text).allSatisfy { $0 == $1 }
    }

    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard n.count <= text.count else { return false }
        var i = 0
        while i + n.count <= text.count {
            if text[i] == n[0], (1..<n.count).allSatisfy({ text[i + $0] == n[$0] }) { return true }
            i += 1
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
