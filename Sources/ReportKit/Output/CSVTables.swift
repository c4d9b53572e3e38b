import Foundation
import Stats

/// One of the CSV files written beside stats.json.
enum CSVTable: String, CaseIterable, Sendable, Hashable {
    case facts, mentions, articles

    var fileName: String { rawValue + ".csv" }

    /// Writes the table to `write` in pieces of about a megabyte (facts.csv is 24 MB on a corpus of 27,000 articles).
    func write(_ corpus: CorpusStats, decodings: [String: String], to write: ([UInt8]) throws -> Void) throws {
        try withoutActuallyEscaping(write) { write in
            var out = CSVWriter(flush: write)
            switch self {
            case .facts: try CSVTables.facts(corpus, &out)
            case .mentions: try CSVTables.mentions(corpus, &out)
            case .articles: try CSVTables.articles(corpus, decodings: decodings, &out)
            }
            try out.finish()
        }
    }

    /// The whole file's bytes.
    func bytes(_ corpus: CorpusStats, decodings: [String: String] = [:]) -> [UInt8] {
        var bytes: [UInt8] = []
        try? write(corpus, decodings: decodings) { bytes += $0 }
        return bytes
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
        CSVTable.allCases.map { ($0.fileName, $0.bytes(corpus, decodings: decodings)) }
    }

    static let factColumns = ["fact_id", "article", "start", "end", "source", "sources", "kind", "value", "value_max", "date",
                              "unit", "bound", "subject", "role", "direction", "noun", "scope", "equivalent_value", "equivalent_unit",
                              "text", "sentence"]

    /// One row per fact and place it was read: a figure stated in three articles gives three rows with one `fact_id`.
    static func facts(_ corpus: CorpusStats, _ out: inout CSVWriter) throws {
        out.row(factColumns)
        for f in corpus.facts {
            let fact = f.fact
            // `sources` holds every place, the first included; a fact read once may list none.
            let places = f.sources.isEmpty ? [(f.article, fact.start, fact.end)] : f.sources.map { ($0.article, $0.start, $0.end) }
            var date = ""
            if case .date(let iso) = fact.value { date = iso }
            let figure: [String] = [fact.kind.rawValue, fact.value.number.map(decimal) ?? "", fact.valueMax.map(decimal) ?? "", date,
                                    fact.unit ?? "", fact.bound.rawValue, fact.subject ?? "", fact.role ?? "", fact.direction?.rawValue ?? "",
                                    fact.noun ?? "", fact.scope ?? "", fact.equivalent.map { decimal($0.value) } ?? "", fact.equivalent?.unit ?? "",
                                    fact.text, fact.sentence]
            for (n, place) in places.enumerated() {
                out.row([f.id, place.0, String(place.1), String(place.2), String(n + 1), String(places.count)] + figure)
                try out.flushIfLarge()
            }
        }
    }

    /// Long form: one row per entity and article that mentions it, entities by total mentions, articles by id.
    static func mentions(_ corpus: CorpusStats, _ out: inout CSVWriter) throws {
        out.row(["entity", "category", "article", "count"])
        for m in corpus.mentions {
            for (article, count) in m.byArticle.sorted(by: { $0.key < $1.key }) {
                out.row([m.entity, m.category.rawValue, article, String(count)])
            }
            try out.flushIfLarge()
        }
    }

    /// One row per article read, by id.
    static func articles(_ corpus: CorpusStats, decodings: [String: String] = [:], _ out: inout CSVWriter) throws {
        out.row(["id", "file", "name", "title", "date", "source", "url", "language", "words", "mentions", "facts", "decoding"])
        let names = ArticleName.displayNames(corpus.articles)
        for a in corpus.articles {
            out.row([a.id, a.file, names[a.id] ?? a.id, a.metadata.title ?? "", a.metadata.date ?? "", a.metadata.source ?? "",
                     a.metadata.url ?? "", a.metadata.language.rawValue, String(a.words), String(a.mentions.values.reduce(0, +)),
                     String(a.facts.count), decodings[a.id] ?? ""])
            try out.flushIfLarge()
        }
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
}

/// RFC 4180 rows as UTF-8 bytes, handed on in pieces: building one String per row was most of a corpus's CSV time.
struct CSVWriter {
    private var bytes: [UInt8] = []
    private let flush: ([UInt8]) throws -> Void

    init(flush: @escaping ([UInt8]) throws -> Void) {
        self.flush = flush
        bytes.reserveCapacity(1 << 20 + 1 << 16)
    }

    mutating func row(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            let utf8 = field.utf8
            if utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                bytes.append(0x22)
                for b in utf8 {
                    if b == 0x22 { bytes.append(0x22) }
                    bytes.append(b)
                }
                bytes.append(0x22)
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    mutating func flushIfLarge() throws {
        if bytes.count >= 1 << 20 { try finish() }
    }

    mutating func finish() throws {
        guard !bytes.isEmpty else { return }
        try flush(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
