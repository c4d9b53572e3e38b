// Benchmark (d): the per-article extractor alone, on one core, in MB/s.
// Usage: extract-bench DIR... — reads every .txt below the folders into memory first, then times
// decode + analyse of all of them, five times (EXTRACT_BENCH_RUNS, e.g. 1 under callgrind), and prints the median.
import Foundation
import Stats

let folders = CommandLine.arguments.dropFirst()
guard !folders.isEmpty else {
    FileHandle.standardError.write(Data("usage: extract-bench DIR...\n".utf8))
    exit(64)
}
var articles: [[UInt8]] = []
for folder in folders {
    let root = URL(fileURLWithPath: folder)
    for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! where url.pathExtension == "txt" {
        if let data = FileManager.default.contents(atPath: url.path) { articles.append(Array(data)) }
    }
}
let bytes = articles.reduce(0) { $0 + $1.count }
let analyzer = ArticleAnalyzer(lexicon: try Lexicon.builtIn())
let runs = max(1, Int(ProcessInfo.processInfo.environment["EXTRACT_BENCH_RUNS"] ?? "") ?? 5)
var seconds: [Double] = []
var facts = 0
for _ in 0..<runs {
    let start = Date()
    facts = 0
    for (i, article) in articles.enumerated() {
        guard case .success(let decoded) = ArticleDecoder.decode(article) else { continue }
        facts += analyzer.analyze(decoded.utf8, id: String(i), file: "").facts.count
    }
    seconds.append(Date().timeIntervalSince(start))
}
let median = seconds.sorted()[runs / 2]
print(String(format: "extractor: %d articles, %.1f MB, %d facts; median %.3f s = %.1f MB/s on one core (runs: %@)",
             articles.count, Double(bytes) / 1e6, facts, median, Double(bytes) / 1e6 / median,
             seconds.map { String(format: "%.3f", $0) }.joined(separator: " ")))
