import Stats

/// The words for what figures measure, for names of places, and for the summary page.
extension Labels {
    private func tr(_ en: String, _ id: String) -> String { language == .en ? en : id }

    /// "training cost" / "biaya pelatihan".
    func measureName(_ m: Measure) -> String {
        switch m.quantity {
        case .freeTokens: tr("free tokens", "token gratis")
        case .models: tr("AI models", "model AI")
        case .valuation: tr("valuation", "valuasi")
        case .marketValue: tr("market value", "nilai pasar")
        case .trainingCost: tr("training cost", "biaya pelatihan")
        case .cost: tr("cost", "biaya")
        case .revenue: tr("revenue", "pendapatan")
        case .profit: tr("profit", "laba")
        case .loss: tr("loss", "kerugian")
        case .funding: tr("funding", "pendanaan")
        case .budget: tr("budget", "anggaran")
        case .price: tr("price", "harga")
        case .percentChange: tr("change", "perubahan")
        case .percentShare: tr("share", "porsi")
        case .percentRate: tr("rate", "tingkat")
        }
    }

    /// A chart's title for one measure: "Valuations (USD)", "Percent changes".
    func measureTitle(_ m: Measure) -> String {
        let base: String = switch m.quantity {
        case .freeTokens: tokensTitle
        case .models: modelsTitle
        case .valuation: tr("Valuations", "Valuasi")
        case .marketValue: tr("Market value", "Nilai pasar")
        case .trainingCost: tr("Cost of training AI models", "Biaya pelatihan model AI")
        case .cost: tr("Costs", "Biaya")
        case .revenue: tr("Revenue", "Pendapatan")
        case .profit: tr("Profit", "Laba")
        case .loss: tr("Losses", "Kerugian")
        case .funding: tr("Funding and investment", "Pendanaan dan investasi")
        case .budget: tr("Budgets", "Anggaran")
        case .price: tr("Prices", "Harga")
        case .percentChange: tr("Percent changes", "Perubahan dalam persen")
        case .percentShare: tr("Shares, in percent", "Porsi dalam persen")
        case .percentRate: tr("Rates and discounts", "Tingkat dan diskon")
        }
        return m.currency.map { "\(base) (\($0))" } ?? base
    }

    func measureSubtitle(_ m: Measure, log: Bool) -> String {
        if m.isMoney {
            return log ? tr("As written in the articles, log scale; one bar per subject and figure", "Sesuai tulisan di artikel, skala log; satu batang per subjek dan angka")
                : tr("As written in the articles; one bar per subject and figure", "Sesuai tulisan di artikel; satu batang per subjek dan angka")
        }
        if m.quantity == .percentChange { return tr("Rises to the right, falls to the left, as reported", "Naik ke kanan, turun ke kiri, sesuai berita") }
        if m.quantity == .freeTokens { return tokensSubtitle }
        if m.quantity == .models { return modelsSubtitle }
        return tr("As reported, one bar per subject and figure", "Sesuai berita, satu batang per subjek dan angka")
    }

    /// "the United States" in an English sentence; other names as they are.
    func theName(_ name: String) -> String { language == .en && name == "United States" ? "the United States" : entityName(name) }

    /// "DeepSeek · training cost".
    func figureLabel(_ subject: String, _ m: Measure) -> String { "\(entityName(subject)) · \(measureName(m))" }

    /// "Top 20 of 39 figures".
    func topOf(_ shown: Int, _ total: Int) -> String { tr("Top \(shown) of \(total) figures", "\(shown) teratas dari \(total) angka") }

    /// A canonical entity name in the report's language: the lexicon's names are English.
    func entityName(_ name: String) -> String {
        guard language == .id else { return name }
        return Self.indonesianNames[name] ?? name
    }

