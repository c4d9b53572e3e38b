import Stats

/// What a percent change is a change of — shares, sales, revenue… — so a chart bar says "Tesla · shares" rather
/// than "Tesla · change", and a share-price move is not read as a sales figure. Read from the noun that names the
/// measure a few words before the figure ("saham Tesla naik 3 persen", "penjualan ponsel global turun 40 persen",
/// "shares of Tesla fell 17%"); nil when none stands there.
enum ChangeTarget: String, CaseIterable, Sendable {
    case shares, sales, revenue, profit, shipments, price, wealth, marketValue, index, users, exports, imports, production

    /// How far back from the figure the noun may stand: "Saham Oracle yang dimiliki Ellison turun 7 persen" is six.
    private static let reach = 6

    static func of(_ fact: Fact) -> ChangeTarget? {
        guard let r = fact.sentence.range(of: fact.text) else { return nil }
        for word in wordsBefore(r.lowerBound, in: fact.sentence) {
            if let target = nouns[word] { return target }
            // "Harganya naik 400%", "Sahamnya melonjak": the noun with its possessive.
            if word.hasSuffix("nya"), let target = nouns[String(word.dropLast(3))] { return target }
            // A clause that ends before the figure ends the search: "…, sementara saham Synchrony turun 10%" reads
            // its own "saham", and "penjualan naik …, laba turun 5%" does not lend "penjualan" to the profit.
            if clauseWords.contains(word) { return nil }
        }
        return nil
    }

    /// Up to `reach` lower-cased words before `end`, nearest first, stopping at a comma, semicolon or full stop.
    private static func wordsBefore(_ end: String.Index, in sentence: String) -> [String] {
        var words: [String] = [], i = end, wordEnd: String.Index?
        func close(at start: String.Index) {
            if let e = wordEnd { words.append(sentence[start..<e].lowercased()); wordEnd = nil }
        }
        while i > sentence.startIndex, words.count < reach {
            let j = sentence.index(before: i), c = sentence[j]
            if c.isLetter || c == "-" {
                if wordEnd == nil { wordEnd = i }
            } else {
                close(at: i)
                if c == "," || c == ";" || c == "." { break }
            }
            i = j
        }
        if i == sentence.startIndex { close(at: i) }
        return Array(words.prefix(reach))
    }

    private static let clauseWords: Set<String> = ["sementara", "sedangkan", "while", "whereas"]

    private static let nouns: [String: ChangeTarget] = [
        "saham": .shares, "shares": .shares, "stock": .shares, "stocks": .shares,
        "penjualan": .sales, "sales": .sales,
        "pendapatan": .revenue, "omzet": .revenue, "omset": .revenue, "revenue": .revenue, "revenues": .revenue,
        "laba": .profit, "profit": .profit, "profits": .profit, "earnings": .profit, "ebitda": .profit,
        "pengiriman": .shipments, "pengapalan": .shipments, "shipments": .shipments,
        "harga": .price, "price": .price, "prices": .price,
        "kekayaan": .wealth, "wealth": .wealth, "fortune": .wealth,
        "kapitalisasi": .marketValue, "capitalisation": .marketValue, "capitalization": .marketValue,
        "indeks": .index, "index": .index,
        "pengguna": .users, "users": .users,
        "ekspor": .exports, "exports": .exports, "impor": .imports, "imports": .imports,
        "produksi": .production, "production": .production, "output": .production,
    ]
}

extension Labels {
    /// "shares" / "saham": what a percent change changed, for a bar or a cover caption.
    func changeName(_ target: ChangeTarget) -> String {
        let (en, id): (String, String) = switch target {
        case .shares: ("shares", "saham")
        case .sales: ("sales", "penjualan")
        case .revenue: ("revenue", "pendapatan")
        case .profit: ("profit", "laba")
        case .shipments: ("shipments", "pengiriman")
        case .price: ("price", "harga")
        case .wealth: ("wealth", "kekayaan")
        case .marketValue: ("market value", "nilai pasar")
        case .index: ("index", "indeks")
        case .users: ("users", "pengguna")
        case .exports: ("exports", "ekspor")
        case .imports: ("imports", "impor")
        case .production: ("production", "produksi")
        }
        return language == .en ? en : id
    }

    /// "Tesla · shares" for a percent change whose sentence says what changed; else as `figureLabel(_:_:)`.
    func figureLabel(_ fact: Fact, _ m: Measure) -> String {
        guard m.quantity == .percentChange, let subject = fact.subject, let target = ChangeTarget.of(fact) else {
            return figureLabel(fact.subject ?? "", m)
        }
        return "\(entityName(subject)) · \(changeName(target))"
    }
}
