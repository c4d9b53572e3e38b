/// Stock market indices ("IHSG", "Dow Jones", "S&P 500", "indeks LQ45") measure a market, they act for no one: an index
/// owns only its own move ("S&P 500 anjlok 1,12 persen", "IHSG naik 39,94 poin atau 0,64%", "the Nasdaq rose 1.2%"),
/// never another figure named near it ("kerugian terbesar dalam S&P 500 yakni 1,3%", a company's share price).
enum MarketIndex {
    /// An index's words, lower-cased, and words that may follow them as part of its name ("Dow Jones Industrial Average").
    private struct Entry { let words: [UInt64]; let tails: [[UInt64]] }

    private static let entries: [UInt64: [Entry]] = {
        func entry(_ words: String, tails: [String] = []) -> Entry {
            Entry(words: words.split(separator: " ").map { Vocabulary.key(String($0)) },
                  tails: tails.map { $0.split(separator: " ").map { Vocabulary.key(String($0)) } })
        }
        let all = [
            entry("ihsg"), entry("indeks harga saham gabungan"), entry("dow jones", tails: ["industrial average"]), entry("dow"),
            entry("s & p 500"), entry("s & p500"), entry("nasdaq", tails: ["composite"]), entry("nikkei", tails: ["225"]),
            entry("hang seng", tails: ["index"]), entry("kospi"), entry("topix"), entry("ftse", tails: ["100"]), entry("dax"),
            entry("cac 40"), entry("shanghai composite"), entry("stoxx 600", tails: ["index"]), entry("euro stoxx 50"),
            entry("sensex"), entry("russell 2000"), entry("kosdaq"),
        ]
        return Dictionary(grouping: all, by: { $0.words[0] })
    }()

    /// The heads of found names that are indices ("Dow Jones Industrial Average", "Nasdaq Composite", "Nikkei").
    private static let nameHeads: Set<String> = ["ihsg", "dow", "s&p", "nasdaq", "nikkei", "hang", "kospi", "topix", "ftse", "dax",
                                                 "sensex", "stoxx", "russell", "kosdaq", "indeks", "index"]

    /// Whether a name found in the text is an index ("Nasdaq Composite", "Indeks Harga Saham …"): it owns nothing
    /// but its own move, which `movingIndex` gives it.
    static func isIndex(_ name: String) -> Bool {
        var name = name
        if let answer = name.withUTF8(isIndexASCII) { return answer }
        guard let head = name.split(separator: " ").first else { return false }
        let lower = head.lowercased()
        if lower == "hang" { return name.lowercased().hasPrefix("hang seng") }
        if lower == "dow" { return name.lowercased().hasPrefix("dow jones") }
        return nameHeads.contains(lower)
    }

    /// `isIndex` on the bytes of an ASCII name (nil for any other), where each byte is a character: splitting and
    /// lower-casing the string by characters cost ~7,000 instructions a name, 1.7 % of the extractor.
    private static func isIndexASCII(_ name: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard name.allSatisfy({ $0 < 0x80 }) else { return nil }
        func lower(_ b: UInt8) -> UInt8 { ByteClass.isUpperASCII(b) ? b | 0x20 : b }
        func opens(with prefix: StaticString) -> Bool {
            prefix.utf8CodeUnitCount <= name.count && (0..<prefix.utf8CodeUnitCount).allSatisfy { lower(name[$0]) == prefix.utf8Start[$0] }
        }
        var start = 0
        while start < name.count, name[start] == 0x20 { start += 1 }
        guard start < name.count else { return false }
        var end = start
        while end < name.count, name[end] != 0x20 { end += 1 }
        let head = String(decoding: name[start..<end].map(lower), as: UTF8.self)
        if head == "hang" { return opens(with: "hang seng") }
        if head == "dow" { return opens(with: "dow jones") }
        return nameHeads.contains(head)
    }

