import Foundation
import Testing
@testable import ReportKit

/// In-process runs for the stage tests: a folder of seed copies, a run of the library, the files it wrote.
enum Stage {
    static let fm = FileManager.default

    /// `count` seed articles copied into a new folder (all of them when nil).
    static func seedFolder(in dir: URL, count: Int? = nil) throws -> URL {
        let input = dir.appendingPathComponent("articles")
        try fm.createDirectory(at: input, withIntermediateDirectories: true)
        let seeds = try fm.contentsOfDirectory(at: CLI.repo.appendingPathComponent("seeds"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        for seed in seeds.prefix(count ?? seeds.count) { try fm.copyItem(at: seed, to: input.appendingPathComponent(seed.lastPathComponent)) }
        return input
    }

    static func options(_ input: URL, _ output: URL, formats: Set<ReportOptions.Format> = [.pdf, .png], scale: Double = 1) -> ReportOptions {
        var o = ReportOptions(input: input, output: output, inputDisplay: "articles")
        o.formats = formats
        o.scale = scale
        o.sourceDateEpoch = 1_750_000_000
        return o
    }

    /// Every file a user sees (not the hidden state), by relative path.
    static func visible(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in (try? fm.subpathsOfDirectory(atPath: folder.path)) ?? [] where !path.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            fm.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
        }
        return result
    }

    static func copy(_ from: URL, to: URL) throws {
        try? fm.removeItem(at: to)
        try fm.copyItem(at: from, to: to)
    }
}
