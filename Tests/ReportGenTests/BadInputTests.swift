import Foundation
import Testing

/// The files and folders a report tool meets in the wild — web pages, exports, colleagues' folders — and the
/// promise that goes with them: one bad file is skipped and named, a bad folder gets one sentence and a documented
/// exit code, and a failed or interrupted run never damages the previous report.
///
/// Every test builds its input in a temporary folder of its own and removes it afterwards.
@Suite("bad input")
struct BadInputTests {
    // MARK: - Input files

    /// A file that is text in some encoding: it is read as the same article as its UTF-8 original.
    struct Encoded: Sendable, CustomTestStringConvertible {
        var name: String
        var title: String
        var bytes: [UInt8]
        /// stats.json's `decoding` for the article (nil: plain UTF-8).
        var decoding: String?
        /// A phrase of the warning on stderr (nil: no warning).
        var warning: String?
        var testDescription: String { name }
    }

    static let encodings: [Encoded] = {
        let text = Sample.article(), title = Sample.title
        let latin1Title = "Baidu Bagikan Token Gratis di Kafe Señor Müller"
        // Mojibake as a CMS makes it: the UTF-8 bytes read as Windows-1252 and saved again as UTF-8.
        let mojibake = String(data: Data(text.utf8), encoding: .windowsCP1252) ?? "(Foundation cannot read Windows-1252)"
        return [
            Encoded(name: "utf8-bom.txt", title: title, bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
            Encoded(name: "utf16le-bom.txt", title: title, bytes: [0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian)!),
                    decoding: "utf-16le", warning: "decoded as UTF-16LE"),
            Encoded(name: "utf16be-bom.txt", title: title, bytes: [0xFE, 0xFF] + Array(text.data(using: .utf16BigEndian)!),
                    decoding: "utf-16be", warning: "decoded as UTF-16BE"),
            Encoded(name: "utf16le-no-bom.txt", title: title, bytes: Array(text.data(using: .utf16LittleEndian)!),
                    decoding: "utf-16le", warning: "(no byte order mark)"),
            Encoded(name: "windows-1252.txt", title: title, bytes: Array(text.data(using: .windowsCP1252)!),
                    decoding: "windows-1252", warning: "decoded as Windows-1252"),
            Encoded(name: "latin-1.txt", title: latin1Title, bytes: Array(Sample.article(title: latin1Title).data(using: .isoLatin1)!),
                    decoding: "windows-1252", warning: "decoded as Windows-1252"),
            Encoded(name: "crlf.txt", title: title, bytes: Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            Encoded(name: "bom-crlf.md", title: title, bytes: [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            Encoded(name: "mojibake.txt", title: title, bytes: Array(mojibake.utf8), decoding: "mojibake-repaired", warning: "repaired"),
        ]
    }()

    @Test("an article in another encoding reads as the same article", arguments: encodings)
    func encodedArticleIsDecoded(_ file: Encoded) throws {
        try inTemporaryFolder { dir in
            let input = try Sample.folder(in: dir, [file.name: file.bytes])
            let run = try Run(input: input, in: dir)
            #expect(run.result.status == 0, "\(run.result.stderr)")
            let id = String(file.name.prefix(while: { $0 != "." }))
            let article = try #require(run.article(id), "\(file.name) is not in stats.json")
            #expect(article["title"] as? String == file.title)
            #expect(article["decoding"] as? String == file.decoding)
            #expect(run.factArticles(kind: "tokens", value: 50_000_000, subject: "Baidu").contains(id))
            if let warning = file.warning {
                #expect(run.warnings.contains { $0.contains(file.name) && $0.contains(warning) }, "\(run.result.stderr)")
            } else {
                #expect(run.warnings.isEmpty, "\(run.result.stderr)")
            }
        }
    }

    /// A file that holds no article: skipped, named on stderr and in stats.json, and the run still succeeds.
    struct Unusable: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var reason: String
        var testDescription: String { name }
    }

    static let unusable: [Unusable] = [
        Unusable(name: "empty.txt", bytes: [], reason: "empty"),
        Unusable(name: "whitespace.md", bytes: Array(" \t\r\n\n\u{00A0}\u{200B}\u{3000}  \n".utf8), reason: "empty"),
        Unusable(name: "bom-only.txt", bytes: [0xEF, 0xBB, 0xBF, 0x0A], reason: "empty"),
        Unusable(name: "utf16-bom-only.txt", bytes: [0xFF, 0xFE, 0x20, 0x00], reason: "empty"),
        Unusable(name: "photo.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Sample.noise(4_000), reason: "binary"),
        Unusable(name: "report.txt", bytes: Array("%PDF-1.7\n".utf8) + Sample.noise(4_000), reason: "binary"),
        Unusable(name: "data.txt", bytes: Sample.noise(10_000), reason: "binary"),
    ]

    @Test("an empty or binary file is skipped and named", arguments: unusable)
    func unusableFileIsSkipped(_ file: Unusable) throws {
        try inTemporaryFolder { dir in
            let input = try Sample.folder(in: dir, ["good.txt": Array(Sample.article().utf8), file.name: file.bytes])
            let run = try Run(input: input, in: dir)
            #expect(run.result.status == 1, "\(run.result.stderr)")
            #expect(run.warnings.contains { $0.contains("skipped") && $0.contains(file.name) && $0.contains(file.reason) },
                    "\(run.result.stderr)")
            #expect(run.skipped.contains { $0.hasSuffix(file.name) })
            #expect(run.article("good") != nil && run.articles.count == 1)
            #expect(!run.factArticles(kind: "tokens", value: 50_000_000, subject: "Baidu").isEmpty)
        }
    }

    @Test func fileThatCannotBeOpenedIsSkippedAndNamed() throws {
        try inTemporaryFolder { dir in
            let input = try Sample.folder(in: dir, ["good.txt": Array(Sample.article().utf8), "locked.txt": Array(Sample.article().utf8)])
            let fm = FileManager.default
            try fm.createSymbolicLink(atPath: input.appendingPathComponent("dangling.txt").path, withDestinationPath: "/nonexistent/article.txt")
            try fm.createSymbolicLink(atPath: input.appendingPathComponent("ping.txt").path, withDestinationPath: "pong.txt")
            try fm.createSymbolicLink(atPath: input.appendingPathComponent("pong.txt").path, withDestinationPath: "ping.txt")
            try fm.setAttributes([.posixPermissions: 0], ofItemAtPath: input.appendingPathComponent("locked.txt").path)
            // Root reads a chmod 000 file anyway (the tests run as root here), so that one check needs another user.
            let unreadableByUs = geteuid() != 0
            let run = try Run(input: input, in: dir)
            #expect(run.result.status == 1, "\(run.result.stderr)")
            for name in ["dangling.txt", "ping.txt", "pong.txt"] + (unreadableByUs ? ["locked.txt"] : []) {
                #expect(run.warnings.contains { $0.contains("skipped") && $0.contains(name) && $0.contains("cannot be read") },
                        "\(name) is not named: \(run.result.stderr)")
            }
            #expect(run.article("good") != nil)
            #expect((run.article("locked") == nil) == unreadableByUs)
        }
    }

    /// The 50 MB article is in the mixed folder below (one run of it costs seconds in a debug build).
    @Test func articleOfOneLineOfSeveralMegabytesIsRead() throws {
        try inTemporaryFolder { dir in
            let input = try Sample.folder(in: dir, ["one-line.txt": Sample.oneLine(megabytes: 5)])
            let run = try Run(input: input, in: dir)
            #expect(run.result.status == 0, "\(run.result.stderr)")
            #expect((run.article("one-line")?["words"] as? Int ?? 0) > 500_000)
            #expect(run.factArticles(kind: "tokens", value: 50_000_000, subject: "Baidu").contains("one-line"))
        }
    }

    @Test func folderIsWalkedRecursivelySkippingHiddenFilesLinkedFoldersAndPipes() throws {
        try inTemporaryFolder { dir in
            let text = Array(Sample.article().utf8)
            let input = try Sample.folder(in: dir, [
                "good.txt": text, "NOTES.TXT": text, "2024/06/nested.md": text, "a/b/c/d/deep.txt": text,
                ".hidden.txt": text, ".git/notes.txt": text, "drafts/.~lock.txt": text,
                "picture.png": [0x89, 0x50, 0x4E, 0x47], "article.docx": text,
            ])
            let fm = FileManager.default
            try fm.createSymbolicLink(atPath: input.appendingPathComponent("loop").path, withDestinationPath: ".")
            try fm.createSymbolicLink(atPath: input.appendingPathComponent("2024/06/up").path, withDestinationPath: "../..")
            try fm.createSymbolicLink(atPath: input.appendingPathComponent("linked.txt").path, withDestinationPath: "good.txt")
            #expect(mkfifo(input.appendingPathComponent("pipe.txt").path, 0o644) == 0)
            let run = try Run(input: input, in: dir)
            #expect(run.result.status == 0, "\(run.result.stderr)")
            let ids = Set(run.articles.compactMap { $0["id"] as? String })
            #expect(ids == ["good", "NOTES", "2024/06/nested", "a/b/c/d/deep", "linked"])
            #expect(run.result.stderr.isEmpty, "\(run.result.stderr)")
        }
    }

    // MARK: - Folder errors

    @Test func inputFolderErrorsAreOneSentenceWithExitCode66() throws {
        try inTemporaryFolder { dir in
            let empty = dir.appendingPathComponent("empty")
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            let file = try Sample.folder(in: dir.appendingPathComponent("files"), ["a.txt": Array(Sample.article().utf8)])
                .appendingPathComponent("a.txt")
            let useless = try Sample.folder(in: dir.appendingPathComponent("useless"), ["empty.txt": [], "photo.txt": [0x89, 0x50, 0x4E, 0x47]])
            let cases: [(URL, String)] = [
                (dir.appendingPathComponent("missing"), "does not exist"), (empty, "no readable articles"),
                (file, "is a file, not a folder"), (useless, "no readable articles"),
            ]
            for (input, phrase) in cases {
                let r = try CLI.run(["--input", input.path, "--output", dir.appendingPathComponent("out").path, "--format", "svg"])
                expectOneSentence(r, status: 66, naming: input.path, phrase)
            }
        }
    }

    @Test func outputFolderErrorsAreOneSentenceWithExitCode73() throws {
        try inTemporaryFolder { dir in
            let input = try Sample.folder(in: dir.appendingPathComponent("in"), ["good.txt": Array(Sample.article().utf8)])
            let file = dir.appendingPathComponent("report.txt")
            try Data("not a folder".utf8).write(to: file)
            let cases: [(String, String)] = [
                (file.path, "is a file"),                                         // --output is a file
                (file.appendingPathComponent("out").path, "is a file, not a folder"),  // its parent is a file: cannot be created
                ("/proc/report-gen-output", "cannot write to"),                 // a folder no one can create, even root
            ]
            for (output, phrase) in cases {
                let r = try CLI.run(["--input", input.path, "--output", output, "--format", "svg"])
                expectOneSentence(r, status: 73, naming: output, phrase)
            }
        }
    }

    /// A full disk cannot be made here (no tmpfs without mount rights), so the write fails another way the tool
    /// cannot tell apart: a file-size limit (`ulimit -f`) makes writing stats.json fail with EFBIG, as ENOSPC would.
    @Test func writeFailureKeepsThePreviousReport() throws {
        try inTemporaryFolder { dir in
            let input = try Sample.folder(in: dir.appendingPathComponent("in"), ["good.txt": Array(Sample.article().utf8)])
            let output = dir.appendingPathComponent("out")
            let previous = try Sample.previousReport(in: output)
            let sh = try Tool.run("/bin/sh", ["-c", "ulimit -f 1 && exec \"$0\" \"$@\"", CLI.executable.path,
                                              "--input", input.path, "--output", output.path, "--format", "svg"])
            expectOneSentence(sh, status: 73, naming: output.path, "File too large")
            #expect(try Sample.snapshot(output) == previous)
            #expect(try Sample.leftovers(output).isEmpty)
        }
    }

    // MARK: - Nothing lost

    @Test("an interrupted run leaves the previous report as it was", arguments: [SIGINT, SIGTERM, SIGHUP, SIGUSR1])
    func interruptedRunKeepsThePreviousReport(_ signal: Int32) throws {
        try inTemporaryFolder { dir in
            let input = try Sample.manyArticles(in: dir.appendingPathComponent("in"), count: 1_000)
            let output = dir.appendingPathComponent("out")
            let previous = try Sample.previousReport(in: output)
            let run = try Background(["--input", input.path, "--output", output.path], log: dir.appendingPathComponent("stderr"))
            defer { run.stop() }
            try run.waitForStaging(in: output)
            Thread.sleep(forTimeInterval: 0.3)
            try #require(run.process.isRunning, "the run ended before the signal; give it more articles")
            kill(run.process.processIdentifier, signal)
            run.process.waitUntilExit()
            #expect(run.process.terminationReason == .exit && run.process.terminationStatus == 128 + signal)
            #expect(try run.stderr().contains("interrupted; the previous report was left as it was"))
            #expect(try Sample.snapshot(output) == previous)
            #expect(try Sample.leftovers(output).isEmpty)
        }
    }

    @Test func secondRunOnTheSameOutputIsRefusedWith75() throws {
        try inTemporaryFolder { dir in
            let many = try Sample.manyArticles(in: dir.appendingPathComponent("many"), count: 1_000)
            let few = try Sample.folder(in: dir.appendingPathComponent("few"), ["good.txt": Array(Sample.article().utf8)])
            let output = dir.appendingPathComponent("out")
            let previous = try Sample.previousReport(in: output)
            let first = try Background(["--input", many.path, "--output", output.path], log: dir.appendingPathComponent("stderr"))
            defer { first.stop() }
            try first.waitForStaging(in: output)
            let second = try CLI.run(["--input", few.path, "--output", output.path, "--format", "svg"])
            expectOneSentence(second, status: 75, naming: output.path, "another report-gen run")
            try #require(first.process.isRunning, "the first run ended before the second started; give it more articles")
            first.stop()
            #expect(try Sample.snapshot(output) == previous)
            #expect(try Sample.leftovers(output).isEmpty)
        }
    }

    // MARK: - Lexicon

    @Test(arguments: [
        ("company | Moonshot | Kimi\ncompany | Zhipu | GLM | ChatGLM | Zhipu\n", ":2:33:", "found 4 '|'"),
        ("# extra names\n\ncompany |   | Kimi\n", ":3:10:", "the canonical name is empty"),
        ("person | Liang Wenfeng\n", ":1:23:", "found 1 '|'"),
    ])
    func malformedLexiconNamesFileLineAndColumn(_ text: String, _ place: String, _ message: String) throws {
        try inTemporaryFolder { dir in
            let input = try Sample.folder(in: dir.appendingPathComponent("in"), ["good.txt": Array(Sample.article().utf8)])
            let lexicon = dir.appendingPathComponent("extra.txt")
            try Data(text.utf8).write(to: lexicon)
            let r = try CLI.run(["--input", input.path, "--output", dir.appendingPathComponent("out").path, "--lexicon", lexicon.path])
            expectOneSentence(r, status: 78, naming: lexicon.path + place, message)
        }
    }

    @Test func missingLexiconFileSaysSo() throws {
        try inTemporaryFolder { dir in
            let input = try Sample.folder(in: dir.appendingPathComponent("in"), ["good.txt": Array(Sample.article().utf8)])
            let lexicon = dir.appendingPathComponent("no-such-lexicon.txt")
            let r = try CLI.run(["--input", input.path, "--output", dir.appendingPathComponent("out").path, "--lexicon", lexicon.path])
            expectOneSentence(r, status: 78, naming: lexicon.path, "cannot read")
            #expect(!r.stderr.contains("fix that line"))
        }
    }

    @Test
    func lexiconSavedWithByteOrderMarkIsRead() throws {
        try inTemporaryFolder { dir in
            let input = try Sample.folder(in: dir.appendingPathComponent("in"), ["good.txt": Array(Sample.article().utf8)])
            let lexicon = dir.appendingPathComponent("extra.txt")
            try Data([0xEF, 0xBB, 0xBF] + Array("company | Moonshot | Kimi\n".utf8)).write(to: lexicon)
            let r = try CLI.run(["--input", input.path, "--output", dir.appendingPathComponent("out").path, "--lexicon", lexicon.path, "--format", "svg"])
            #expect(r.status == 0, "\(r.stderr)")
        }
    }

    // MARK: - Exit codes

    @Test func exitCodesAreDocumentedInHelpAndReadme() throws {
        let help = try CLI.run(["--help"]).stdout
        let readme = try String(contentsOf: CLI.repo.appendingPathComponent("README.md"), encoding: .utf8)
        for code in [0, 1, 64, 66, 73, 75, 78] {
            #expect(help.contains("\n  \(code) "), "--help does not explain exit code \(code)")
            #expect(readme.contains("\n| \(code) |"), "README.md does not explain exit code \(code)")
        }
        #expect(try CLI.run(["--format", "doc"]).status == 64)
    }

    // MARK: - Everything at once

    /// The five seeds and every bad file above in one folder: a full report from the good files, each skipped file
    /// named on stderr, exit code 1, and the good files' facts in stats.json.
    @Test func seedsMixedWithEveryBadFileStillGiveAFullReport() throws {
        try inTemporaryFolder { dir in
            let fm = FileManager.default
            var files: [String: [UInt8]] = [:]
            for seed in try fm.contentsOfDirectory(atPath: CLI.repo.appendingPathComponent("seeds").path) where seed.hasSuffix(".txt") {
                files[seed] = Array(try Data(contentsOf: CLI.repo.appendingPathComponent("seeds/\(seed)")))
            }
            #expect(files.count == 5)
            for file in Self.encodings { files["encoded/" + file.name] = file.bytes }
            for file in Self.unusable { files["bad/" + file.name] = file.bytes }
            files["big/one-line.txt"] = Sample.oneLine(megabytes: 5)
            files["big/fifty-mb.txt"] = Sample.huge(megabytes: 50)
            files[".hidden.txt"] = Array(Sample.article().utf8)
            files["locked.txt"] = Array(Sample.article().utf8)
            let input = try Sample.folder(in: dir.appendingPathComponent("in"), files)
            try fm.createSymbolicLink(atPath: input.appendingPathComponent("loop").path, withDestinationPath: ".")
            try fm.createSymbolicLink(atPath: input.appendingPathComponent("dangling.txt").path, withDestinationPath: "/nonexistent/a.txt")
            try fm.createSymbolicLink(atPath: input.appendingPathComponent("ping.txt").path, withDestinationPath: "pong.txt")
            try fm.createSymbolicLink(atPath: input.appendingPathComponent("pong.txt").path, withDestinationPath: "ping.txt")
            try fm.setAttributes([.posixPermissions: 0], ofItemAtPath: input.appendingPathComponent("locked.txt").path)
            #expect(mkfifo(input.appendingPathComponent("pipe.txt").path, 0o644) == 0)

            let output = dir.appendingPathComponent("out")
            let run = try Run(input: input, output: output, formats: "pdf,png")
            #expect(run.result.status == 1, "\(run.result.stderr)")
            #expect((run.article("big/fifty-mb")?["words"] as? Int ?? 0) > 5_000_000)
            #expect((run.article("big/one-line")?["words"] as? Int ?? 0) > 500_000)

            // A full report: the PDF, every chart, stats.json.
            #expect(try Data(contentsOf: output.appendingPathComponent("report.pdf")).starts(with: Data("%PDF-".utf8)))
            let charts = try fm.contentsOfDirectory(atPath: output.appendingPathComponent("charts").path).filter { $0.hasSuffix(".png") }
            #expect(charts.count >= 5, "charts: \(charts)")

            // Each skipped file is named, and nothing else is skipped.
            let skippedNames = Self.unusable.map { "bad/" + $0.name } + ["dangling.txt", "ping.txt", "pong.txt"]
                + (geteuid() != 0 ? ["locked.txt"] : [])  // root reads a chmod 000 file
            for name in skippedNames {
                #expect(run.warnings.contains { $0.contains("skipped") && $0.contains(input.path + "/" + name) }, "\(name) is not named")
            }
            #expect(Set(run.skipped) == Set(skippedNames.map { input.path + "/" + $0 }))
            #expect(!run.result.stderr.contains(".hidden.txt") && !run.result.stderr.contains("pipe.txt"))

            // The good files are all read, and their facts are in stats.json.
            let ids = Set(run.articles.compactMap { $0["id"] as? String })
            let expected = files.keys.filter { !$0.hasPrefix("bad/") && !$0.hasPrefix(".") && (geteuid() == 0 || $0 != "locked.txt") }
                .map { String($0.prefix(upTo: $0.lastIndex(of: ".")!)) }
            #expect(ids == Set(expected))
            for (kind, value, subject) in [("tokens", 150_000_000.0, "Zhipu"), ("money", 5_500_000, "DeepSeek"), ("money", 1_000_000_000, "01.AI")] {
                #expect(!run.factArticles(kind: kind, value: value, subject: subject).isEmpty, "no \(kind) \(value) for \(subject)")
            }
            let baidu = run.factArticles(kind: "tokens", value: 50_000_000, subject: "Baidu")
            for file in Self.encodings {
                #expect(baidu.contains("encoded/" + file.name.prefix(while: { $0 != "." })), "no Baidu tokens from \(file.name)")
            }
        }
    }
}

// MARK: - Helpers

/// Runs `body` with a new temporary folder and removes the folder afterwards, whatever happens.
private func inTemporaryFolder(_ name: String = #function, _ body: (URL) throws -> Void) throws {
    let dir = try CLI.temporaryFolder(name)
    defer { try? FileManager.default.removeItem(at: dir) }
    try body(dir)
}

/// An error run as a user sees it: the status, and exactly one line on stderr that names the path and the problem.
private func expectOneSentence(_ r: CLI.Result, status: Int32, naming path: String, _ phrase: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
    let lines = r.stderr.split(separator: "\n")
    #expect(r.status == status, "\(r.stderr)", sourceLocation: sourceLocation)
    #expect(lines.count == 1 && lines.first?.hasPrefix("report-gen: error: ") == true, "\(r.stderr)", sourceLocation: sourceLocation)
    #expect(r.stderr.contains(path) && r.stderr.contains(phrase), "\(r.stderr)", sourceLocation: sourceLocation)
    for crash in ["Fatal error", "backtrace", "Stack dump", "Current stack trace"] {
        #expect(!r.stderr.contains(crash), "\(r.stderr)", sourceLocation: sourceLocation)
    }
}

/// A finished run and its stats.json.
private struct Run {
    var result: CLI.Result
    var stats: [String: Any]

