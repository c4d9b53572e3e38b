import Foundation
import Testing
@testable import Stats

@Suite("Article identity: manifests, headlines, datelines, names")
struct ArticleIdentityTests {
    @Test("publication dates in the formats scrapers store")
    func dates() {
        #expect(PublicationDate.iso("2019-10-09 00:00:00") == "2019-10-09")
        #expect(PublicationDate.iso("16/09/2019") == "2019-09-16")
        #expect(PublicationDate.iso(" Sep 30, 2019 ") == "2019-09-30")
        #expect(PublicationDate.iso("10-Sep-19") == "2019-09-10")
        #expect(PublicationDate.iso("29 Agustus 2019") == "2019-08-29")
        #expect(PublicationDate.iso("Oktober 19, 2019") == "2019-10-19")
        #expect(PublicationDate.iso("Diperbarui 18 Jun 2025, 14:05 WIB") == "2025-06-18")
        #expect(PublicationDate.iso(",\u{A0}Jurnalis-Jum'at, 13 Juni 2025 |19:04 WIB") == "2025-06-13")
        #expect(PublicationDate.iso("Kompas.com- 18/06/2025, 21:35 WIB") == "2025-06-18")
        #expect(PublicationDate.iso("Rabu   18 Jun 2025  22:02 WIB") == "2025-06-18")
        #expect(PublicationDate.iso("01Nov2025") == "2025-11-01")
        #expect(PublicationDate.iso("") == nil)
        #expect(PublicationDate.iso("31 Juni 2025") == nil)
        #expect(PublicationDate.iso("Juni 2025") == nil)
        #expect(PublicationDate.fromURL("https://regional.kompas.com/read/2019/09/10/21485171/diduga") == "2019-09-10")
        #expect(PublicationDate.fromURL("https://www.liputan6.com/read/6055023/x") == nil)
    }

    static let jsonl = """
    {"id": "a1", "file": "a1.txt", "title": "Baidu Bagikan Token", "date": "01Nov2025", "url": "http://kmp.im/x", "publisher": "kompas.com"}
    {"id": "a2", "title": "Zhipu Menyusul", "date": "Diperbarui 18 Jun 2025, 14:05 WIB", "source": "liputan6.com"}
    this is not json
    {"title": "no id"}

    {"id": "a3", "file": "sub/a3.md", "date": "2019-10-09 00:00:00", "url": "https://tekno.kompas.com/read/2019/09/10/1/x"}
    """

    @Test("a JSON Lines manifest maps entries by file or id; bad lines warn with file and line")
    func jsonLines() {
        let m = ArticleManifest.parse(Array(Self.jsonl.utf8), name: "x.manifest.jsonl", describing: "/data/x")
        #expect(m.warnings.count == 2)
        #expect(m.warnings[0].hasPrefix("x.manifest.jsonl:3:"))
        #expect(m.warnings[1].hasPrefix("x.manifest.jsonl:4:"))
        let a1 = m.entry(forArticleAt: "/data/x/a1.txt")
        #expect(a1?.title == "Baidu Bagikan Token")
        #expect(a1?.date == "2025-11-01")
        #expect(a1?.source == "kompas.com")
        // By id when the entry names no file, whatever the extension.
        #expect(m.entry(forArticleAt: "/data/x/a2.md")?.date == "2025-06-18")
        #expect(m.entry(forArticleAt: "/data//x/./a2.txt")?.source == "liputan6.com")
        #expect(m.entry(forArticleAt: "/data/y/a2.txt") == nil)
        // The URL's /YYYY/MM/DD/ wins over a date whose day and month a spreadsheet swapped.
        #expect(m.entry(forArticleAt: "/data/x/sub/a3.md")?.date == "2019-09-10")

        let text = ArticleMetadata(title: "Subjudul di teks", date: "2025-01-01", source: nil, url: nil, language: .indonesian)
        let applied = m.apply(to: text, articleAt: "/data/x/a1.txt")
        #expect(applied.title == "Baidu Bagikan Token" && applied.date == "2025-11-01" && applied.url == "http://kmp.im/x")
        #expect(m.apply(to: text, articleAt: "/data/x/none.txt") == text)
    }

    @Test("a CSV manifest: header names the columns, quoted fields, bad rows warn")
    func csv() {
        let csv = "file,Title,date,url,source\r\n"
            + "b1.txt,\"DeepSeek, Murah \"\"Sekali\"\"\",2025-01-20,https://e.com/b1,Reuters\r\n"
            + "b2.txt,\"Judul\ndua baris\",20/01/2025,,\r\n"
            + "b3.txt,too,few\r\n"
        let m = ArticleManifest.parse(Array(csv.utf8), name: "metadata.csv", describing: "/d")
        #expect(m.entry(forArticleAt: "/d/b1.txt")?.title == "DeepSeek, Murah \"Sekali\"")
        #expect(m.entry(forArticleAt: "/d/b1.txt")?.source == "Reuters")
        #expect(m.entry(forArticleAt: "/d/b2.txt")?.title == "Judul\ndua baris")
        #expect(m.entry(forArticleAt: "/d/b2.txt")?.date == "2025-01-20")
        #expect(m.entry(forArticleAt: "/d/b2.txt")?.url == nil)
        #expect(m.warnings == ["metadata.csv:5: the row has 3 fields but the header has 5; it is ignored"])
    }

