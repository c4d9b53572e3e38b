/// When two figures really disagree: the same subject, the same measure (kind, money role, currency), the same
/// period, and both stated as facts. Different years of a loss are two losses; a forecast is not revenue.
public enum ConflictRule {
    /// The period a figure is about: a year its sentence names, else its article's year; nil when neither is known.
    public static func period(_ fact: Fact, articleDate: String?) -> String? {
        let years = SentenceWords.fourDigitNumbers(fact.sentence).filter { (1900...2099).contains($0) }
        if let year = years.first, Set(years).count == 1 { return String(year) }
        guard let date = articleDate, date.count >= 4, let year = Int(date.prefix(4)) else { return nil }
        // "tahun lalu" / "last year": the year before the article's.
        let lower = fact.sentence.lowercased()
        if lower.contains("tahun lalu") || lower.contains("last year") || lower.contains("tahun sebelumnya") { return String(year - 1) }
        return String(year)
    }

    /// Whether the sentence presents the figure as expected rather than reported ("diperkirakan", "will reach").
    /// A figure for a year after the article's own is a forecast too ("menuju keuntungan USD147 miliar pada 2025"
    /// in a 2019 article).
    public static func isForecast(_ fact: Fact, articleDate: String? = nil) -> Bool {
        if SentenceWords.containsWord(fact.sentence, of: forecastCues) { return true }
        guard let date = articleDate, let published = Int(date.prefix(4)) else { return false }
        return SentenceWords.fourDigitNumbers(fact.sentence).contains { (1900...2100).contains($0) && $0 > published }
    }

    static let forecastCues: Set<String> = [
        "diperkirakan", "diproyeksikan", "proyeksi", "prediksi", "diprediksi", "memperkirakan", "target", "menargetkan",
        "akan", "bakal", "forecast", "forecasts", "projected", "expected", "expects", "estimate", "estimated", "will", "could", "predicted",
        // Conditional and possible amounts ("bisa naik … jika menerapkan 5G") are not reported figures either.
        "bisa", "jika", "apabila", "berpotensi", "potensi", "menuju", "proyek", "would", "may", "might", "if", "potential",
    ]

    /// Conflicts among `facts`: groups of one subject, kind, role, currency and period whose exact values differ
    /// across at least two articles. Figures of unknown period only conflict with figures of unknown period. Prices
    /// are left out: their subject is the seller, and one seller's two prices are usually two products.
    public static func conflicts(_ facts: [CorpusFact], articleDates: [String: String]) -> [Conflict] {
        struct Group: Hashable { var subject: String; var kind: FactKind; var role: String?; var unit: String?; var period: String? }
        var groups: [Group: [CorpusFact]] = [:]
        var order: [Group] = []
        for i in facts.indices {
            // Only the few facts that pass are copied.
            guard let subject = facts[i].fact.subject, facts[i].fact.bound == .exact else { continue }
            let f = facts[i]
            guard f.fact.kind == .tokens || f.fact.kind == .modelCount || (f.fact.kind == .money && f.fact.role != nil && f.fact.role != "price"),
                  !isForecast(f.fact, articleDate: articleDates[f.article]) else { continue }
            let g = Group(subject: subject, kind: f.fact.kind, role: f.fact.role, unit: f.fact.unit,
                          period: period(f.fact, articleDate: articleDates[f.article]))
            if groups[g] == nil { order.append(g) }
            groups[g, default: []].append(f)
        }
        return order.compactMap { g in
            let members = groups[g]!
            // Within one article two figures are usually two things (two offers); across articles they disagree.
            guard Set(members.map(\.fact.value)).count > 1, Set(members.map(\.article)).count > 1 else { return nil }
            var seen = Set<FactValue>()
            let ids = members.filter { seen.insert($0.fact.value).inserted }.map(\.id)
            return Conflict(subject: g.subject, kind: g.kind, role: g.role, unit: g.unit, factIDs: ids)
        }
    }
}