    init(input: URL, in dir: URL) throws {
        try self.init(input: input, output: dir.appendingPathComponent("out"), formats: "svg")
    }

    init(input: URL, output: URL, formats: String) throws {
        // Not --quiet: it silences the decoding notes these tests read.
        result = try CLI.run(["--input", input.path, "--output", output.path, "--format", formats])
        let data = try Data(contentsOf: output.appendingPathComponent("stats.json"))
        stats = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    var warnings: [Substring] { result.stderr.split(separator: "\n").filter { $0.hasPrefix("report-gen: warning: ") } }
    var articles: [[String: Any]] { stats["articles"] as? [[String: Any]] ?? [] }
    var skipped: [String] { (stats["skipped"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String } }

    func article(_ id: String) -> [String: Any]? { articles.first { $0["id"] as? String == id } }

    /// The articles that state this fact (the fact's own and every other source).
    func factArticles(kind: String, value: Double, subject: String) -> Set<String> {
        var ids: Set<String> = []
        for f in stats["facts"] as? [[String: Any]] ?? []
        where f["kind"] as? String == kind && f["value"] as? Double == value && f["subject"] as? String == subject {
            if let a = f["article"] as? String { ids.insert(a) }
            for s in f["sources"] as? [[String: Any]] ?? [] { if let a = s["article"] as? String { ids.insert(a) } }
        }
        return ids
    }
}

/// report-gen started without waiting for it, for the tests that interrupt it or race it.
private final class Background {
    let process = Process()
    let log: URL

    init(_ arguments: [String], log: URL) throws {
        self.log = log
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
    }

    /// Waits until the run has taken the lock and begun staging its files (up to 30 s on a busy machine).
    func waitForStaging(in output: URL) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, process.isRunning {
            if (try? Sample.leftovers(output))?.isEmpty == false { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("report-gen never started staging in \(output.path): \(try stderr())")
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    func stderr() throws -> String { String(decoding: try Data(contentsOf: log), as: UTF8.self) }
}

/// Articles and folders made on the spot.
private enum Sample {
    static let title = "Baidu Bagikan Token ‘Gratis’ di Café Naga"

    /// A short Indonesian article with one fact: Baidu gives away 50 million tokens.
    static func article(title: String = Sample.title) -> String {
        """
        \(title)

        Baidu memberikan 50 juta token gratis kepada setiap pengguna baru di Tiongkok, kata perusahaan itu pada Selasa.

        Sementara itu OpenAI di Amerika Serikat mengumumkan model baru untuk para pengembang di seluruh dunia.

        """
    }

    /// Bytes of every value, NUL included, in a fixed order: binary, not text.
    static func noise(_ count: Int) -> [UInt8] {
        var state: UInt32 = 2_463_534_242
        return (0..<count).map { _ in
            state ^= state << 13; state ^= state >> 17; state ^= state << 5
            return UInt8(truncatingIfNeeded: state)
        }
    }

    /// An article that is one line of several megabytes, without a single line break.
    static func oneLine(megabytes: Int) -> [UInt8] {
        let sentence = "Perusahaan di Tiongkok dan Amerika Serikat terus bersaing dalam kecerdasan buatan, kata para analis. "
        let text = "Baidu memberikan 50 juta token gratis kepada pengguna baru. "
            + String(repeating: sentence, count: megabytes * 1_000_000 / sentence.utf8.count)
        return Array(text.utf8)
    }

    /// A long article: a headline, then numbered paragraphs of several sentences up to `megabytes`. Each paragraph
    /// differs from the others, since a paragraph repeated verbatim is dropped as boilerplate.
    static func huge(megabytes: Int) -> [UInt8] {
        let sentences = String(repeating: "Perusahaan teknologi di Tiongkok dan Amerika Serikat terus bersaing dalam pengembangan kecerdasan buatan, dan para analis menilai persaingan ini akan berlangsung lama. ", count: 6)
        var bytes = Array("Persaingan Panjang Kecerdasan Buatan\n\nBaidu memberikan 50 juta token gratis kepada pengguna baru.\n\n".utf8)
        bytes.reserveCapacity(megabytes * 1_000_000 + 2_000)
        var paragraph = 0
        while bytes.count < megabytes * 1_000_000 {
            paragraph += 1
            bytes += Array("Bagian \(paragraph). \(sentences)\n\n".utf8)
        }
        return bytes
    }

    /// Creates `folder` with these files (paths may hold sub-folders) and returns it.
    @discardableResult
    static func folder(in folder: URL, _ files: [String: [UInt8]]) throws -> URL {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        for (path, bytes) in files {
            let url = folder.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return folder
    }

    /// `count` short, different articles: enough work for a run to last a few seconds (files are slow to create on a busy
    /// disk, so not more).
    static func manyArticles(in folder: URL, count: Int) throws -> URL {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 0..<count {
            let text = """
            Laporan Kecerdasan Buatan Nomor \(i)

            Baidu memberikan \(i + 1) juta token gratis kepada pengguna di Tiongkok, kata perusahaan itu pada 2 Juni 2023.

            OpenAI dan Amerika Serikat menanggapi; setidaknya \(i % 90 + 10) model AI telah dirilis dengan biaya $\(i % 9 + 1),5 juta.

            """
            try Data(text.utf8).write(to: folder.appendingPathComponent("article-\(i).txt"))
        }
        return folder
    }

    /// Yesterday's report in `output`, by hand: what a failed run must leave exactly as it was.
    static func previousReport(in output: URL) throws -> [String: Data] {
        try folder(in: output, [
            "report.pdf": Array("%PDF-1.7 yesterday's report".utf8),
            "stats.json": Array("{\"generator\": \"yesterday\"}\n".utf8),
            "charts/mentions.png": [0x89, 0x50, 0x4E, 0x47] + noise(1_000),
        ])
        return try snapshot(output)
    }

    /// Every file under `folder` and its bytes, but `.lock`, which any run creates.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let fm = FileManager.default
        for path in fm.subpaths(atPath: folder.path) ?? [] where path != ".lock" {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// Staging folders in `output`: there must be none once a run has ended, however it ended.
    static func leftovers(_ output: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix(".staging") }
    }
}

/// F3: a sub-folder that cannot be listed is named in a warning and the exit code is 1, not a silent drop. Root reads
/// every folder, so as root the run is made as the unprivileged user `nobody` (through util-linux's setpriv).
struct UnreadableFolderTests {
    @Test func anUnlistableSubFolderIsNamedAndGivesExitCodeOne() throws {
        let fm = FileManager.default
        let dir = try CLI.temporaryFolder()
        defer { try? fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.appendingPathComponent("in/locked").path); try? fm.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in"), locked = input.appendingPathComponent("locked"), out = dir.appendingPathComponent("out")
        try fm.createDirectory(at: locked, withIntermediateDirectories: true)
        try fm.createDirectory(at: out, withIntermediateDirectories: true)
        try fm.copyItem(at: CLI.repo.appendingPathComponent("seeds/000_c80a7371fef3bffa.txt"), to: input.appendingPathComponent("a.txt"))
        try fm.copyItem(at: CLI.repo.appendingPathComponent("seeds/001_cc8fbd53423904ef.txt"), to: locked.appendingPathComponent("b.txt"))
        for folder in [dir, input, out] { try fm.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path) }
        try fm.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        var command = [CLI.executable.path, "-i", input.path, "-o", out.path, "--format", "csv"]
        if getuid() == 0 {
            let nobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            // Where `nobody` cannot run the built program (a private checkout), there is nothing to check here.
            guard fm.isExecutableFile(atPath: nobody[0]),
                  try Tool.run(nobody[0], Array(nobody.dropFirst()) + [CLI.executable.path, "--help"]).status == 0 else { return }
            command = nobody + command
        }
        let r = try Tool.run(command[0], Array(command.dropFirst()))
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("locked"), "\(r.stderr)")
        #expect(fm.fileExists(atPath: out.appendingPathComponent("stats.json").path))
    }
}
