/// Dates as articles write them: "2 Juni 2023", "27/06/2024", "Rabu (5/11/2025)", "Oktober 2023",
/// "June 2, 2023", "2023-06-02", "pada 2030"; a bare "16 Februari" takes the article's year.
struct DateReader {
    let grammar: NumberGrammar
    /// The article's own year, for day-month dates without one.
    let articleYear: Int?

    struct Found {
        /// nil for a day and month with no year to be had: still a date, so never read as a count.
        var iso: String?
        var end: Int  // one past the last token
    }

    private var text: UnsafeBufferPointer<UInt8> { grammar.text }
    private var tokens: [Token] { grammar.tokens }
    private var keys: [UInt64] { grammar.keys }

    /// A date starting at token `t`, or nil.
    func read(at t: Int, limit: Int) -> Found? {
        let token = tokens[t]
        if token.kind == .number { return numeric(t, limit) ?? dayMonth(t, limit) ?? leadYear(t) }
        if token.kind == .word { return monthFirst(t, limit) }
        return nil
    }

    private func integer(_ t: Int) -> Int? {
        let token = tokens[t]
        guard token.kind == .number, token.end - token.start <= 4 else { return nil }
        var v = 0
        for i in token.start..<token.end {
            guard ByteClass.isDigit(text[i]) else { return nil }
            v = v * 10 + Int(text[i] - 0x30)
        }
        return v
    }

    private func isGlued(_ t: Int, _ byte: UInt8, _ limit: Int) -> Bool {
        t < limit && tokens[t].kind == .punct && !tokens[t].spaceBefore && text[tokens[t].start] == byte
            && tokens[t].end - tokens[t].start == 1 && t + 1 < limit && !tokens[t + 1].spaceBefore
    }

    /// 27/06/2024, 5/11/2025, 2023-06-02, 02-06-2023.
    private func numeric(_ t: Int, _ limit: Int) -> Found? {
        for sep in [UInt8(ascii: "/"), UInt8(ascii: "-")] {
            guard isGlued(t + 1, sep, limit), isGlued(t + 3, sep, limit),
                  let a = integer(t), let b = integer(t + 2), let c = integer(t + 4) else { continue }
            if tokens[t].end - tokens[t].start == 4 {
                if let iso = Self.iso(a, b, c) { return Found(iso: iso, end: t + 5) }
            } else {
                let year = c < 100 ? 2000 + c : c
                if let iso = Self.iso(year, b, a) { return Found(iso: iso, end: t + 5) }
            }
        }
        return nil
    }

    /// 2 Juni 2023; 16 Februari (the article's year).
    private func dayMonth(_ t: Int, _ limit: Int) -> Found? {
        guard let day = integer(t), day >= 1, day <= 31, t + 1 < limit, isCapitalized(t + 1),
              let month = Vocabulary.months[keys[t + 1]] else { return nil }
        if t + 2 < limit, let year = integer(t + 2), (1900...2100).contains(year), let iso = Self.iso(year, month, day) {
            return Found(iso: iso, end: t + 3)
        }
        guard let year = articleYear, let iso = Self.iso(year, month, day) else {
            return Found(iso: nil, end: t + 2)
        }
        return Found(iso: iso, end: t + 2)
    }

    /// Oktober 2023; June 2, 2023.
    private func monthFirst(_ t: Int, _ limit: Int) -> Found? {
        guard isCapitalized(t), let month = Vocabulary.months[keys[t]], t + 1 < limit else { return nil }
        if let year = integer(t + 1), (1900...2100).contains(year), tokens[t + 1].end - tokens[t + 1].start == 4 {
            return Found(iso: String(format4(year)) + "-" + two(month), end: t + 2)
        }
        if let day = integer(t + 1), day <= 31, t + 3 < limit, tokens[t + 2].kind == .punct, text[tokens[t + 2].start] == 0x2C,
           let year = integer(t + 3), (1900...2100).contains(year), let iso = Self.iso(year, month, day) {
            return Found(iso: iso, end: t + 4)
        }
        return nil
    }

    /// "pada 2016", "sejak 2020", "in 2030": a year on its own.
    private func leadYear(_ t: Int) -> Found? {
        guard t > 0, Vocabulary.yearLeads.contains(keys[t - 1]), tokens[t].end - tokens[t].start == 4,
              let year = integer(t), (1900...2100).contains(year) else { return nil }
        return Found(iso: format4(year), end: t + 1)
    }

    private func isCapitalized(_ t: Int) -> Bool {
        tokens[t].kind == .word && ByteClass.isUpperASCII(text[tokens[t].start])
    }

    /// `YYYY-MM-DD`, or nil for a day that is no date (`PublicationDay.isValid`, the rule `ISODate` reads by).
    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard PublicationDay.isValid(year, month, day) else { return nil }
        return format4(year) + "-" + two(month) + "-" + two(day)
    }
}

private func format4(_ y: Int) -> String { String(y) }
private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
