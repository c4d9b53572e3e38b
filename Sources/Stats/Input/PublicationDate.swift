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
