import Stats

/// The words of the filters and the trends chart, in the report's language.
extension Labels {
    private func pick(_ en: String, _ id: String) -> String { language == .en ? en : id }

    // Filters, on the cover.
    /// "Filtered: since 2025-06, about ai — 205 of 257 articles kept; left out: 12 undated, 40 not on the topic".
    func filterLine(_ f: FilterSummary) -> String {
        let total = f.kept + f.excludedTotal
        var parts: [String] = []
        if let since = f.since { parts.append(pick("since \(since)", "sejak \(since)")) }
        if let until = f.until { parts.append(pick("until \(until)", "sampai \(until)")) }
        if !f.about.isEmpty { parts.append(pick("about ", "tentang ") + f.about.joined(separator: ", ")) }
        var line = pick("Filtered: ", "Disaring: ") + parts.joined(separator: ", ") + " — "
            + pick("\(f.kept) of \(total) article\(total == 1 ? "" : "s") kept", "\(f.kept) dari \(total) artikel dipakai")
        let reasons: [String] = ArticleFilter.Reason.allCases.compactMap { reason in
            guard let n = f.excluded[reason], n > 0 else { return nil }
            switch reason {
            case .undated: return pick("\(n) undated", "\(n) tanpa tanggal")
            case .beforeSince: return pick("\(n) before the period", "\(n) sebelum periode")
            case .afterUntil: return pick("\(n) after the period", "\(n) sesudah periode")
            case .offTopic: return pick("\(n) not on the topic", "\(n) di luar topik")
            }
        }
        if !reasons.isEmpty { line += pick("; left out: ", "; tidak dipakai: ") + reasons.joined(separator: ", ") }
        return line
    }

    // Trends.
    var sectionTrends: String { pick("Attention over time", "Perhatian dari waktu ke waktu") }

    func trendTitle(_ g: MentionTrend.Granularity) -> String {
        g == .week ? pick("Mentions per week", "Sebutan per minggu") : pick("Mentions per month", "Sebutan per bulan")
    }

    func trendAxis(_ g: MentionTrend.Granularity) -> String {
        g == .week ? pick("Mentions per week", "Sebutan per minggu") : pick("Mentions per month", "Sebutan per bulan")
    }

    func trendSubtitle(window: TrendWindow, articles: Int) -> String {
        pick("China, the United States and the most-mentioned names in \(articles) article\(articles == 1 ? "" : "s") dated \(window.first) – \(window.last)",
             "Tiongkok, Amerika Serikat dan nama yang paling sering disebut dalam \(articles) artikel bertanggal \(window.first) – \(window.last)")
    }

    /// Nil when every article is inside the window.
    func trendNote(outside: Int, undated: Int, window: TrendWindow) -> String? {
        var parts: [String] = []
        if outside > 0 {
            parts.append(pick("\(outside) dated article\(outside == 1 ? "" : "s") outside this period", "\(outside) artikel bertanggal di luar periode ini"))
        }
        if undated > 0 { parts.append(pick("\(undated) undated article\(undated == 1 ? "" : "s")", "\(undated) artikel tanpa tanggal")) }
        guard !parts.isEmpty else { return nil }
        let total = outside + undated
        return parts.joined(separator: pick(" and ", " dan ")) + pick(total == 1 ? " is not counted" : " are not counted", " tidak dihitung")
    }

    // Figures over time.
    var recurringNote: String {
        pick("Figures about the same subject and measure, reported in articles of different dates (publication dates).",
             "Angka tentang subjek dan ukuran yang sama, dilaporkan dalam artikel bertanggal berbeda (tanggal terbit).")
    }
    var recurringDatesColumn: String { pick("Date: value", "Tanggal: nilai") }
    func morePoints(_ n: Int) -> String { pick("… and \(n) more", "… dan \(n) lagi") }

    func noTrend(dated: Int, first: String, last: String, mostFrom: String, mostTo: String) -> String {
        pick("No trend over time: the \(dated) dated articles span \(first) – \(last), but no stretch of two months without long gaps holds a fifth of them; 80% fall between \(mostFrom) and \(mostTo).",
             "Tidak ada tren: \(dated) artikel bertanggal mencakup \(first) – \(last), tetapi tidak ada rentang dua bulan tanpa jeda panjang yang memuat seperlimanya; 80% berada antara \(mostFrom) dan \(mostTo).")
    }
}
