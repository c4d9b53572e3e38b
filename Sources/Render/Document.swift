import Foundation

/// An A4 report: metadata for the PDF and its sections in reading order.
public struct Document: Sendable {
    public var title: String
    public var subject: String
    public var keywords: [String]
    public var creator: String
    public var author: String
    /// Written as the PDF's CreationDate and ModDate, so the same document gives the same bytes.
    public var date: Date
    /// Small text left of the page number on every page but the cover.
    public var pageFooter: String
    public var sections: [Section]
    /// Page number text; `{n}` is the page, `{total}` the page count, e.g. "Halaman {n} dari {total}".
    public var pageNumberFormat: String

    public init(
        title: String, subject: String = "", keywords: [String] = [], creator: String = "report-gen",
        author: String = "", date: Date, pageFooter: String = "", sections: [Section],
        pageNumberFormat: String = "Page {n} of {total}"
    ) {
        self.title = title
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.author = author
        self.date = date
        self.pageFooter = pageFooter
        self.sections = sections
        self.pageNumberFormat = pageNumberFormat
    }
}

/// A titled part of the report; each section is one entry in the PDF outline (bookmarks).
public struct Section: Sendable {
    public var title: String
    public var blocks: [Block]
    public var startsNewPage: Bool = true
    /// A section whose first block is `.cover` draws no title of its own (the cover has one).
    public init(title: String, blocks: [Block], startsNewPage: Bool = true) {
        self.title = title
        self.blocks = blocks
        self.startsNewPage = startsNewPage
    }
}

/// One piece of page content, laid out top to bottom.
public enum Block: Sendable {
    /// The cover page: big title, subtitle, headline numbers as large figures in a grid, and a line about the corpus.
    case cover(title: String, subtitle: String, figures: [HeadlineFigure], corpusLine: String)
    case heading(String)
    /// Plain text (no markup), wrapped to the text column; may continue on the next page.
    case paragraph(String)
    /// A chart at the full text width, `heightFraction` of the text area tall; starts a new page when it does not fit.
    case chart(Chart, heightFraction: Double)
    case table(Table)
    /// Statements read before anything else, e.g. "China was mentioned 2.7 times as often as the United
    /// States.", each with its citation in smaller grey text underneath; a statement never splits across pages.
    case summary([SummarySentence])
}

/// One plain sentence of a summary page and where it comes from, e.g. "Kompas, 2025-01-28; Tempo, 2025-03-02".
public struct SummarySentence: Sendable, Hashable {
    public var text: String
    public var citation: String
    public init(_ text: String, citation: String) {
        self.text = text
        self.citation = citation
    }
}

/// A headline number on the cover, e.g. "79" with "AI models counted in Chinese reporting".
public struct HeadlineFigure: Sendable, Hashable {
    public var value: String
    public var caption: String
    public init(value: String, caption: String) {
        self.value = value
        self.caption = caption
    }
}

/// A table whose rows wrap inside their cells; the header repeats on every page and rows never split.
public struct Table: Sendable {
    public struct Column: Sendable {
        public var title: String
        /// Relative weight: the column gets width / (sum of widths) of the text column.
        public var width: Double
        public var alignment: Alignment
        /// How cells too long for the column are shown.
        public var overflow: Overflow
        /// Points the column gets at least, whatever the weights say. Without it a column still gets room for
        /// its longest word (up to a third of the text width), so ids never wrap into towers of a few characters.
        public var minWidth: Double?
        public init(_ title: String, width: Double, alignment: Alignment = .leading, overflow: Overflow = .wrap, minWidth: Double? = nil) {
            self.title = title
            self.width = width
            self.alignment = alignment
            self.overflow = overflow
            self.minWidth = minWidth
        }
    }

    public enum Alignment: Sendable {
        case leading, trailing
    }

    /// What a cell does with text wider than its column.
    public enum Overflow: Sendable {
        /// Wrap at spaces, and inside a word only when the word alone is wider than the column.
        case wrap
        /// One line with the middle replaced by "…" ("01Nov2025_xm…124654126"): for ids whose ends both matter.
        case ellipsizeMiddle
    }

    public struct Cell: Sendable {
        public var text: String
        /// A URL: the cell becomes a clickable link.
        public var link: String?
        public var italic: Bool
        public init(_ text: String, link: String? = nil, italic: Bool = false) {
            self.text = text
            self.link = link
            self.italic = italic
        }
    }

    public var columns: [Column]
    /// Each row has one cell per column; missing cells are empty.
    public var rows: [[Cell]]
    /// Headings that span the table, keyed by the index of the first row of their group, e.g.
    /// `[0: "DeepSeek · training cost", 4: "Nvidia · market value"]`. A heading never ends a page.
    public var groupHeadings: [Int: String]

    public init(columns: [Column], rows: [[Cell]], groupHeadings: [Int: String] = [:]) {
        self.columns = columns
        self.rows = rows
        self.groupHeadings = groupHeadings
    }
}
