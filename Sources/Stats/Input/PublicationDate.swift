/// Reads the publication date out of the date strings scrapers store, whatever their format:
/// "2019-10-09 00:00:00", "16/09/2019", " Sep 30, 2019 ", "10-Sep-19", "29 Agustus 2019", "Oktober 19, 2019",
/// "Diperbarui 18 Jun 2025, 14:05 WIB", ", Jurnalis-Senin, 16 Juni 2025 |15:20 WIB", "Kompas.com- 18/06/2025, 21:35 WIB",
/// "01Nov2025". The first date in the string wins; times, weekdays and words around it are ignored.
public enum PublicationDate {
    /// ISO `YYYY-MM-DD`, or nil when the string holds no complete, valid date.
    public static func iso(_ string: String) -> String? {
        let parts = pieces(string)
        var i = 0
        while i < parts.count {
            if let found = date(at: i, parts) { return found }
            i += 1
        }
        return nil
    }

    /// The date in a publisher's URL path ("…/read/2019/09/10/21485171/…"): the publisher's own record of the day.
    public static func fromURL(_ url: String) -> String? {
        // Bytes for ASCII URLs (all of the corpus's): splitting 27,000 URLs into Strings took ~1 s of CPU per run.
        if url.utf8.allSatisfy({ $0 < 0x80 }) { return asciiFromURL(Array(url.utf8)) }
        let segments = url.split(separator: "/").map(String.init)
        guard segments.count >= 3 else { return nil }
        for i in 0..<(segments.count - 2) {
            guard segments[i].count == 4, segments[i + 1].count == 2, segments[i + 2].count == 2,
                  let y = Int(segments[i]), let m = Int(segments[i + 1]), let d = Int(segments[i + 2]) else { continue }
            if let iso = DateReader.iso(y, m, d) { return iso }
        }
        return nil
    }

    private enum Piece: Equatable {
        case number(Int, digits: Int)
        case month(Int)
        case word
    }

    /// Runs of digits and of letters ("01Nov2025" → 01, Nov, 2025); separators are dropped.
    private static func pieces(_ string: String) -> [Piece] {
        if string.utf8.allSatisfy({ $0 < 0x80 }) { return asciiPieces(Array(string.utf8)) }
        var result: [Piece] = []
        var run = ""
        var digits = false
        func flush() {
            guard !run.isEmpty else { return }
            if digits { result.append(.number(Int(run) ?? -1, digits: run.count)) } else { result.append(months[run.lowercased()].map(Piece.month) ?? .word) }
            run = ""
        }
        for c in string {
            if c.isASCII, c.isNumber {
                if !digits { flush() }
                digits = true
                run.append(c)
            } else if c.isLetter {
                if digits { flush() }
                digits = false
                run.append(c)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// `fromURL` on ASCII bytes: the same segments ("/" runs dropped) and the same `Int` reading of each.
    private static func asciiFromURL(_ bytes: [UInt8]) -> String? {
        var segments: [Range<Int>] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "/") {
            if i > start { segments.append(start..<i) }
            start = i + 1
        }
        guard segments.count >= 3 else { return nil }
        for i in 0..<(segments.count - 2) {
            guard segments[i].count == 4, segments[i + 1].count == 2, segments[i + 2].count == 2,
                  let y = integer(bytes[segments[i]]), let m = integer(bytes[segments[i + 1]]), let d = integer(bytes[segments[i + 2]]) else { continue }
            if let iso = DateReader.iso(y, m, d) { return iso }
        }
        return nil
    }

    /// What `Int(String)` makes of a few ASCII bytes: an optional sign, then digits only.
    private static func integer(_ bytes: ArraySlice<UInt8>) -> Int? {
        var digits = bytes[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for b in digits {
            guard ByteClass.isDigit(b) else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return negative ? -value : value
    }

    /// `pieces` on ASCII bytes, where a letter is A–Z or a–z and a digit 0–9, as `Character` says for ASCII.
    private static func asciiPieces(_ bytes: [UInt8]) -> [Piece] {
        var result: [Piece] = []
        var i = 0
        while i < bytes.count {
            let start = i
            if ByteClass.isDigit(bytes[i]) {
                while i < bytes.count, ByteClass.isDigit(bytes[i]) { i += 1 }
                // Int(run) ?? -1: a run too long for an Int reads as -1.
                result.append(.number(i - start <= 18 ? integer(bytes[start..<i]) ?? -1 : (Int(String(decoding: bytes[start..<i], as: UTF8.self)) ?? -1), digits: i - start))
            } else if ByteClass.isASCIILetter(bytes[i]) {
                while i < bytes.count, ByteClass.isASCIILetter(bytes[i]) { i += 1 }
                result.append(months[String(decoding: bytes[start..<i], as: UTF8.self).lowercased()].map(Piece.month) ?? .word)
            } else {
                i += 1
            }
        }
        return result
    }

    /// A date starting at piece `i`: Y-M-D, D/M/Y, D Month Y, Month D Y, D-Mon-YY.
    private static func date(at i: Int, _ p: [Piece]) -> String? {
        guard i + 2 < p.count else { return nil }
        switch (p[i], p[i + 1], p[i + 2]) {
        case let (.number(y, 4), .number(m, _), .number(d, _)): return DateReader.iso(y, m, d)
        case let (.number(d, 1...2), .number(m, 1...2), .number(y, 4)): return DateReader.iso(y, m, d) ?? DateReader.iso(y, d, m)  // 09/16/2019
        case let (.number(d, 1...2), .month(m), .number(y, n)) where n == 2 || n == 4: return DateReader.iso(year(y, n), m, d)
        case let (.month(m), .number(d, 1...2), .number(y, 4)): return DateReader.iso(y, m, d)
        default: return nil
        }
    }

    /// "19" in "10-Sep-19" is 2019.
    private static func year(_ y: Int, _ digits: Int) -> Int { digits == 2 ? 2000 + y : y }

    private static let months: [String: Int] = {
        let names: [(Int, [String])] = [
            (1, ["jan", "januari", "january"]), (2, ["feb", "februari", "february", "pebruari"]), (3, ["mar", "maret", "march"]),
            (4, ["apr", "april"]), (5, ["mei", "may"]), (6, ["jun", "juni", "june"]), (7, ["jul", "juli", "july"]),
            (8, ["agu", "agt", "ags", "agus", "agustus", "aug", "august"]), (9, ["sep", "sept", "september"]),
            (10, ["okt", "oktober", "oct", "october"]), (11, ["nov", "november", "nopember"]), (12, ["des", "desember", "dec", "december"]),
        ]
        var table: [String: Int] = [:]
        for (month, words) in names { for w in words { table[w] = month } }
        return table
    }()
}
