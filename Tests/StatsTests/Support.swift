import Foundation
@testable import Stats

/// Paths inside the repository, found from this file so tests run from any working directory.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds")
    static let gold = root.appendingPathComponent("Tests/StatsTests/Fixtures/gold-seeds.json")
}

enum Fixture {
    static let lexicon = try! Lexicon.builtIn()
    static let analyzer = ArticleAnalyzer(lexicon: lexicon)

    /// Analyses an article given as text.
    static func analyze(_ text: String, id: String = "t") -> ArticleAnalysis {
        analyzer.analyze(Array(text.utf8), id: id, file: id + ".txt")
    }

    static func seed(_ id: String) -> ArticleAnalysis {
        let url = Repo.seeds.appendingPathComponent(id + ".txt")
        return analyzer.analyze(Array(try! Data(contentsOf: url)), id: id, file: "seeds/\(id).txt")
    }

    static let seedIDs: [String] = try! FileManager.default.contentsOfDirectory(atPath: Repo.seeds.path)
        .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
}
