import Render
import Stats

/// The report's words in the language the user asked for (`--lang en|id`).
public struct Labels: Sendable {
    public enum Language: String, Sendable, CaseIterable { case en, id }

    let language: Language
    var style: NumberStyle { language == .en ? .english : .indonesian }
    var monthNames: [String] { language == .en ? Timeline.englishMonths : Timeline.indonesianMonths }

    public init(_ language: Language) { self.language = language }

    private func t(_ en: String, _ id: String) -> String { language == .en ? en : id }

    var reportTitle: String { t("The China–US AI race in the news", "Persaingan AI Tiongkok–AS dalam berita") }
    func reportSubtitle(_ articles: Int) -> String {
        t("Who is mentioned and what the numbers are, from \(articles) article\(articles == 1 ? "" : "s")",
          "Siapa yang disebut dan berapa angkanya, dari \(articles) artikel")
    }
    func source(_ articles: Int, _ folder: String) -> String {
        t("Source: \(articles) article\(articles == 1 ? "" : "s") in \(folder) · report-gen", "Sumber: \(articles) artikel di \(folder) · report-gen")
    }
    var pageFormat: String { t("Page {n} of {total}", "Halaman {n} dari {total}") }

    // Cover
    var articlesCaption: String { t("articles read", "artikel dibaca") }
    var factsCaption: String { t("figures found", "angka ditemukan") }
    func mentionsCaption(_ entity: String) -> String { t("mentions of \(entity)", "sebutan \(entity)") }
    func corpusLine(articles: Int, from: String?, to: String?, sources: [String]) -> String {
        var parts = [t("\(articles) article\(articles == 1 ? "" : "s")", "\(articles) artikel")]
        if let from, let to { parts.append(from == to ? from : "\(from) – \(to)") }
        if !sources.isEmpty { parts.append(t("sources: ", "sumber: ") + sources.joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    // Sections
    var sectionCover: String { t("Overview", "Ringkasan") }
    var sectionMentions: String { t("Who is mentioned", "Siapa yang disebut") }
    var sectionFigures: String { t("The figures", "Angka-angka") }
    var sectionTimeline: String { t("Timeline", "Lini masa") }
    var sectionConflicts: String { t("Conflicting figures", "Angka yang bertentangan") }
    var sectionFactTable: String { t("Every figure and its source", "Setiap angka dan sumbernya") }
    var sectionArticles: String { t("Appendix: the articles", "Lampiran: artikel") }
    var sectionUnknown: String { t("Appendix: names not in the lexicon", "Lampiran: nama di luar leksikon") }

    // Charts
    var mentionsTitle: String { t("Most mentioned names", "Nama yang paling sering disebut") }
    func mentionsSubtitle(_ n: Int) -> String { t("Top \(n) by mentions through any alias, coloured by category", "\(n) teratas menurut jumlah sebutan (semua alias), warna menurut kategori") }
    /// The word for mention counts: the bar chart's axis, the heatmap's legend, a table column.
    var mentions: String { t("Mentions", "Sebutan") }
    var shareTitle: String { t("Share of voice: China vs United States", "Porsi pemberitaan: Tiongkok vs Amerika Serikat") }
    func shareSubtitle(_ shown: Int, _ total: Int) -> String {
        shown == total ? t("Share of China and US mentions in each article", "Porsi sebutan Tiongkok dan AS per artikel")
            : t("Share of China and US mentions in the \(shown) articles that mention them most (of \(total))", "Porsi sebutan Tiongkok dan AS di \(shown) artikel yang paling banyak menyebut keduanya (dari \(total))")
    }
    var shareAxis: String { t("Share of mentions", "Porsi sebutan") }
    var heatmapTitle: String { t("Who appears where", "Siapa muncul di mana") }
    func heatmapSubtitle(_ rows: Int, _ columns: Int, _ total: Int) -> String {
        columns == total ? t("Mentions of the top \(rows) names in each article", "Sebutan \(rows) nama teratas di tiap artikel")
            : t("Mentions of the top \(rows) names in the \(columns) articles with most mentions (of \(total))", "Sebutan \(rows) nama teratas di \(columns) artikel dengan sebutan terbanyak (dari \(total))")
    }
    var tokensTitle: String { t("Free tokens offered to developers", "Token gratis yang ditawarkan ke pengembang") }
    var tokensSubtitle: String { t("Token giveaways by company, as reported", "Pemberian token per perusahaan, sesuai berita") }
    var tokensAxis: String { t("Tokens", "Token") }
    var modelsTitle: String { t("How many AI models?", "Berapa banyak model AI?") }
    var modelsSubtitle: String { t("Counts of AI models as reported; ≥ at least, > more than, ~ about", "Jumlah model AI sesuai berita; ≥ setidaknya, > lebih dari, ~ sekitar") }
    var modelsAxis: String { t("Models", "Model") }
    var percentAxis: String { t("Percent", "Persen") }
    var timelineTitle: String { t("Timeline of articles and dated events", "Lini masa artikel dan peristiwa bertanggal") }
    var timelineSubtitle: String { t("Publication dates and the dates the articles mention", "Tanggal terbit dan tanggal yang disebut artikel") }
    func timelineOutside(_ n: Int, _ from: String, _ to: String) -> String {
        t("; \(n) dated outside \(from) – \(to) not shown", "; \(n) tanggal di luar \(from) – \(to) tidak ditampilkan")
    }
    var laneArticles: String { t("Published", "Terbit") }
    var laneEvents: String { t("Mentioned", "Disebut") }
    func changeAdded(_ n: Int, _ list: String) -> String { t("\(n) new article\(n == 1 ? "" : "s"): \(list)", "\(n) artikel baru: \(list)") }
    func changeRemoved(_ n: Int, _ list: String) -> String { t("\(n) article\(n == 1 ? "" : "s") removed: \(list)", "\(n) artikel dihapus: \(list)") }
    func changeEdited(_ n: Int, _ list: String) -> String { t("\(n) article\(n == 1 ? "" : "s") edited: \(list)", "\(n) artikel diubah: \(list)") }
    func changeFacts(_ n: Int, _ examples: String) -> String {
        let base = t("\(n) new figure\(n == 1 ? "" : "s")", "\(n) angka baru")
        return examples.isEmpty ? base : base + (language == .en ? ", e.g. " : ", misalnya ") + examples
    }
    func changeCharts(_ list: String) -> String { t("Charts changed: \(list)", "Grafik yang berubah: \(list)") }
    var noChange: String { t("No change since the last run.", "Tidak ada perubahan sejak proses sebelumnya.") }
    var noChartChanged: String { t("No chart changed.", "Tidak ada grafik yang berubah.") }
    func articlesOnDay(_ n: Int) -> String { t("\(n) articles", "\(n) artikel") }

    func category(_ c: EntityCategory) -> String {
        switch c {
        case .country: t("Country", "Negara")
        case .company: t("Company", "Perusahaan")
        case .model: t("Model / product", "Model / produk")
        case .person: t("Person", "Tokoh")
        case .organisation: t("Organisation", "Organisasi")
        case .media: t("Media", "Media")
        case .ignore: ""
        }
    }

    func roleName(_ role: String) -> String {
        switch role {
        case "cost": t("cost", "biaya")
        case "training_cost": t("training cost", "biaya pelatihan")
        case "valuation": t("valuation", "valuasi")
        case "market_value": t("market value", "nilai pasar")
        case "revenue": t("revenue", "pendapatan")
        case "investment": t("investment", "investasi")
        case "loss": t("loss", "kerugian")
        case "profit": t("profit", "laba")
        case "price": t("price", "harga")
        case "budget": t("budget", "anggaran")
        default: role
        }
    }

    func kindName(_ k: FactKind) -> String {
        switch k {
        case .tokens: t("tokens", "token")
        case .money: t("money", "uang")
        case .modelCount: t("model count", "jumlah model")
        case .percent: t("percent", "persen")
        case .count: t("count", "jumlah")
        case .date: t("date", "tanggal")
        case .duration: t("duration", "durasi")
        }
    }

    // Tables
    var columnValue: String { t("Figure", "Angka") }
    var columnKind: String { t("Kind", "Jenis") }
    var columnSubject: String { t("About", "Tentang") }
    var columnArticle: String { t("Article", "Artikel") }
    var columnSentence: String { t("Sentence", "Kalimat") }
    var columnName: String { t("Name", "Nama") }
    var columnDate: String { t("Date", "Tanggal") }
    var columnSource: String { t("Source", "Sumber") }
    var columnFigures: String { t("Figures", "Angka") }
    var columnArticles: String { t("Articles", "Artikel") }
    var noConflicts: String {
        t("No subject has two different figures for the same measure and period.", "Tidak ada subjek dengan dua angka berbeda untuk ukuran dan periode yang sama.")
    }
    var unknownNote: String { t("Capitalised names that recur but are not in the lexicon. Add the ones that matter with --lexicon FILE.", "Nama berhuruf kapital yang berulang tetapi tidak ada di leksikon. Tambahkan yang penting dengan --lexicon FILE.") }
    func articleFacts(_ n: Int) -> String { t("\(n) figure\(n == 1 ? "" : "s")", "\(n) angka") }
    var topMentions: String { t("Most mentioned", "Paling disebut") }
    func moreArticles(_ n: Int) -> String { t("… and \(n) more articles: see stats.json.", "… dan \(n) artikel lain: lihat stats.json.") }
}
