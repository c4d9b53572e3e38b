import Foundation
import Testing
@testable import ReportKit
@testable import Stats

/// stats.json, facts.csv and articles.csv written from the last run's files: the pieces of unchanged articles are
/// copied, the others encoded, and the result is always the bytes of a whole encoding.
@Suite("files spliced from the last run's")
struct FragmentLayoutTests {
    /// The seeds, with their content hashes, and copies of two of them under names that sort before and after the
    /// originals: a copy read first takes over the figures of its original (their first source moves).
    static let articles: [(analysis: ArticleAnalysis, contentHash: UInt64)] = {
        let lexicon = try! Lexicon.builtIn()
        let analyzer = ArticleAnalyzer(lexicon: lexicon)
        let seeds = CLI.repo.appendingPathComponent("seeds")
        let files = try! FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        var all = files.map { name -> (ArticleAnalysis, UInt64) in
            let bytes = Array(try! Data(contentsOf: seeds.appendingPathComponent(name)))
            var h = FNV1a()
            h.add(bytes: bytes)
            return (analyzer.analyze(bytes, id: String(name.dropLast(4)), file: "seeds/" + name), h.value)
        }
        for (copy, of) in [("000-first", 1), ("zzz-last", 3)] {
            var (a, hash) = all[of]
            a.id = copy
            a.file = copy + ".txt"
            all.append((a, hash))
        }
        return all
    }()

    static let lexicon = try! Lexicon.builtIn()

    struct Corpus {
        var stats: CorpusStats
        var keys: FragmentKeys
    }

    static func corpus(_ keep: (String) -> Bool) -> Corpus {
        let chosen = articles.filter { keep($0.analysis.id) }
        let stats = CorpusStats(analyses: chosen.map(\.analysis), lexicon: lexicon)
        return Corpus(stats: stats, keys: FragmentKeys(contentHashes: ContentHashes(stats.articles, byID: Dictionary(
            chosen.map { ($0.analysis.id, $0.contentHash) }, uniquingKeysWith: { a, _ in a }))))
    }

    /// One of the three files, encoded with `splicer`.
    enum File: CaseIterable {
        case statistics, facts, articles

        func encode(_ c: Corpus, splicer: inout FragmentSplicer) throws -> [UInt8] {
            var bytes: [UInt8] = []
            switch self {
            case .statistics:
                try StatsFile(corpus: c.stats, decodings: [:], skipped: [], generator: "test").encode({ bytes += $0 }, splicer: &splicer, keys: c.keys)
            case .facts:
                try CSVTable.facts.write(c.stats, decodings: [:], names: nil, splicer: &splicer, keys: c.keys) { bytes += $0 }
            case .articles:
                try CSVTable.articles.write(c.stats, decodings: [:], names: nil, splicer: &splicer, keys: c.keys) { bytes += $0 }
            }
            return bytes
        }

        var sections: Int { self == .statistics ? StatsFile.Section.allCases.count : 1 }

        /// The file encoded whole, as a run without a last run writes it.
        func whole(_ c: Corpus) throws -> [UInt8] {
            var splicer = FragmentSplicer(source: nil, context: 0, sections: sections)
            return try encode(c, splicer: &splicer)
        }
    }

    /// `old` written to a file as the last run would leave it, and the manifest's record of it.
    static func lastRun(_ file: File, _ old: Corpus, in folder: URL) throws -> (path: String, layout: FragmentLayout, recorded: RunManifest.Output) {
        var splicer = FragmentSplicer(source: nil, context: 7, sections: file.sections)
        let bytes = try file.encode(old, splicer: &splicer)
        #expect(bytes == (try file.whole(old)))
        let path = folder.appendingPathComponent("\(file)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (path, splicer.layout, try record(path))
    }

    static func record(_ path: String) throws -> RunManifest.Output {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        var info = stat()
        #expect(lstat(path, &info) == 0)
        return RunManifest.Output(fingerprint: 0, contentHash: OutputHash.of(bytes), identity: FileIdentity(info))
    }

    /// The old and new corpora of each change: one article added, one edited (another article's content under its
    /// name), one removed, and a copy read first that takes over its original's figures.
    static let changes: [(name: String, old: @Sendable (String) -> Bool, new: @Sendable (String) -> Bool)] = {
        let ids = articles.map(\.analysis.id)
        let third = ids[2]
        return [
            ("added", { $0 != third && !$0.hasPrefix("000") }, { !$0.hasPrefix("000") }),
            ("removed", { _ in true }, { $0 != third }),
            ("copy first", { !$0.hasPrefix("000") }, { _ in true }),
        ]
    }()

    @Test("spliced output equals the whole encoding, and copies the unchanged articles", arguments: File.allCases)
    func splicedEqualsWhole(_ file: File) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for change in Self.changes {
            let old = Self.corpus(change.old), new = Self.corpus(change.new)
            let last = try Self.lastRun(file, old, in: folder)
            let source = try #require(FragmentSource(path: last.path, layout: last.layout, context: 7, recorded: last.recorded))
            var splicer = FragmentSplicer(source: source, context: 7, sections: file.sections)
            let spliced = try file.encode(new, splicer: &splicer)
            #expect(spliced == (try file.whole(new)), "\(file), \(change.name)")
            #expect(splicer.copied > 0, "\(file), \(change.name)")
            // Everything encoded again in another context: the layout describes the spliced file as it would a whole one.
            var fresh = FragmentSplicer(source: nil, context: 7, sections: file.sections)
            _ = try file.encode(new, splicer: &fresh)
            #expect(splicer.layout == fresh.layout, "\(file), \(change.name)")
        }
    }

