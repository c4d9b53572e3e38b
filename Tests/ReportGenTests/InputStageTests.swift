import Foundation
import Stats
import Testing
@testable import ReportKit

/// The inputs stage: no article dropped silently (issue 13, F3, F6, F9).
@Suite("inputs")
struct InputStageTests {
    let fm = FileManager.default

    /// F3: a name that is not UTF-8 is read, and shown with the odd byte escaped.
    @Test func nonUTF8NameIsReadAndShownEscaped() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let seed = try Data(contentsOf: CLI.repo.appendingPathComponent("seeds/003_cfe9d2b584ad8e70.txt"))
        let name: [UInt8] = Array((dir.path + "/caf").utf8) + [0xE9] + Array(".txt".utf8)
        let fd = RawPath(name).withCString { open($0, O_WRONLY | O_CREAT, 0o644) }
        #expect(fd >= 0)
        _ = seed.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        close(fd)
        let listing = try ArticleFiles.listing(in: dir, displayPrefix: "in")
        #expect(listing.files.map(\.displayPath) == ["in/caf\\xe9.txt"])
        let inputs = try RunInputs.gather(Stage.options(dir, dir.appendingPathComponent("out")))
        let read = try ArticleReader.read(inputs, cache: nil, progress: nil)
        #expect(read.analyses.count == 1)
        #expect(read.skipped.isEmpty)
    }

    /// F9: x.md, x.txt and x.txt.md keep three distinct ids, and the clash is said.
    @Test func idClashesAreDisambiguatedAndSaid() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        for name in ["x.md", "x.txt", "x.txt.md"] { fm.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data("a".utf8)) }
        let listing = try ArticleFiles.listing(in: dir, displayPrefix: "")
        #expect(Set(listing.files.map(\.id)).count == 3, "\(listing.files.map(\.id))")
        #expect(!listing.notes.isEmpty)
    }

    /// F6: a lexicon saved with Windows line endings is read line by line.
    @Test func crlfLexiconIsRead() throws {
        let lexicon = try Lexicon(parsing: "company | Foo Corp | Foo\r\ncountry | Atlantis | Atlantida\r\n", file: "x.txt")
        #expect(lexicon.entities.map(\.name) == ["Foo Corp", "Atlantis"])
        #expect(lexicon.entities[1].aliases == ["Atlantis", "Atlantida"])
        #expect(throws: LexiconError.self) { try Lexicon(parsing: "company | A | B\r\nnonsense\r\n", file: "x.txt") }
        do {
            _ = try Lexicon(parsing: "company | A | B\r\nnonsense\r\n", file: "x.txt")
        } catch let error as LexiconError {
            #expect(error.line == 2)
            #expect(error.column == 9, "\(error)")
        }
    }

    /// Issue 10: each stage is a value made from the one before, checked without launching the program.
    @Test func stagesHandValuesToEachOther() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir)
        let inputs = try RunInputs.gather(Stage.options(input, dir.appendingPathComponent("out")))
        #expect(inputs.files.count == 5)
        let read = try ArticleReader.read(inputs, cache: nil, progress: nil)
        #expect(read.analyses.count == 5 && read.analysedAfresh == 5)
        let stats = ReportStatistics.compute(read, inputs: inputs)
        #expect(stats.corpus.articles.count == 5)
        #expect(stats.fingerprint == ReportStatistics.compute(read, inputs: inputs).fingerprint)
        let spec = ReportSpec.compose(stats, inputs: inputs)
        // Model counts name two subjects in the seeds (China, Robin Li): too few to compare, so no chart.
        #expect(Set(spec.charts.keys) == Set(ChartID.fixed + [.figure(Measure(quantity: .freeTokens))]))
        #expect(spec.date == Date(timeIntervalSince1970: 1_750_000_000))
        let plan = OutputPlan.make(spec, stats: stats, read: read, inputs: inputs)
        #expect(plan.files.map(\.path.relative).sorted() == ([".cache/analyses.bin", ".cache/corpus.bin", "report.pdf", "stats.json"]
            + spec.charts.keys.map { "charts/\($0.fileName).png" }).sorted())
        #expect(Set(plan.files.map(\.fingerprint)).count == plan.files.count)
        #expect(plan.history.articles.count == 5)
    }

    /// The PDF depends on the articles only: no what-changed section, whatever the last run was.
    @Test func documentHasNoChangesSection() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: 2)
        let inputs = try RunInputs.gather(Stage.options(input, dir.appendingPathComponent("out")))
        let stats = ReportStatistics.compute(try ArticleReader.read(inputs, cache: nil, progress: nil), inputs: inputs)
        let document = try #require(ReportSpec.compose(stats, inputs: inputs).document).build()
        #expect(!document.sections.contains { $0.title.contains("changed") })
    }

    /// The changes summary: added, removed and edited articles, and new figures with examples.
    @Test func changesSummaryNamesWhatChanged() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: 2)
        let inputs = try RunInputs.gather(Stage.options(input, dir.appendingPathComponent("out")))
        let read = try ArticleReader.read(inputs, cache: nil, progress: nil)
        var previous = RunHistory(entries: read.entries)
        let first = read.entries[0].path
        previous.articles[first] = nil
        previous.articles["articles/gone.txt"] = 1
        let changes = RunChanges(from: previous, to: read, changedCharts: [.mentions])
        #expect(changes.added == [first])
        #expect(changes.removed == ["articles/gone.txt"])
        let lines = changes.lines(Labels(.en))
        #expect(lines.contains("1 new article: \(first)"))
        #expect(lines.contains("Charts changed: mentions"))
        let none = RunChanges(from: RunHistory(entries: read.entries), to: read, changedCharts: [])
        #expect(none.lines(Labels(.en)) == ["No change since the last run."])
    }
}