    @Test("manifests are found beside the folder and inside it")
    func discovery() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("kompas")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inner"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try #"{"id": "k1", "title": "Beside"}"#.write(to: root.appendingPathComponent("kompas.manifest.jsonl"), atomically: true, encoding: .utf8)
        try "id,title\nk2,Inside CSV\n".write(to: folder.appendingPathComponent("metadata.csv"), atomically: true, encoding: .utf8)
        try #"{"file": "k3.txt", "title": "Inner folder"}"#.write(to: folder.appendingPathComponent("inner.manifest.jsonl"), atomically: true, encoding: .utf8)
        let m = ArticleManifest.load(forInput: folder.path + "/")
        #expect(m.files.count == 3)
        #expect(m.entry(forArticleAt: folder.appendingPathComponent("k1.txt").path)?.title == "Beside")
        #expect(m.entry(forArticleAt: folder.appendingPathComponent("k2.txt").path)?.title == "Inside CSV")
        #expect(m.entry(forArticleAt: folder.appendingPathComponent("inner/k3.txt").path)?.title == "Inner folder")
        #expect(ArticleManifest.load(forInput: folder.appendingPathComponent("inner").path).entry(
            forArticleAt: folder.appendingPathComponent("inner/k1.txt").path) == nil)
    }

    @Test("a headline is a short title-case first line, never a caption, byline or lede")
    func headlines() {
        let body = "OpenAI mengambil langkah dadakan di pasar China. Dalam memonya kepada pengguna, pemilik ChatGPT ini akan memutus akses perangkat lunak ke layanannya mulai Juli 2024 dan seterusnya."
        #expect(Fixture.analyze("Technology\n\nOpenAI Mau Putus Akses China ke Layanannya\n\nDian Hapsari 27/06/2024 11:01 WIB\n\n\(body)").metadata.title
                == "OpenAI Mau Putus Akses China ke Layanannya")
        #expect(Fixture.analyze("## Baidu Luncurkan Ernie Terbaru\n\(body)").metadata.title == "Baidu Luncurkan Ernie Terbaru")
        // A photo caption first, a byline, a lede without a full stop, a line broken mid-sentence, a dateline opening.
        #expect(Fixture.analyze("Perang AI antara AS dan Tiongkok semakin sengit. Foto ilustrasi: AI\n\(body)").metadata.title == nil)
        #expect(Fixture.analyze("**Penulis: Jennifer Holleis/DW Indonesia**\n\n\(body)").metadata.title == nil)
        #expect(Fixture.analyze("Halo, pembaca nawala Cek Fakta Tempo!\n\(body)").metadata.title == nil)
        #expect(Fixture.analyze("Perusahaan rintisan asal Tiongkok itu mengumumkan\nmodel barunya pada Senin. \(body)").metadata.title == nil)
        #expect(Fixture.analyze("**JAKARTA, KOMPAS.com -** Para Pemimpin Ekonomi Asia Bertemu\n\(body)").metadata.title == nil)
        // A heading further down, after the body has begun, is not the title.
        #expect(Fixture.analyze("\(body)\n\nDeepSeek Mengguncang Pasar Saham").metadata.title == nil)
    }

    @Test("the date comes from a dateline at the top, never from an event in the text")
    func datelines() {
        let event = "Perusahaan itu meluncurkan model R1 pada 20 Januari 2025 dan mengguncang pasar saham Amerika Serikat dengan biaya pelatihan yang sangat rendah."
        #expect(Fixture.analyze("2 Juni 2023\nBEIJING – Tiongkok telah mengembangkan setidaknya 79 model.\n\(event)").metadata.date == "2023-06-02")
        #expect(Fixture.analyze("JAKARTA, 12/6/2025 - Para pemimpin teknologi berkumpul di Jakarta untuk membahas kecerdasan buatan dan masa depan industri.").metadata.date == "2025-06-12")
        #expect(Fixture.analyze(event).metadata.date == nil)
        #expect(Fixture.analyze("Pasar saham bergejolak minggu ini setelah berita dari Hangzhou tersebar luas di kalangan investor global.\n\(event)").metadata.date == nil)
        #expect(Fixture.analyze("**SEOUL, KOMPAS.com --** Para pemimpin ekonomi Asia-Pasifik menyerukan pentingnya ketahanan menjelang berakhirnya KTT APEC di Seoul, Sabtu (1/11/2025).").metadata.date == nil)
        let front = Fixture.analyze("---\ndate: 2024-06-27\ntitle: Dari Front Matter\n---\n\(event)").metadata
        #expect(front.date == "2024-06-27" && front.title == "Dari Front Matter")
    }

    @Test("untitled articles are named by outlet and date, not their first words")
    func names() {
        func article(_ id: String, title: String? = nil, date: String? = nil, source: String? = nil) -> ArticleAnalysis {
            ArticleAnalysis(id: id, file: id + ".txt", metadata: ArticleMetadata(title: title, date: date, source: source),
                            words: 10, lead: "Hanya beberapa tahun yang lalu …", mentions: [:], facts: [], unknownNames: [:], dropped: [:])
        }
        #expect(ArticleName.display(article("a", title: "DeepSeek Murah")) == "DeepSeek Murah")
        #expect(ArticleName.display(article("a", date: "2025-06-18", source: "kompas.com")) == "kompas.com, 2025-06-18")
        #expect(ArticleName.display(article("a", date: "2025-06-18")) == "2025-06-18")
        #expect(ArticleName.display(article("folder/003_cfe9")) == "003_cfe9")
        let names = ArticleName.displayNames([article("b", date: "2025-06-18", source: "kompas.com"), article("a", date: "2025-06-18", source: "kompas.com"), article("c", title: "T")])
        #expect(names == ["a": "kompas.com, 2025-06-18", "b": "kompas.com, 2025-06-18 (2)", "c": "T"])
    }
}
