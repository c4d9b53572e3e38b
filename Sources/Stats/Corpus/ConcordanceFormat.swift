import Foundation

/// Concordance hits with what identifies their article, and the three ways `report-gen context` prints them.
public struct ConcordanceRow: Sendable, Hashable, Codable {
    public var hit: Concordance.Hit
    /// The article's display name (`ArticleName.display`), date and outlet.
    public var title: String
    public var date: String?
    public var source: String?

    public init(hit: Concordance.Hit, article: ArticleAnalysis) {
        self.hit = hit
        title = ArticleName.display(article)
        date = article.metadata.date
        source = article.metadata.source
    }
}

public enum ConcordanceFormat: String, Sendable, CaseIterable {
    case text, tsv, json

    public func render(_ rows: [ConcordanceRow], width: Int = 100) -> String {
        switch self {
        case .text: return Self.text(rows, width: width)
        case .tsv: return Self.tsv(rows)
        case .json: return Self.json(rows)
        }
    }

    /// One line per hit, keywords in one column in the middle, contexts cut to fit `width` characters; a heading
    /// line names each article (title · date · outlet · id) before its hits.
    static func text(_ rows: [ConcordanceRow], width: Int) -> String {
        let keywordWidth = min(rows.map { $0.hit.keyword.count }.max() ?? 0, max(4, width / 3))
        let side = max(8, (width - keywordWidth - 2) / 2)
        var out = ""
        var current: String?
        for row in rows {
            if row.hit.article != current {
                current = row.hit.article
                // Date and outlet unless the display name already is them ("kompas.com, 2025-06-18").
                let about = [row.title] + [row.date, row.source].compactMap { $0 }.filter { !row.title.contains($0) } + [row.hit.article]
                out += (out.isEmpty ? "" : "\n") + "── " + about.joined(separator: " · ") + "\n"
            }
            let left = flat(row.hit.left), right = flat(row.hit.right)
            let leftCut = left.count > side ? "…" + left.suffix(side - 1) : String(left)
            let rightCut = right.count > side ? right.prefix(side - 1) + "…" : String(right)
            let keyword = row.hit.keyword.count > keywordWidth ? row.hit.keyword.prefix(keywordWidth - 1) + "…" : row.hit.keyword
            out += String(repeating: " ", count: side - leftCut.count) + leftCut + " " + keyword
                + String(repeating: " ", count: keywordWidth - keyword.count) + " " + rightCut
            while out.last == " " { out.removeLast() }
            out += "\n"
        }
        let articles = Set(rows.map(\.hit.article)).count
        out += "\n\(rows.count) \(rows.count == 1 ? "hit" : "hits") in \(articles) \(articles == 1 ? "article" : "articles")\n"
        return out
    }

    /// Tab-separated with a header row; tabs and line breaks inside a field become spaces.
    static func tsv(_ rows: [ConcordanceRow]) -> String {
        var out = "article\ttitle\tdate\tsource\tleft\tkeyword\tright\tstart\tend\n"
        for r in rows {
            out += [r.hit.article, r.title, r.date ?? "", r.source ?? "", r.hit.left, r.hit.keyword, r.hit.right, String(r.hit.start), String(r.hit.end)]
                .map(flat).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// An array of objects with the TSV's fields (date and source null when unknown), keys sorted.
    static func json(_ rows: [ConcordanceRow]) -> String {
        struct Flat: Encodable {
            var article, title: String
            var date, source: String?
            var left, keyword, right: String
            var start, end: Int
            func encode(to encoder: Encoder) throws {
                enum K: String, CodingKey { case article, title, date, source, left, keyword, right, start, end }
                var c = encoder.container(keyedBy: K.self)
                try c.encode(article, forKey: .article); try c.encode(title, forKey: .title)
                try c.encode(date, forKey: .date); try c.encode(source, forKey: .source)
                try c.encode(left, forKey: .left); try c.encode(keyword, forKey: .keyword); try c.encode(right, forKey: .right)
                try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let flat = rows.map { Flat(article: $0.hit.article, title: $0.title, date: $0.date, source: $0.source, left: $0.hit.left,
                                   keyword: $0.hit.keyword, right: $0.hit.right, start: $0.hit.start, end: $0.hit.end) }
        return String(decoding: (try? encoder.encode(flat)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }

    private static func flat(_ s: String) -> String {
        String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
