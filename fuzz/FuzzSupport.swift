// Shared by both fuzz targets: the per-article path (decode → analyze) and the invariants its result must keep.
// Compiled into one module with Sources/Stats/**/*.swift, so internal Stats API is visible here.
import Foundation

/// Built once per process. `Lexicon.builtIn()` reads Bundle.module, which run.sh provides (BundleModule.swift).
let fuzzAnalyzer: ArticleAnalyzer = {
    do { return ArticleAnalyzer(lexicon: try Lexicon.builtIn()) } catch { fatalError("fuzz: cannot load the lexicon: \(error)") }
}()

/// Runs the whole per-article path on raw file bytes and checks every invariant; a violation is a fatalError.
func fuzzArticle(_ bytes: [UInt8]) {
    let decoded: ArticleDecoder.Decoded
    switch ArticleDecoder.decode(bytes) {
    case .failure: return  // empty or binary: rejected, nothing to analyze
    case .success(let d): decoded = d
    }
    if decoded.encoding == nil, decoded.utf8 != bytes {
        fatalError("fuzz invariant: decoder changed a file it reports as UTF-8 already")
    }
    if String(validating: decoded.utf8, as: UTF8.self) == nil {
        fatalError("fuzz invariant: decoder output is not valid UTF-8 (encoding \(decoded.encoding ?? "utf-8"))")
    }
    let analysis = fuzzAnalyzer.analyze(decoded.utf8, id: "fuzz", file: "fuzz.txt")
    checkInvariants(analysis, bytes: decoded.utf8)
}

/// What must hold for any analysis of `bytes`, whatever they are.
func checkInvariants(_ analysis: ArticleAnalysis, bytes: [UInt8]) {
    if analysis.words < 0 { fatalError("fuzz invariant: words = \(analysis.words) < 0") }
    for (i, fact) in analysis.facts.enumerated() {
        let where_ = "fact #\(i) \(fact.kind.rawValue) \(String(reflecting: fact.text)) at \(fact.start)..<\(fact.end)"
        guard 0 <= fact.start, fact.start <= fact.end, fact.end <= bytes.count else {
            fatalError("fuzz invariant: \(where_) lies outside the \(bytes.count) analyzed bytes")
        }
        let cited = String(decoding: bytes[fact.start..<fact.end], as: UTF8.self)
        if cited != fact.text {
            fatalError("fuzz invariant: \(where_): the bytes there read \(String(reflecting: cited))")
        }
        if let value = fact.value.number, !value.isFinite {
            fatalError("fuzz invariant: \(where_) has value \(value)")
        }
        if let max = fact.valueMax {
            if !max.isFinite { fatalError("fuzz invariant: \(where_) has valueMax \(max)") }
            if let value = fact.value.number, max < value {
                fatalError("fuzz invariant: \(where_) has valueMax \(max) < value \(value)")
            }
        }
    }
}
