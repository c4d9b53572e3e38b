import Foundation
import Stats

/// Folds the analyses into the corpus statistics while the articles are read, so that they never are all in memory
/// at once: the statistics take articles in id order, the reading threads finish them in any order, and an analysis
/// waits here only until those before it are folded. Files are handed out in id order, so few wait.
final class ArticleFolding: @unchecked Sendable {  // safe: every mutable field is read and written under `lock`
    /// File indices in id order: the order to read them in.
    let readingOrder: [Int]
    private let lock = NSLock()
    private var folding: CorpusStats.Folding
    /// File index → its place in `readingOrder`.
    private var place: [Int]
    private var next = 0
    /// Finished analyses (nil for a skipped file) by place, waiting for those before them.
    private var waiting: [Int: ArticleAnalysis?] = [:]
    private var figureLimitNotes: [(file: Int, note: String)] = []

    init(files: [ArticleFile], lexicon: Lexicon) {
        let ids = files.map(\.id)  // made once: a file's id is made from its listing's bytes when asked for
        readingOrder = files.indices.sorted { ids[$0] < ids[$1] }
        place = [Int](repeating: 0, count: files.count)
        for (k, i) in readingOrder.enumerated() { place[i] = k }
        folding = CorpusStats.Folding(lexicon: lexicon)
        folding.reserveCapacity(articles: files.count)
    }

    /// The analysis of file `i` (nil when the file was skipped): folded now if every file before it in id order is.
    func take(_ analysis: ArticleAnalysis?, ofFile i: Int) {
        lock.withLock {
            waiting[place[i]] = .some(analysis)
            while let ready = waiting.removeValue(forKey: next) {
                if let a = ready {
                    folding.add(a)
                    if let note = a.figureLimitWarning { figureLimitNotes.append((readingOrder[next], note)) }
                }
                next += 1
            }
        }
    }

    /// The statistics so far, and the figure-limit warnings in file order.
    func result() -> (folding: CorpusStats.Folding, figureLimitNotes: [String]) {
        lock.withLock { (folding, figureLimitNotes.sorted { $0.file < $1.file }.map(\.note)) }
    }
}
