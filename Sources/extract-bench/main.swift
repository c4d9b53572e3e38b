// Benchmark (d): the per-article extractor alone, on one core, in MB/s.
// Usage: extract-bench DIR... — reads every .txt below the folders into memory first, then times
// decode + analyse of all of them, five times (EXTRACT_BENCH_RUNS, e.g. 1 under callgrind), and prints the median.
// EXTRACT_BENCH_THREADS=2 analyses on two threads as report-gen's read stage does, and adds the CPU time, so that
// time lost between threads (contended reference counts, the allocator) shows as CPU beyond the one-core figure.
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
let threads = max(1, Int(ProcessInfo.processInfo.environment["EXTRACT_BENCH_THREADS"] ?? "") ?? 1)

/// Decodes and analyses every article on `threads` threads; the number of facts.
func analyseAll(_ articles: [[UInt8]], _ analyzer: ArticleAnalyzer, threads: Int) -> Int {
    @Sendable func analyse(_ i: Int) -> Int {
        guard case .success(let decoded) = ArticleDecoder.decode(articles[i]) else { return 0 }
        return analyzer.analyze(decoded.utf8, id: String(i), file: "").facts.count
    }
    guard threads > 1 else { return articles.indices.reduce(0) { $0 + analyse($1) } }
    let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: articles.count)
    defer { counts.deallocate() }
    nonisolated(unsafe) let shared = counts  // each iteration writes its own slot
    DispatchQueue.concurrentPerform(iterations: articles.count) { shared[$0] = analyse($0) }
    return counts.reduce(0, +)
}

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

var seconds: [Double] = []
var cpu: [Double] = []
var facts = 0
for _ in 0..<runs {
    let start = Date(), startCPU = cpuSeconds()
    facts = analyseAll(articles, analyzer, threads: threads)
    seconds.append(Date().timeIntervalSince(start))
    cpu.append(cpuSeconds() - startCPU)
}
let median = seconds.sorted()[runs / 2]
let medianCPU = cpu.sorted()[runs / 2]
print(String(format: "extractor: %d articles, %.1f MB, %d facts; median %.3f s = %.1f MB/s on %@ (runs: %@); CPU median %.3f s",
             articles.count, Double(bytes) / 1e6, facts, median, Double(bytes) / 1e6 / median,
             threads == 1 ? "one core" : "\(threads) threads",
             seconds.map { String(format: "%.3f", $0) }.joined(separator: " "), medianCPU))

// EXTRACT_BENCH_DIGEST=1: one hash of every article's analysis (JSON, sorted keys), to check in seconds that a change
// for speed leaves the extractor's output as it was (the reports' byte-for-byte check needs a release build of report-gen).
if ProcessInfo.processInfo.environment["EXTRACT_BENCH_DIGEST"] != nil {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    var digest = FNV1a()
    for (i, bytes) in articles.enumerated() {
        guard case .success(let decoded) = ArticleDecoder.decode(bytes) else { continue }
        digest.add(bytes: [UInt8](try encoder.encode(analyzer.analyze(decoded.utf8, id: String(i), file: ""))))
    }
    print(String(format: "digest of %d analyses: %016llx", articles.count, digest.value))
}