    @Test("an edited article is encoded again: its piece's key changes", arguments: File.allCases)
    func editedArticle(_ file: File) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = Self.corpus { _ in true }
        let last = try Self.lastRun(file, old, in: folder)
        // The first seed's name now holds the second seed's content.
        var articles = Self.articles
        let first = articles[0].analysis
        articles[0] = articles[1]
        articles[0].analysis.id = first.id
        articles[0].analysis.file = first.file
        let stats = CorpusStats(analyses: articles.map(\.analysis), lexicon: Self.lexicon)
        let new = Corpus(stats: stats, keys: FragmentKeys(contentHashes: ContentHashes(stats.articles, byID: Dictionary(
            articles.map { ($0.analysis.id, $0.contentHash) }, uniquingKeysWith: { a, _ in a }))))
        var splicer = FragmentSplicer(source: FragmentSource(path: last.path, layout: last.layout, context: 7, recorded: last.recorded),
                                      context: 7, sections: file.sections)
        #expect(try file.encode(new, splicer: &splicer) == (try file.whole(new)))
        #expect(splicer.encoded > 0 && splicer.copied > 0)
    }

    @Test("a hand-edited file, another context or a damaged layout is not copied from: the file is written whole")
    func fallsBack() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = Self.corpus { !$0.hasPrefix("000") }, new = Self.corpus { _ in true }
        let last = try Self.lastRun(.statistics, old, in: folder)

        // Rewritten with the same bytes (another identity): the content hash still vouches for it.
        try Data(contentsOf: URL(fileURLWithPath: last.path)).write(to: URL(fileURLWithPath: last.path))
        #expect(FragmentSource(path: last.path, layout: last.layout, context: 7, recorded: last.recorded) != nil)

        #expect(FragmentSource(path: last.path, layout: last.layout, context: 8, recorded: last.recorded) == nil)
        var short = last.layout
        short.sections[0][0].range = 0..<(last.recorded.identity.size + 1)
        #expect(FragmentSource(path: last.path, layout: short, context: 7, recorded: last.recorded) == nil)

        // A user corrects a title in the old stats.json, keeping its length: neither its identity nor its hash is the
        // recorded one, so nothing is copied from it, and the new file is the whole encoding.
        var edited = Array(try Data(contentsOf: URL(fileURLWithPath: last.path)))
        let title = Array("\"title\": \"".utf8)
        let at = try #require(edited.indices.first { edited[$0...].starts(with: title) }) + title.count
        edited[at] = edited[at] == UInt8(ascii: "X") ? UInt8(ascii: "Y") : UInt8(ascii: "X")
        try Data(edited).write(to: URL(fileURLWithPath: last.path))
        let source = FragmentSource(path: last.path, layout: last.layout, context: 7, recorded: last.recorded)
        #expect(source == nil)
        var splicer = FragmentSplicer(source: source, context: 7, sections: File.statistics.sections)
        #expect(try File.statistics.encode(new, splicer: &splicer) == (try File.statistics.whole(new)))
        #expect(splicer.copied == 0)
    }

    @Test("a layout and the manifest holding it read back as written")
    func roundTrips() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let last = try Self.lastRun(.statistics, Self.corpus { _ in true }, in: folder)
        #expect(FragmentLayout.decode(last.layout.encoded()) == last.layout)
        #expect(last.layout.sections.map(\.count) == [Self.articles.count, StatsFile.groups(Self.corpus { _ in true }.stats.facts).count])
        var manifest = RunManifest()
        manifest.outputs["stats.json"] = last.recorded
        manifest.layouts["stats.json"] = last.layout.encoded()
        let decoded = try #require(manifest.encoded().withUnsafeBytes { RunManifest.decode($0) })
        #expect(decoded == manifest)
        #expect(decoded.layout(of: "stats.json") == last.layout)
        var damaged = last.layout.encoded()
        damaged.removeLast()
        #expect(FragmentLayout.decode(damaged) == nil)
    }
}