    private static let indonesianNames: [String: String] = [
        "China": "Tiongkok", "United States": "Amerika Serikat", "Japan": "Jepang", "South Korea": "Korea Selatan",
        "Taiwan": "Taiwan", "Indonesia": "Indonesia", "India": "India", "Russia": "Rusia", "Germany": "Jerman",
        "France": "Prancis", "United Kingdom": "Inggris", "European Union": "Uni Eropa", "Singapore": "Singapura",
        "Netherlands": "Belanda", "Saudi Arabia": "Arab Saudi", "United Arab Emirates": "Uni Emirat Arab",
        "Malaysia": "Malaysia", "Vietnam": "Vietnam", "Australia": "Australia", "Canada": "Kanada", "Brazil": "Brasil",
        "Hong Kong": "Hong Kong", "Israel": "Israel", "Iran": "Iran", "Turkey": "Turki", "Italy": "Italia", "Spain": "Spanyol",
    ]

    // Source lines

    /// "Source: 25 articles, Kompas, Tempo, 2025-01-28–2025-03-02 · report-gen".
    func sourceLine(articles: Int, outlets: [String], from: String?, to: String?) -> String {
        sourceLine(tr("Source: \(articles) article\(articles == 1 ? "" : "s")", "Sumber: \(articles) artikel"), outlets: outlets, from: from, to: to)
    }

    /// "Source: 14 figures from 11 articles, Kompas, Tempo, 2025-01-28–2025-03-02 · report-gen": what one figure chart is
    /// drawn from, so the line (and the picture) changes only when the chart's own figures do, not with every article.
    func figureSourceLine(figures: Int, articles: Int, outlets: [String], from: String?, to: String?) -> String {
        let counts = tr("Source: \(figures) figure\(figures == 1 ? "" : "s") from \(articles) article\(articles == 1 ? "" : "s")",
                        "Sumber: \(figures) angka dari \(articles) artikel")
        return sourceLine(counts, outlets: outlets, from: from, to: to)
    }

    private func sourceLine(_ counts: String, outlets: [String], from: String?, to: String?) -> String {
        var parts = [counts]
        if !outlets.isEmpty { parts.append(outlets.joined(separator: ", ")) }
        if let from, let to { parts.append(from == to ? from : "\(from)–\(to)") }
        return parts.joined(separator: ", ") + " · report-gen"
    }

    /// "; 10 of 25 articles are undated".
    func undated(_ n: Int, of total: Int) -> String {
        n == 0 ? "" : tr("; \(n) of \(total) articles undated, not shown", "; \(n) dari \(total) artikel tanpa tanggal, tidak ditampilkan")
    }

    // Share of voice

    var shareTotals: String { tr("Mentions (China : US)", "Sebutan (Tiongkok : AS)") }
    func pooledArticles(_ n: Int, _ minimum: Int) -> String {
        tr("\(n) articles with fewer than \(minimum) mentions", "\(n) artikel dengan kurang dari \(minimum) sebutan")
    }

    // Summary

