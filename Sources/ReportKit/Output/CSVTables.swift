import Foundation
import Stats

/// One of the CSV files written beside stats.json.
enum CSVTable: String, CaseIterable, Sendable, Hashable {
    case facts, mentions, articles

    var fileName: String { rawValue + ".csv" }

    /// Writes the table to `write` in pieces of about a megabyte (facts.csv is 24 MB on a corpus of 27,000 articles).
    /// `names` are the articles' display names when the caller has them (the charts derived them already).
    func write(_ corpus: CorpusStats, decodings: [String: String], names: DisplayNames? = nil, to write: ([UInt8]) throws -> Void) throws {
        var splicer = FragmentSplicer(source: nil, context: 0, sections: 0)
        try self.write(corpus, decodings: decodings, names: names, splicer: &splicer, keys: nil, to: write)
    }

    /// The same bytes, with the rows of facts.csv and articles.csv copied per article from the last run's file where
    /// `splicer` has them under the same key (`keys`), and recorded in `splicer` for the next run.
    func write(_ corpus: CorpusStats, decodings: [String: String], names: DisplayNames?, splicer: inout FragmentSplicer,
               keys: FragmentKeys?, to write: ([UInt8]) throws -> Void) throws {
        try withoutActuallyEscaping(write) { write in
            var out = CSVWriter(flush: write)
            switch self {
            case .facts: try CSVTables.facts(corpus, &out, splicer: &splicer, keys: keys)
            case .mentions: try CSVTables.mentions(corpus, &out)
            case .articles: try CSVTables.articles(corpus, decodings: decodings, names: names, &out, splicer: &splicer, keys: keys)
            }
            try out.finish()
        }
    }

