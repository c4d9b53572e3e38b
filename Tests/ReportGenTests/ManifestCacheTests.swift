import Foundation
import Testing
import Stats
@testable import ReportKit

/// The manifest beside the folder is parsed once and kept in the output's cache; an edited, added or removed
/// manifest file is parsed again, and a run from the cache gives what a cold run gives.
@Suite(.serialized)
struct ManifestCacheTests {
    let fm = FileManager.default

    /// A folder `news` of two seeds with `news.manifest.jsonl` beside it naming the first.
    func folder(in dir: URL, title: String) throws -> URL {
        let input = dir.appendingPathComponent("news")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        for seed in ["000_c80a7371fef3bffa", "003_cfe9d2b584ad8e70"] {
            let to = input.appendingPathComponent(seed + ".txt")
            if !fm.fileExists(atPath: to.path) { try fm.copyItem(at: CLI.repo.appendingPathComponent("seeds/\(seed).txt"), to: to) }
        }
        try writeManifest(in: dir, title: title)
        return input
    }

    func writeManifest(in dir: URL, title: String) throws {
        let manifest = """
        {"file": "000_c80a7371fef3bffa.txt", "title": "\(title)", "date": "2025-03-04", "source": "Kompas"}
        {"id": "003_cfe9d2b584ad8e70", "source": "Tempo"}
        not json
        """
        try Data(manifest.utf8).write(to: dir.appendingPathComponent("news.manifest.jsonl"))
    }

    @Test func roundTripKeepsEveryEntryAndWarning() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try folder(in: dir, title: "Modal untuk AI")
        let (parsed, cache) = ManifestCache.load(forInput: input.path, output: nil)
        #expect(parsed.count == 2 && parsed.warnings.count == 1)
        let bytes = try #require(cache.parsedBytes)
        let decoded = bytes.withUnsafeBytes { ManifestCache.decode($0, key: cache.key) }
        #expect(decoded == parsed.contents)
        #expect(decoded.map { ArticleManifest($0).entry(forArticleAt: input.path + "/003_cfe9d2b584ad8e70.txt")?.source } == "Tempo")
        #expect(bytes.withUnsafeBytes { ManifestCache.decode($0, key: cache.key &+ 1) } == nil, "another key is another folder state")
        var damaged = bytes
        damaged[damaged.count - 3] ^= 0x01
        #expect(damaged.withUnsafeBytes { ManifestCache.decode($0, key: cache.key) } == nil)
    }

    @Test func theKeyFollowsEveryFileThatMayDescribeTheFolder() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try folder(in: dir, title: "Modal untuk AI")
        let key = ManifestCache.key(forInput: input.path)
        #expect(ManifestCache.key(forInput: input.path) == key)
        try writeManifest(in: dir, title: "Judul lain yang lebih panjang")
        let edited = ManifestCache.key(forInput: input.path)
        #expect(edited != key)
        try Data("id,title\n003_cfe9d2b584ad8e70,Dari CSV\n".utf8).write(to: input.appendingPathComponent("metadata.csv"))
        #expect(ManifestCache.key(forInput: input.path) != edited, "a new metadata file inside the folder")
    }

    /// Runs of the library: the second run reads the manifest from the cache, an edited manifest is read again, and
    /// each time the folder is byte for byte what a run without the cache gives.
    @Test func runsFromTheCacheMatchColdRuns() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try folder(in: dir, title: "Modal untuk AI")
        let out = dir.appendingPathComponent("out")
        func cold() throws -> [String: Data] {
            var options = Stage.options(input, dir.appendingPathComponent("cold"))
            options.useCache = false
            _ = try ReportGenerator.run(options)
            return try Stage.visible(dir.appendingPathComponent("cold"))
        }
        _ = try ReportGenerator.run(Stage.options(input, out))
        let cached = out.appendingPathComponent(ManifestCache.relativePath)
        #expect(fm.fileExists(atPath: cached.path))
        let inputs = try RunInputs.gather(Stage.options(input, out))
        let fromCache = ManifestCache.load(forInput: input.path, output: out)
        #expect(fromCache.1.parsedBytes == nil, "the second run reads the cache")
        #expect(fromCache.0.contents == ManifestCache.load(forInput: input.path, output: nil).0.contents)
        #expect(fromCache.1.bytes(output: out) == [UInt8](try Data(contentsOf: cached)))
        #expect(try ArticleReader.read(inputs, cache: nil, progress: nil).analyses.contains { $0.metadata.title == "Modal untuk AI" })

        try fm.copyItem(at: CLI.repo.appendingPathComponent("seeds/004_0ff758cd43fc8460.txt"), to: input.appendingPathComponent("added.txt"))
        _ = try ReportGenerator.run(Stage.options(input, out))
        let afterAdding = try Stage.visible(out)
        #expect(try afterAdding == cold())

        try writeManifest(in: dir, title: "Judul yang diperbaiki")
        _ = try ReportGenerator.run(Stage.options(input, out))
        let after = try Stage.visible(out)
        #expect(try after == cold())
        #expect(String(decoding: after["stats.json"] ?? Data(), as: UTF8.self).contains("Judul yang diperbaiki"))
    }
}