    var sectionSummary: String { tr("Summary", "Ikhtisar") }
    func summaryMentionRatio(_ a: String, _ b: String, _ ratio: String, _ na: Int, _ nb: Int) -> String {
        tr("\(theName(a).capitalisedFirst) was mentioned \(ratio) times as often as \(theName(b)) (\(na) against \(nb) mentions).",
           "\(entityName(a)) disebut \(ratio) kali lebih sering daripada \(entityName(b)) (\(na) lawan \(nb) sebutan).")
    }
    func summaryMentionsEqual(_ a: String, _ b: String, _ n: Int) -> String {
        tr("\(entityName(a)) and \(entityName(b)) were mentioned equally often (\(n) times each).",
           "\(entityName(a)) dan \(entityName(b)) sama seringnya disebut (masing-masing \(n) kali).")
    }
    func summaryMostMentioned(_ name: String, _ n: Int, _ articles: Int) -> String {
        tr("\(entityName(name)) was the most mentioned name: \(n) times in \(articles) article\(articles == 1 ? "" : "s").",
           "\(entityName(name)) adalah nama yang paling sering disebut: \(n) kali di \(articles) artikel.")
    }
    func summaryTopTokens(_ subject: String, _ value: String, _ others: String?) -> String {
        guard let others else {
            return tr("\(entityName(subject)) offered the most free tokens (\(value)).", "\(entityName(subject)) menawarkan token gratis terbanyak (\(value)).")
        }
        return tr("\(entityName(subject)) offered the most free tokens (\(value)), \(others).", "\(entityName(subject)) menawarkan token gratis terbanyak (\(value)), \(others).")
    }
    func summaryTimes(_ ratio: String, _ names: [String], _ value: String) -> String {
        let who = names.map(entityName).map { language == .en ? "\($0)'s" : $0 }
        let list = who.count <= 1 ? who.joined() : who.dropLast().joined(separator: ", ") + tr(" and ", " dan ") + who.last!
        return tr("\(ratio) times \(list) \(value)", "\(ratio) kali tawaran \(list) sebesar \(value)")
    }
    func summaryFigure(_ subject: String, _ m: Measure, _ value: String) -> String {
        tr("\(entityName(subject))'s \(measureName(m)) was given as \(value).", "\(measureName(m).capitalisedFirst) \(entityName(subject)) disebut \(value).")
    }
    func summaryLargest(_ subject: String, _ m: Measure, _ value: String, _ count: Int) -> String {
        tr("The largest \(measureName(m)) among \(count) reported was \(entityName(subject))'s, \(value).",
           "\(measureName(m).capitalisedFirst) terbesar dari \(count) yang diberitakan adalah milik \(entityName(subject)), \(value).")
    }
    func summaryConflicts(_ n: Int) -> String {
        tr("\(n) figure\(n == 1 ? " is" : "s are") reported differently by different articles for the same period; see “Conflicting figures”.",
           "\(n) angka diberitakan berbeda oleh artikel yang berbeda untuk periode yang sama; lihat “Angka yang bertentangan”.")
    }
    func summaryArticles(_ n: Int, dated: Int, from: String?, to: String?) -> String {
        let span = (from != nil && to != nil) ? tr(", published \(from!) to \(to!)", ", terbit \(from!) sampai \(to!)") : ""
        let undated = n - dated
        let note = undated > 0 ? tr("; \(undated) carry no date", "; \(undated) tanpa tanggal") : ""
        return tr("The report reads \(n) article\(n == 1 ? "" : "s")\(span)\(note).", "Laporan ini membaca \(n) artikel\(span)\(note).")
    }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension Labels {
    func moneyAxisPlain(_ currency: String) -> String { language == .en ? "Amount in \(currency)" : "Jumlah dalam \(currency)" }
    var sharedCredit: String { tr("Credited to more than one country", "Disebut untuk lebih dari satu negara") }
    var unlistedName: String { tr("Name not in the lexicon", "Nama di luar leksikon") }
    var logScale: String { language == .en ? " (log scale)" : " (skala log)" }
    func pooledOthers(_ n: Int) -> String { language == .en ? "\(n) other articles" : "\(n) artikel lain" }
}

extension Labels {
    var sectionFigureAppendix: String { language == .en ? "Appendix: every figure" : "Lampiran: semua angka" }
    var columnFile: String { language == .en ? "File" : "Berkas" }
    func moreFigures(_ n: Int) -> String { language == .en ? "… and \(n) more figures: see facts.csv and stats.json." : "… dan \(n) angka lain: lihat facts.csv dan stats.json." }
    func groupedTableNote(shown: Int, measured: Int, total: Int) -> String {
        let capped = shown < measured
        return language == .en
            ? "The \(capped ? "first \(shown) of \(measured)" : "\(measured)") figures whose subject and measure are known, grouped by measure and subject, each with its sentence. All \(total) figures are in the appendix, facts.csv and stats.json."
            : "\(capped ? "\(shown) dari \(measured)" : "\(measured)") angka yang subjek dan ukurannya diketahui, dikelompokkan menurut ukuran dan subjek, masing-masing dengan kalimatnya. Semua \(total) angka ada di lampiran, facts.csv, dan stats.json."
    }
}