    /// The index named at `t`, as written, and the token after its name: a listed index, or "indeks"/"index" followed
    /// by a code or an upper-case word ("indeks LQ45", "indeks IDX30", "index JII").
    static func name(at t: Int, limit: Int, keys: [UInt64], tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> (name: String, end: Int)? {
        func written(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: text[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end]), as: UTF8.self)
        }
        if let candidates = entries[keys[t]] {
            for e in candidates where t + e.words.count <= limit && e.words.indices.allSatisfy({ keys[t + $0] == e.words[$0] }) {
                var end = t + e.words.count
                for tail in e.tails where end + tail.count <= limit && tail.indices.allSatisfy({ keys[end + $0] == tail[$0] }) { end += tail.count }
                return (written(t..<end), end)
            }
        }
        guard keys[t] == indeks || keys[t] == index, t + 1 < limit else { return nil }
        let next = tokens[t + 1]
        let upper = next.kind == .word && next.end - next.start >= 2 && (next.start..<next.end).allSatisfy { text[$0] &- 0x41 < 26 }
        guard next.kind == .code || upper else { return nil }
        return (written(t + 1..<t + 2), t + 2)
    }

    static let indeks = Vocabulary.key("indeks"), index = Vocabulary.key("index")
    static let points = Vocabulary.set(["poin", "points", "point", "pts"])
    static let or = Vocabulary.set(["atau", "or"])
    /// Words of a move that are no verb of change in `PercentRoles`: "menambahkan 85 poin atau 1,06%", "ditutup lebih
    /// rendah 0,1%", "mendapatkan tambahan 0,29%", "closed 0.3% higher".
    static let moveWords = Vocabulary.set([
        "menambahkan", "tambahan", "kehilangan", "rendah", "tinggi", "menanjak", "merangkak", "tergelincir", "melompat",
        "menyusut", "dorongan", "kenaikan", "penurunan", "added", "lost", "shed", "higher", "lower", "slipped", "dropped",
    ])
    /// Words that open another part of a list of markets, or a relative clause, before which a figure is not the index's:
    /// "Kospi melemah 0,44% dan indeks … Kosdaq turun 0,15%", "Samsung Electronics yang melesat 3,04%".
    static let stops = Vocabulary.set(["dan", "sementara", "sedangkan", "serta", "yang", "and", "while", "whereas", "which"])
}

extension FactExtractor {
    /// "S&P 500 anjlok 1,12 persen", "IHSG naik 39,94 poin atau 0,64%", "indeks Nikkei 225 di Jepang menguat 0,16%",
    /// "the Nasdaq Composite rose 1.2%": the index whose move the percentage is. Read back from the figure through its
    /// clause: points said before it ("turun 2,18 poin atau"), places, a few words and at least one word of change,
    /// stopping at another part of a list ("…, sementara Kosdaq naik …", "dan", "yang") or another name or figure.
    func movingIndex(of quantity: Range<Int>, in clause: Range<Int>) -> String? {
        let keys = self.keys, tokens = self.tokens, text = grammar.text
        var moved = false
        var t = quantity.lowerBound - 1
        let stop = max(clause.lowerBound, quantity.lowerBound - 12)
        while t >= stop {
            let k = keys[t]
            if let (name, end) = indexName(endingAt: t + 1, from: stop) { return moved && end == t + 1 ? name : nil }
            if MarketIndex.stops.contains(k) { return nil }
            if attribution.entityAt[t] >= 0 {
                // A place on the way ("Hang Seng Hong Kong", "Nikkei 225 Jepang"); any other name owns what follows it.
                guard attribution.category(Int(attribution.entityAt[t])) == .country else { return nil }
                t = attribution.matches[Int(attribution.matchAt[t])].tokens.lowerBound - 1
                continue
            }
            switch tokens[t].kind {
            case .number:
                // "2,18 poin atau": the move in points said first.
                guard t + 1 < quantity.lowerBound, MarketIndex.points.contains(keys[t + 1]) else { return nil }
            case .punct:
                // "poin, atau 0,45%", "(0,70%)": only a comma before "atau"/"or" and an opening bracket.
                let b = text[tokens[t].start]
                guard b == 0x28 || b == 0x2C && t + 1 < quantity.lowerBound && MarketIndex.or.contains(keys[t + 1]) else { return nil }
            case .code: return nil
            case .word:
                if PercentRoles.cues[k]?.direction != nil || MarketIndex.moveWords.contains(k) { moved = true }
            }
            t -= 1
        }
        return nil
    }

    /// The index whose name ends right before `end`, searched back to `from`.
    private func indexName(endingAt end: Int, from: Int) -> (String, Int)? {
        for start in stride(from: end - 1, through: max(from, end - 5), by: -1) {
            if let (name, after) = MarketIndex.name(at: start, limit: end, keys: keys, tokens: tokens, text: grammar.text), after == end {
                return (name, after)
            }
        }
        return nil
    }
}
