import Foundation
import Testing

/// A run after adding, editing or removing articles reuses cached results, and gives exactly what a
/// cold run from the same previous report gives.
@Suite("incremental runs", .serialized)
struct IncrementalTests {
    let fm = FileManager.default

    func seedFiles() throws -> [URL] {
        try fm.contentsOfDirectory(at: CLI.repo.appendingPathComponent("seeds"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }

    /// Every output a user sees, by relative path.
    /// A cold run (`--no-cache`) from a copy of the report `before` the change gives, file for file, the bytes the
    /// incremental run wrote to `incremental`.
    func expectSameAsColdRun(_ incremental: URL, from before: URL, input: URL, in dir: URL) throws {
        let cold = dir.appendingPathComponent("cold")
        try fm.copyItem(at: before, to: cold)
        #expect(try CLI.run(["--input", input.path, "--output", cold.path, "--no-cache"]).status == 0)
        let a = try outputs(incremental), b = try outputs(cold)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a { #expect(bytes == b[path], "\(path) differs between the incremental and the cold run") }
    }

    /// Every seed four times ("b-…", "c-…", "d-…", "e-…"): figures that several articles state. Returns the seeds.
    func copySeedsUnderFourNames(into input: URL) throws -> [URL] {
        let seeds = try seedFiles()
        for prefix in ["b", "c", "d", "e"] {
            for seed in seeds { try fm.copyItem(at: seed, to: input.appendingPathComponent("\(prefix)-\(seed.lastPathComponent)")) }
        }
        return seeds
    }

    func outputs(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try fm.subpathsOfDirectory(atPath: folder.path) where !path.hasPrefix(".") && path.contains(".") {
            result[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return result
    }

    @Test func addingAnArticleEqualsAColdRun() throws {
        let dir = try CLI.temporaryFolder()
        let input = dir.appendingPathComponent("articles")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        let seeds = try seedFiles()
        for seed in seeds.dropLast() { try fm.copyItem(at: seed, to: input.appendingPathComponent(seed.lastPathComponent)) }

        let incremental = dir.appendingPathComponent("incremental")
        #expect(try CLI.run(["--input", input.path, "--output", incremental.path]).status == 0)
        let before = dir.appendingPathComponent("before")
        try fm.copyItem(at: incremental, to: before)

        try fm.copyItem(at: seeds.last!, to: input.appendingPathComponent(seeds.last!.lastPathComponent))
        let run = try CLI.run(["--input", input.path, "--output", incremental.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("1 analysed afresh"), "\(run.stdout)")
        #expect(run.stdout.contains("1 new article"), "\(run.stdout)")

        try expectSameAsColdRun(incremental, from: before, input: input, in: dir)
        try? fm.removeItem(at: dir)
    }

    /// Editing, removing and adding articles at once starts from the last run's statistics (subtracting the old
    /// articles, merging the new) and still gives exactly what a cold run gives. Copies of the seeds under several
    /// names make figures that several articles state, and the removed and added articles are their first sources.
    @Test func changesMergedIntoTheLastStatisticsEqualAColdRun() throws {
        let dir = try CLI.temporaryFolder()
        let input = dir.appendingPathComponent("articles")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        let seeds = try copySeedsUnderFourNames(into: input)
        let incremental = dir.appendingPathComponent("incremental")
        #expect(try CLI.run(["--input", input.path, "--output", incremental.path]).status == 0)
        let before = dir.appendingPathComponent("before")
        try fm.copyItem(at: incremental, to: before)

        try fm.removeItem(at: input.appendingPathComponent("b-\(seeds[0].lastPathComponent)"))
        let edited = input.appendingPathComponent("c-\(seeds[1].lastPathComponent)")
        try (String(contentsOf: edited, encoding: .utf8) + "\nBaidu memberikan 75 juta token gratis kepada pengembang.\n")
            .write(to: edited, atomically: false, encoding: .utf8)
        try fm.copyItem(at: seeds[2], to: input.appendingPathComponent("a-new.txt"))
        let run = try CLI.run(["--input", input.path, "--output", incremental.path], environment: ["REPORT_GEN_TIMING": "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("statistics, merged"), "the run counted every article again: \(run.stderr)")

        try expectSameAsColdRun(incremental, from: before, input: input, in: dir)
        try? fm.removeItem(at: dir)
    }

    /// A damaged `.cache/corpus.bin` is not used: every article is counted again, and the result is still right.
    @Test func damagedMergedStatisticsAreCountedAgain() throws {
        let dir = try CLI.temporaryFolder()
        let input = dir.appendingPathComponent("articles")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        let seeds = try copySeedsUnderFourNames(into: input)
        let out = dir.appendingPathComponent("out")
        #expect(try CLI.run(["--input", input.path, "--output", out.path]).status == 0)
        let state = out.appendingPathComponent(".cache/corpus.bin")
        var bytes = try Data(contentsOf: state)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: state)

        try fm.copyItem(at: seeds[0], to: input.appendingPathComponent("a-new.txt"))
        let run = try CLI.run(["--input", input.path, "--output", out.path], environment: ["REPORT_GEN_TIMING": "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("corpus statistics") && !run.stderr.contains("statistics, merged"), "\(run.stderr)")
        let cold = dir.appendingPathComponent("cold")
        #expect(try CLI.run(["--input", input.path, "--output", cold.path, "--no-cache"]).status == 0)
        #expect(try Data(contentsOf: out.appendingPathComponent("stats.json")) == Data(contentsOf: cold.appendingPathComponent("stats.json")))
        try? fm.removeItem(at: dir)
    }

    @Test func removedArticleDisappearsAndUnchangedRunRewritesNothing() throws {
        let dir = try CLI.temporaryFolder()
        let input = dir.appendingPathComponent("articles")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        for seed in try seedFiles() { try fm.copyItem(at: seed, to: input.appendingPathComponent(seed.lastPathComponent)) }
        let out = dir.appendingPathComponent("out")
        #expect(try CLI.run(["--input", input.path, "--output", out.path]).status == 0)
        #expect(try CLI.run(["--input", input.path, "--output", out.path]).status == 0)
        let unchanged = try CLI.run(["--input", input.path, "--output", out.path])
        #expect(unchanged.stdout.contains("0 analysed afresh"))
        #expect(unchanged.stdout.contains("Nothing to rewrite"), "\(unchanged.stdout)")

        let removed = try seedFiles()[0].lastPathComponent
        try fm.removeItem(at: input.appendingPathComponent(removed))
        let run = try CLI.run(["--input", input.path, "--output", out.path])
        #expect(run.stdout.contains("1 article removed"), "\(run.stdout)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("stats.json"))) as! [String: Any]
        let ids = (json["articles"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(ids.count == 4)
        #expect(!ids.contains(String(removed.dropLast(4))))
        try? fm.removeItem(at: dir)
    }

    @Test func watchRegeneratesWhenAnArticleIsAdded() throws {
        let dir = try CLI.temporaryFolder()
        let input = dir.appendingPathComponent("articles")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        let seeds = try seedFiles()
        try fm.copyItem(at: seeds[0], to: input.appendingPathComponent(seeds[0].lastPathComponent))
        let out = dir.appendingPathComponent("out")
        let log = dir.appendingPathComponent("log")
        fm.createFile(atPath: log.path, contents: nil)

        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["--watch", "--input", input.path, "--output", out.path]
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        func waitFor(_ text: String) -> Bool {
            for _ in 0..<200 {
                if String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self).contains(text) { return true }
                usleep(50_000)
            }
            return false
        }
        #expect(waitFor("Watching"), "the first run did not finish")
        try fm.copyItem(at: seeds[1], to: input.appendingPathComponent(seeds[1].lastPathComponent))
        #expect(waitFor("1 new article"), "no regeneration after adding an article")
        process.interrupt()
        process.waitUntilExit()
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("stats.json"))) as! [String: Any]
        #expect((json["articles"] as! [[String: Any]]).count == 2)
        try? fm.removeItem(at: dir)
    }
}
