import Foundation
import Stats

/// Reads and analyses the article files in parallel, skipping the ones that are not text.
enum ArticleReader {
    struct Result {
        var analyses: [ArticleAnalysis]
        /// Article id → how it was decoded, for files that were not plain UTF-8.
        var decodings: [String: String]
        var skipped: [StatsFile.Skipped]
        /// "FILE: how it was decoded" for files that were not plain UTF-8.
        var notes: [String]
    }

    private enum Outcome {
        case analysed(ArticleAnalysis, decoding: String?, warnings: [String])
        case skipped(String)
    }

    static func readAll(_ files: [ArticleFile], analyzer: ArticleAnalyzer, progress: (@Sendable (Int, Int) -> Void)?) -> Result {
        let outcomes = Locked([Outcome?](repeating: nil, count: files.count))
        let done = Locked(0)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let outcome = read(files[i], analyzer: analyzer)
            outcomes.withLock { $0[i] = outcome }
            if let progress { progress(done.withLock { $0 += 1; return $0 }, files.count) }
        }
        var result = Result(analyses: [], decodings: [:], skipped: [], notes: [])
        for (file, outcome) in zip(files, outcomes.withLock { $0 }) {
            switch outcome! {
            case .analysed(let analysis, let decoding, let warnings):
                result.analyses.append(analysis)
                if let decoding { result.decodings[analysis.id] = decoding }
                result.notes += warnings.map { "\(file.displayPath): \($0)" }
            case .skipped(let reason):
                result.skipped.append(.init(file: file.displayPath, reason: reason))
            }
        }
        return result
    }

    private static func read(_ file: ArticleFile, analyzer: ArticleAnalyzer) -> Outcome {
        guard let data = FileManager.default.contents(atPath: file.url.path) else {
            return .skipped("the file cannot be read; check its permissions")
        }
        switch ArticleDecoder.decode(Array(data)) {
        case .failure(let rejection):
            return .skipped(rejection.reason)
        case .success(let decoded):
            let analysis = analyzer.analyze(decoded.utf8, id: file.id, file: file.displayPath)
            return .analysed(analysis, decoding: decoded.encoding, warnings: decoded.warnings)
        }
    }
}