    /// The sections of the table that are copied per article: facts.csv's rows by first article, articles.csv's rows.
    var splicedSections: Int {
        switch self {
        case .facts, .articles: 1
        case .mentions: 0
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
        var splicer = FragmentSplicer(source: nil, context: 0, sections: 0)
        try facts(corpus, &out, splicer: &splicer, keys: nil)
    }

    /// The rows of the facts first read in each article are one piece (`FragmentLayout`).
    static func facts(_ corpus: CorpusStats, _ out: inout CSVWriter, splicer: inout FragmentSplicer, keys: FragmentKeys?) throws {
        out.row(factColumns)
        var figure = CSVWriter.Fields()
        let facts = corpus.facts
        for group in StatsFile.groups(facts) {
            let key = keys?.figures(facts[group])
            let range = try out.rows { out in
                if splicer.copy(0, key, { out.splice($0) }) { return }
                for i in group { try factRows(facts[i], &out, figure: &figure) }
            }
            splicer.record(0, key: key, range)
            try out.flushIfLarge()
        }
    }

    /// The rows of one figure: one per place it was read.
    private static func factRows(_ f: CorpusFact, _ out: inout CSVWriter, figure: inout CSVWriter.Fields) throws {
        let fact = f.fact
        // The figure's fields are the same on every place's row: encoded once.
        figure.removeAll()
        figure.field(fact.kind.rawValue); figure.field(fact.value.number.map(decimal) ?? "")
        figure.field(fact.valueMax.map(decimal) ?? "")
        if case .date(let iso) = fact.value { figure.field(iso) } else { figure.field("") }
        figure.field(fact.unit ?? ""); figure.field(fact.bound.rawValue); figure.field(fact.subject ?? ""); figure.field(fact.role ?? "")
        figure.field(fact.direction?.rawValue ?? ""); figure.field(fact.noun ?? ""); figure.field(fact.scope ?? "")
        figure.field(fact.equivalent.map { decimal($0.value) } ?? ""); figure.field(fact.equivalent?.unit ?? "")
        figure.field(fact.text); figure.field(fact.sentence)
        // `sources` holds every place, the first included; a fact read once may list none.
        let places = f.sources.isEmpty ? [(f.article, fact.start, fact.end)] : f.sources.map { ($0.article, $0.start, $0.end) }
        for (n, place) in places.enumerated() {
            out.fields.field(f.id); out.fields.field(place.0); out.fields.field(place.1); out.fields.field(place.2)
            out.fields.field(n + 1); out.fields.field(places.count)
            out.endRow(then: figure)
            try out.flushIfLarge()
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
    static func articles(_ corpus: CorpusStats, decodings: [String: String] = [:], names: DisplayNames? = nil, _ out: inout CSVWriter) throws {
        var splicer = FragmentSplicer(source: nil, context: 0, sections: 0)
        try articles(corpus, decodings: decodings, names: names, &out, splicer: &splicer, keys: nil)
    }

    /// Each article's row is one piece (`FragmentLayout`).
    static func articles(_ corpus: CorpusStats, decodings: [String: String], names: DisplayNames?, _ out: inout CSVWriter,
                         splicer: inout FragmentSplicer, keys: FragmentKeys?) throws {
        out.row(["id", "file", "name", "title", "date", "source", "url", "language", "words", "mentions", "facts", "decoding"])
        // Read by index: names made from other articles than these are made again.
        let names = names.flatMap { $0.count == corpus.articles.count ? $0 : nil } ?? DisplayNames(corpus.articles)
        // By index: `for a in corpus.articles` copied every article.
        let articles = corpus.articles
        for i in articles.indices {
            let id = articles[i].id, name = names.name(at: i), decoding = decodings[id]
            let key = keys?.articleRow(articles[i], decoding: decoding, name: name)
            let range = out.rows { out in
                if splicer.copy(0, key, { out.splice($0) }) { return }
                let a = articles[i]
                out.row([a.id, a.file, name, a.metadata.title ?? "", a.metadata.date ?? "", a.metadata.source ?? "",
                         a.metadata.url ?? "", a.metadata.language.rawValue, String(a.words), String(a.mentions.values.reduce(0, +)),
                         String(a.factCount), decoding ?? ""])
            }
            splicer.record(0, key: key, range)
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

/// RFC 4180 rows as UTF-8 bytes, handed on in pieces: building one String per row, then one per field, was most of
/// a corpus's CSV time; fields are now written straight into the bytes.
struct CSVWriter {
    /// The row being written.
    var fields = Fields()
    private var bytes: [UInt8] = []
    private let flush: ([UInt8]) throws -> Void

    init(flush: @escaping ([UInt8]) throws -> Void) {
        self.flush = flush
        bytes.reserveCapacity(1 << 20 + 1 << 16)
    }

    mutating func row(_ values: [String]) {
        for v in values { fields.field(v) }
        endRow()
    }

    /// Ends the row begun in `fields`, after appending `more` (fields encoded earlier).
    mutating func endRow(then more: Fields? = nil) {
        if let more { fields.append(more) }
        bytes.append(contentsOf: fields.bytes)
        bytes.append(0x0D)
        bytes.append(0x0A)
        fields.removeAll()
    }

    mutating func flushIfLarge() throws {
        if bytes.count >= 1 << 20 { try finish() }
    }

    mutating func finish() throws {
        guard !bytes.isEmpty else { return }
        try flush(bytes)
        flushed += bytes.count
        bytes.removeAll(keepingCapacity: true)
    }

    /// Bytes handed on so far.
    private var flushed = 0
    /// Where the next row starts in the whole file.
    var position: Int { flushed + bytes.count }

    /// Whole rows written before (by this writer or the last run's), copied as they are.
    mutating func splice(_ rows: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: rows)
    }

    /// The rows `body` writes, and where they lie in the file; nil when it wrote none.
    mutating func rows(_ body: (inout CSVWriter) throws -> Void) rethrows -> Range<Int>? {
        let before = position
        try body(&self)
        return position > before ? before..<position : nil
    }

    /// Comma-separated fields, quoted where RFC 4180 asks for it.
    struct Fields {
        fileprivate(set) var bytes: [UInt8] = []
        /// Whether a field was written (an empty field writes no bytes but still needs the comma after it).
        private var hasFields = false

        mutating func removeAll() { bytes.removeAll(keepingCapacity: true); hasFields = false }

        /// A field holding a comma, quote or line break goes in double quotes, its quotes doubled.
        mutating func field(_ value: String) {
            separate()
            var value = value
            value.withUTF8 { utf8 in
                guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                    bytes.append(contentsOf: utf8)
                    return
                }
                // Runs between quotes are copied whole; each quote is written twice.
                bytes.append(0x22)
                var runStart = 0
                for i in 0..<utf8.count where utf8[i] == 0x22 {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...i]))
                    bytes.append(0x22)
                    runStart = i + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
                bytes.append(0x22)
            }
        }

        /// A whole number in decimal digits, without a String in between.
        mutating func field(_ n: Int) {
            separate()
            if n < 0 { bytes.append(0x2D) }
            var magnitude = n.magnitude
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
                var i = 20
                repeat {
                    i -= 1
                    digits[i] = 0x30 + UInt8(magnitude % 10)
                    magnitude /= 10
                } while magnitude > 0
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i..<20]))
            }
        }

        /// Fields encoded before, appended as the next ones.
        mutating func append(_ other: Fields) {
            guard other.hasFields else { return }
            separate()
            bytes.append(contentsOf: other.bytes)
        }

        private mutating func separate() {
            if hasFields { bytes.append(0x2C) }
            hasFields = true
        }
    }
}
