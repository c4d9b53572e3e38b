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

    private static let furniture: Set<String> = [
        "share", "sumber", "source", "advertisement", "iklan", "tags", "tag", "komentar", "comments",
        "scroll to continue with content", "bagikan", "artikel terkait", "berita terkait", "related",
    ]
    private static let readAlsoPrefixes = ["baca juga", "lihat juga", "simak juga", "baca:", "read more", "read also", "related:"]
    private static let captionMarkers = ["(foto:", "foto:", "(photo:", "photo:", "foto ilustrasi", "(dok.", "(istimewa)", "(ilustrasi)"]

    /// Classifies one line (already trimmed). `nil` means: keep it.
    public static func reason(for line: String) -> Reason? {
        let lower = line.lowercased()
        if furniture.contains(lower) { return .furniture }
        if lower.hasPrefix("komentar (") || lower.hasPrefix("comments (") { return .furniture }
        if lower.hasPrefix("["), lower.hasSuffix("]"), !lower.contains(" ") { return .furniture }
        if readAlsoPrefixes.contains(where: lower.hasPrefix) { return .readAlso }
        if lower.hasPrefix("sumber:") || lower.hasPrefix("source:") { return .sourceLine }
        if lower.hasPrefix("(menurut "), lower.hasSuffix(")"), lower.count < 80 { return .sourceLine }
        if line.utf8.count < 300, captionMarkers.contains(where: lower.contains) { return .caption }
        if isInitials(line) { return .initials }
        return nil
    }

    /// "(DKH)", "(ant)", "(rds/ega)": an editor's initials in parentheses, alone on a line.
    private static func isInitials(_ line: String) -> Bool {
        guard line.hasPrefix("("), line.hasSuffix(")"), line.count <= 14 else { return false }
        let inner = line.dropFirst().dropLast()
        return !inner.isEmpty && inner.allSatisfy { $0.isLetter || $0 == "/" || $0 == "-" }
    }
}