/// Document truncation: a run-on sentence or title is cut around the figure, so the PDF stays linear (F2).
struct DocumentTruncationTests {
    @Test func longSentenceIsAnExcerptAroundTheFigure() {
        let sentence = "DeepSeek " + String(repeating: ", ", count: 125_000) + "$5 juta"
        let fact = Fact(kind: .money, value: .number(5e6), valueMax: nil, unit: "IDR", bound: .exact, subject: nil, role: nil,
                        noun: nil, text: "$5 juta", sentence: sentence, start: 0, end: 0)
        let excerpt = FactFormatting.excerpt(fact)
        #expect(excerpt.hasPrefix("… "))
        #expect(excerpt.hasSuffix("$5 juta"))
        #expect(excerpt.utf8.count < 600)
        var short = fact
        short.sentence = "Biayanya $5 juta."
        #expect(FactFormatting.excerpt(short) == short.sentence)
    }

    @Test func excerptNeverCutsACharacter() {
        let sentence = String(repeating: "é中", count: 2_000) + " 10 persen " + String(repeating: "😀", count: 2_000)
        let fact = Fact(kind: .percent, value: .number(10), valueMax: nil, unit: "%", bound: .exact, subject: nil, role: nil,
                        noun: nil, text: "10 persen", sentence: sentence, start: 0, end: 0)
        let excerpt = FactFormatting.excerpt(fact)
        #expect(excerpt.contains("10 persen"))
        #expect(!excerpt.contains("\u{FFFD}"))
    }
}

/// F3: what the walk cannot reach — a path longer than PATH_MAX, a folder too deep — is named, never dropped unseen.
struct OutOfReachTests {
    let fm = FileManager.default

    /// Nests folders of 200-byte names past PATH_MAX (4096 on Linux), with an article at the bottom. They are made
    /// with mkdirat/openat, relative to the folder above: mkdir(2) refuses a full path that long.
    @Test func articleBeyondPathMaxIsNamedInAWarning() throws {
        let dir = try CLI.temporaryFolder()
        defer { _ = try? Tool.run("/bin/rm", ["-rf", dir.path]) }
        let name = String(repeating: "d", count: 200)
        var fd = open(dir.path, O_RDONLY | O_DIRECTORY)
        var length = dir.path.utf8.count
        while length <= Int(PATH_MAX) {
            #expect(mkdirat(fd, name, 0o755) == 0)
            let next = openat(fd, name, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
            length += 1 + name.utf8.count
        }
        let file = openat(fd, "deep.txt", O_WRONLY | O_CREAT, 0o644)
        #expect(file >= 0)
        _ = write(file, "Baidu", 5)
        close(file)
        close(fd)
        let listing = try ArticleFiles.listing(in: dir, displayPrefix: "in")
        #expect(listing.files.isEmpty)
        #expect(listing.warnings.count == 1, "\(listing.warnings)")
        #expect(listing.warnings.first?.contains("longer than the system allows") == true)
    }

    @Test func folderDeeperThanTheLimitIsNamedInAWarning() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let deep = (0...ArticleFiles.maxDepth).reduce(dir) { url, _ in url.appendingPathComponent("d") }
        try fm.createDirectory(at: deep, withIntermediateDirectories: true)
        fm.createFile(atPath: deep.appendingPathComponent("a.txt").path, contents: Data("Baidu".utf8))
        fm.createFile(atPath: dir.appendingPathComponent("b.txt").path, contents: Data("Baidu".utf8))
        let listing = try ArticleFiles.listing(in: dir, displayPrefix: "")
        #expect(listing.files.map(\.id) == ["b"])
        #expect(listing.warnings.count == 1 && listing.warnings[0].contains("folders deep"), "\(listing.warnings)")
    }
}
