import Foundation
import Stats

/// Stage 1: what a run reads — the article files, the lexicon, the options — checked before anything is analysed.
struct RunInputs: Sendable {
    var options: ReportOptions
    var files: [ArticleFile]
    var lexicon: Lexicon
    /// Files and folders that could not be listed: each becomes a warning, and the run exits 1.
    var warnings: [String]
    /// Ids that had to be disambiguated: said, but not a failure.
    var notes: [String]

    /// Ties cached analyses to the analyser and the lexicon: either changing drops the cache.
    var cacheStamp: String {
        "\(ReportGenerator.version) analysis \(ArticleAnalyzer.formatVersion) \(lexicon.fingerprint)"
    }

    static func gather(_ options: ReportOptions) throws -> RunInputs {
        let lexicon = try LexiconFile.load(options.lexiconFile)
        let listing = try ArticleFiles.listing(in: options.input, displayPrefix: options.inputDisplay)
        return RunInputs(options: options, files: listing.files, lexicon: lexicon, warnings: listing.warnings, notes: listing.notes)
    }
}

/// The built-in lexicon merged with the user's file.
enum LexiconFile {
    static func load(_ file: URL?) throws -> Lexicon {
        do {
            let builtIn = try Lexicon.builtIn()
            guard let file else { return builtIn }
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw ReportError.lexiconUnreadable(file.path)
            }
            // Notepad and friends start UTF-8 files with a byte order mark: not part of the first category.
            let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
            return builtIn.merging(try Lexicon(parsing: String(decoding: bytes, as: UTF8.self), file: file.path))
        } catch let error as LexiconError {
            throw ReportError.lexicon(error.description)
        }
    }
}
