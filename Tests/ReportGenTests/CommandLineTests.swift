import Foundation
import Testing

/// Whole command lines as a user types them: help, bad options, bad folders, exit codes.
@Suite("command line")
struct CommandLineTests {
    @Test func helpExplainsOptionsAndExitCodes() throws {
        let help = try CLI.run(["generate", "--help"]).stdout + (try CLI.run(["--help"]).stdout)
        for word in ["--input", "--output", "--lang", "--scale", "--format", "--lexicon", "EXIT CODES", "66", "73"] {
            #expect(help.contains(word), "--help lacks \(word)")
        }
    }

    @Test func badOptionIsAUsageError() throws {
        let r = try CLI.run(["--lang", "fr"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--lang"))
    }

    @Test func missingInputFolderIsAnInputError() throws {
        let out = try CLI.temporaryFolder()
        let r = try CLI.run(["--input", "/nonexistent/articles", "--output", out.path])
        #expect(r.status == 66)
        #expect(r.stderr.contains("/nonexistent/articles") && r.stderr.contains("does not exist"))
        #expect(!r.stderr.contains("Fatal error"))
    }

    @Test func emptyInputFolderIsAnInputError() throws {
        let input = try CLI.temporaryFolder(), out = try CLI.temporaryFolder()
        let r = try CLI.run(["--input", input.path, "--output", out.path])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no readable articles"))
    }

    @Test func outputThatIsAFileIsAnOutputError() throws {
        let dir = try CLI.temporaryFolder()
        let file = dir.appendingPathComponent("report.txt")
        try Data("x".utf8).write(to: file)
        let r = try CLI.run(["--output", file.path])
        #expect(r.status == 73)
        #expect(r.stderr.contains("is a file"))
    }

    @Test func malformedLexiconNamesFileLineAndColumn() throws {
        let dir = try CLI.temporaryFolder()
        let lexicon = dir.appendingPathComponent("extra.txt")
        try Data("company | Moonshot | Kimi Chat\nplanet | Mars | Red Planet\n".utf8).write(to: lexicon)
        let r = try CLI.run(["--lexicon", lexicon.path, "--output", dir.appendingPathComponent("out").path])
        #expect(r.status == 78)
        #expect(r.stderr.contains("extra.txt:2:1"), "\(r.stderr)")
        #expect(r.stderr.contains("planet"))
    }

    @Test func failedRunLeavesThePreviousReportUntouched() throws {
        let dir = try CLI.temporaryFolder()
        let out = dir.appendingPathComponent("out")
        #expect(try CLI.run(["--output", out.path]).status == 0)
        let before = try Data(contentsOf: out.appendingPathComponent("report.pdf"))
        let lexicon = dir.appendingPathComponent("bad.txt")
        try Data("nonsense line without bars\n".utf8).write(to: lexicon)
        #expect(try CLI.run(["--output", out.path, "--lexicon", lexicon.path]).status == 78)
        #expect(try Data(contentsOf: out.appendingPathComponent("report.pdf")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func unknownNamesAreListed() throws {
        let r = try CLI.run(["entities", "--unknown"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("category | Name"))
    }

    @Test func languageIndonesianAndSVGFormat() throws {
        let out = try CLI.temporaryFolder()
        let r = try CLI.run(["--output", out.path, "--lang", "id", "--format", "png,svg", "--scale", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let png = try Data(contentsOf: out.appendingPathComponent("charts/mentions.png"))
        #expect(pngSize(png).map { $0 == (3200, 2000) } == true)
        let svg = try String(contentsOf: out.appendingPathComponent("charts/mentions.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report.pdf").path))
    }
}

/// Regressions found in review: a damaged cache, files that differ only in extension, --watch after a skipped file.
@Suite("review regressions")
struct ReviewRegressionTests {
    @Test func damagedCacheIsIgnoredNotFatal() throws {
        let out = try CLI.temporaryFolder()
        #expect(try CLI.run(["--output", out.path]).status == 0)
        let cache = out.appendingPathComponent(".cache/analyses.bin")
        var bytes = [UInt8](try Data(contentsOf: cache))
        // Every record is checksummed: damage in the middle drops the record it is in, and that article is read again.
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: cache)
        let r = try CLI.run(["--output", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Read 5 articles"), "\(r.stdout)")
        #expect(r.stdout.contains("1 analysed afresh") || !r.stdout.contains("analysed afresh"), "\(r.stdout)")
    }

    @Test func filesDifferingOnlyInExtensionKeepDistinctIDs() throws {
        let dir = try CLI.temporaryFolder()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let seed = CLI.repo.appendingPathComponent("seeds/003_cfe9d2b584ad8e70.txt")
        try FileManager.default.copyItem(at: seed, to: input.appendingPathComponent("x.txt"))
        try FileManager.default.copyItem(at: seed, to: input.appendingPathComponent("x.md"))
        #expect(try CLI.run(["--input", input.path, "--output", dir.appendingPathComponent("out").path]).status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/stats.json"))) as! [String: Any]
        let ids = (json["articles"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(Set(ids).count == 2, "\(ids)")
    }
}

@Suite("context subcommand")
struct ContextCommandTests {
    @Test func deepSeekSentencesMatchItsMentionCount() throws {
        let listing = try CLI.run(["entities", "--input", "seeds"])
        let mentions = listing.stdout.split(separator: "\n").first { $0.hasPrefix("DeepSeek\t") }.map { Int($0.split(separator: "\t")[2])! }
        let tsv = try CLI.run(["context", "DeepSeek", "--input", "seeds", "--format", "tsv"])
        #expect(tsv.status == 0)
        #expect(tsv.stdout.split(separator: "\n").count - 1 == mentions)
        let text = try CLI.run(["context", "deepseek", "--input", "seeds", "--width", "80"])
        #expect(text.stdout.contains("\(mentions ?? -1) hits in 1 article"))
        #expect(try CLI.run(["context", "DeepSeek", "--input", "seeds", "--format", "xml"]).status == 64)
        #expect(try CLI.run(["context", "DeepSeek", "--input", "no-such-folder"]).status == 66)
    }

    @Test func articlesAreNamedFromTheManifestBesideTheFolder() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("kompas")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Perusahaan rintisan DeepSeek merilis model baru. Model itu murah.\n".write(to: folder.appendingPathComponent("a1.txt"), atomically: true, encoding: .utf8)
        try "Pasar saham bergejolak karena DeepSeek, kata analis.\n".write(to: folder.appendingPathComponent("a2.txt"), atomically: true, encoding: .utf8)
        let manifest = """
        {"id": "a1", "file": "a1.txt", "title": "DeepSeek Rilis Model Murah", "date": "01Nov2025", "publisher": "kompas.com"}
        {"id": "a2", "title": "", "date": "Diperbarui 18 Jun 2025, 14:05 WIB", "publisher": "liputan6.com"}
        {broken
        """
        try manifest.write(to: root.appendingPathComponent("kompas.manifest.jsonl"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["context", "DeepSeek", "--input", folder.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("── DeepSeek Rilis Model Murah · 2025-11-01 · kompas.com · a1"))
        #expect(result.stdout.contains("── liputan6.com, 2025-06-18 · a2"))
        #expect(result.stderr.contains("kompas.manifest.jsonl:3:"))
    }
}

/// F13: empty or impossible option values are usage errors (64) with a sentence, not silent no-ops.
@Suite("option checks")
struct OptionCheckTests {
    @Test(arguments: [
        (["-o", ""], "'--output' must name a folder"),
        (["-i", ""], "'--input' must name a folder"),
        (["--format", ""], "'--format' needs at least one"),
        (["--format", ",,"], "'--format' needs at least one"),
        (["--scale", "-1"], "'--scale' must be between 0.5 and 4"),
    ])
    func badValueIsAUsageError(_ arguments: [String], _ message: String) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }
}

/// F12: a closed output pipe does not turn a complete report into exit 141.
@Suite("signals")
struct PipeTests {
    @Test func closedStdoutPipeStillExitsZero() throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try Tool.run("/bin/bash", ["-c", "set -o pipefail; \"$0\" --output \"$1\" | (exec 0<&-; sleep 0.1)", CLI.executable.path, out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("stats.json").path))
    }
}
