import Foundation
import Stats

/// One of the CSV files written beside stats.json.
enum CSVTable: String, CaseIterable, Sendable, Hashable {
    case facts, mentions, articles

    var fileName: String { rawValue + ".csv" }

    /// The file's text: one table at a time, so an unchanged table is not even built.
    func text(_ corpus: CorpusStats, decodings: [String: String]) -> String {
        switch self {
        case .facts: CSVTables.facts(corpus)
        case .mentions: CSVTables.mentions(corpus)
        case .articles: CSVTables.articles(corpus, decodings: decodings)
        }
    }
}

/// facts.csv, mentions.csv and articles.csv: the statistics as flat tables that pandas, R and spreadsheets load
/// as they are (stats.json nests and mixes numbers with dates in `value`). Columns are documented in docs/csv.md.
///
/// UTF-8 without a byte order mark, RFC 4180: a header row, CRLF line ends, fields holding a comma, quote or line
/// break in double quotes with quotes doubled. Numbers are plain decimals (150000000, 5.5), never exponents.
public enum CSVTables {
    /// File name → bytes, in a fixed order; a pure function of the statistics, so reruns are byte-identical.
    public static func files(_ corpus: CorpusStats, decodings: [String: String] = [:]) -> [(name: String, bytes: [UInt8])] {
        CSVTable.allCases.map { ($0.fileName, Array($0.text(corpus, decodings: decodings).utf8)) }
    }

    static let factColumns = ["fact_id", "article", "start", "end", "source", "sources", "kind", "value", "value_max", "date",
                              "unit", "bound", "subject", "role", "noun", "text", "sentence"]

    /// One row per fact and place it was read: a figure stated in three articles gives three rows with one `fact_id`.
    public static func facts(_ corpus: CorpusStats) -> String {
        var out = row(factColumns)
        for f in corpus.facts {
            let fact = f.fact
            // `sources` holds every place, the first included; a fact read once may list none.
            let places = f.sources.isEmpty ? [(f.article, fact.start, fact.end)] : f.sources.map { ($0.article, $0.start, $0.end) }
            var date = ""
            if case .date(let iso) = fact.value { date = iso }
            let figure: [String] = [fact.kind.rawValue, fact.value.number.map(decimal) ?? "", fact.valueMax.map(decimal) ?? "", date,
                                    fact.unit ?? "", fact.bound.rawValue, fact.subject ?? "", fact.role ?? "", fact.noun ?? "", fact.text, fact.sentence]
            for (n, place) in places.enumerated() {
                let at: [String] = [f.id, place.0, String(place.1), String(place.2), String(n + 1), String(places.count)]
                out += row(at + figure)
            }
        }
        return out
    }

    /// Long form: one row per entity and article that mentions it, entities by total mentions, articles by id.
    public static func mentions(_ corpus: CorpusStats) -> String {
        var out = row(["entity", "category", "article", "count"])
        for m in corpus.mentions {
            for (article, count) in m.byArticle.sorted(by: { $0.key < $1.key }) {
                out += row([m.entity, m.category.rawValue, article, String(count)])
            }
        }
        return out
    }

    /// One row per article read, by id.
    public static func articles(_ corpus: CorpusStats, decodings: [String: String] = [:]) -> String {
        var out = row(["id", "file", "name", "title", "date", "source", "url", "language", "words", "mentions", "facts", "decoding"])
        let names = ArticleName.displayNames(corpus.articles)
        for a in corpus.articles {
            out += row([a.id, a.file, names[a.id] ?? a.id, a.metadata.title ?? "", a.metadata.date ?? "", a.metadata.source ?? "",
                        a.metadata.url ?? "", a.metadata.language, String(a.words), String(a.mentions.values.reduce(0, +)),
                        String(a.facts.count), decodings[a.id] ?? ""])
        }
        return out
    }

    /// "150000000", "5.5", "-3.25": no exponent, no trailing zeros.
    static func decimal(_ d: Double) -> String {
        guard d.isFinite else { return "" }
        if d == d.rounded(), abs(d) < 1e18 { return String(Int64(d)) }
        var s = String(format: "%.10f", d)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    private static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
