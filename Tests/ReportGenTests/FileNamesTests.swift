import Foundation
import Stats
import Testing
@testable import ReportKit

/// The file list keeps its names in one buffer (issue 10 item 4): what it hands out is what three strings per file
/// said before.
@Suite("file names")
struct FileNamesTests {
    /// Ids, display paths and paths made from the packed bytes: extensions dropped from ids, the prefix put before
    /// display paths, the folder before paths, odd bytes escaped, a clash keeping the whole relative path.
    @Test func namesAreMadeFromThePackedPaths() {
        let names = FileNames(root: Array("/in".utf8), prefix: "seeds", relative: [
            (Array("a/x.txt".utf8), 3),
            (Array("caf".utf8) + [0xE9] + Array(".md".utf8), 4),
            (Array("x.txt.md".utf8), 8),
        ])
        #expect(names.count == 3)
        #expect((0..<3).map(names.id) == ["a/x", "caf\\xe9", "x.txt.md"])
        #expect((0..<3).map(names.displayPath) == ["seeds/a/x.txt", "seeds/caf\\xe9.md", "seeds/x.txt.md"])
        #expect(names.path(0) == RawPath("/in/a/x.txt"))
        #expect(names.path(1).bytes == Array("/in/caf".utf8) + [0xE9] + Array(".md".utf8))
        let bare = FileNames(root: Array("/in".utf8), prefix: "", relative: [(Array("b.txt".utf8), 1)])
        #expect(bare.displayPath(0) == "b.txt" && bare.id(0) == "b")
    }

    /// A listed file equals one given the same names and identity, and hashes alike.
    @Test func listedAndGivenFilesAreEqual() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.txt", "sub/a.md", "c.csv"] { FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data("x".utf8)) }
        let files = try ArticleFiles.list(in: dir, displayPrefix: "in")
        #expect(files.map(\.id) == ["b", "sub/a"])
        #expect(files.map(\.displayPath) == ["in/b.txt", "in/sub/a.md"])
        #expect(files.map(\.path.display) == [dir.path + "/b.txt", dir.path + "/sub/a.md"])
        #expect(files[1].path.contents() == Array("x".utf8))
        let given = ArticleFile(id: "sub/a", displayPath: "in/sub/a.md", path: RawPath(dir.path + "/sub/a.md"), identity: files[1].identity)
        #expect(given == files[1] && given.hashValue == files[1].hashValue && given != files[0])
    }

    /// Decoding notes are made from the entries, for the files analysed in this run only, in file order.
    @Test func notesNameTheFreshFilesThatWereRepaired() {
        func entry(_ path: String, _ outcome: AnalysisCache.Outcome) -> AnalysisCache.Entry {
            AnalysisCache.Entry(path: path, identity: .none, contentHash: 1, outcome: outcome)
        }
        let read = ReadArticles(analyses: [], decodings: [:], skipped: [], entries: [
            entry("a.txt", .folded(id: "a", decoding: "windows-1252", warnings: ["decoded as windows-1252"])),
            entry("b.txt", .folded(id: "b", decoding: nil, warnings: ["repaired 2 mojibake sequences such as ‚Äú"])),
            entry("c.txt", .skipped("not text")),
            entry("d.txt", .folded(id: "d", decoding: nil, warnings: ["cached, said on an earlier run"])),
        ], fresh: [true, true, true, false])
        #expect(read.notes == ["a.txt: decoded as windows-1252", "b.txt: repaired 2 mojibake sequences such as ‚Äú"])
        #expect(read.analysedAfresh == 3)
    }
}
