/// Problems a user can cause or fix. Each has one sentence that says what is wrong and what to do,
/// and an exit code (documented in README.md and `report-gen --help`).
public enum ReportError: Error, CustomStringConvertible, Equatable {
    case inputMissing(String)
    case inputNotAFolder(String)
    case inputUnreadable(String)
    /// No article could be read; `skipped` names each file that was tried and why.
    case noArticles(String, skipped: [String] = [])
    /// Every article was read, and the filters (`--since`, `--until`, `--about`) left none.
    case nothingKept(String, String, String)
    case lexicon(String)
    case lexiconUnreadable(String)
    case outputIsFile(String)
    case outputUnwritable(String, String)
    case locked(String)
    /// Publishing failed and the previous files could not all be put back.
    case reportIncomplete(String, String)
    /// The new report is in place, but syncing it to disk failed.
    case notSynced(String, String)

    public var description: String {
        switch self {
        case .inputMissing(let p): "the input folder \(p) does not exist; create it and put article .txt files in it, or pass --input DIR"
        case .inputNotAFolder(let p): "\(p) is a file, not a folder; pass the folder that holds the articles with --input DIR"
        case .inputUnreadable(let p): "the input folder \(p) cannot be read; check its permissions"
        case .noArticles(let p, let skipped) where !skipped.isEmpty:
            "no readable articles in \(p): every file was skipped; " + skipped.joined(separator: "; ")
        case .noArticles(let p, _): "no readable articles (.txt or .md) in \(p); add some, or pass another folder with --input DIR"
        case .nothingKept(let p, let filter, let counts):
            "the filters (\(filter)) left no article of \(p): \(counts); widen the period or pass other --about words"
        case .lexicon(let m): "\(m); fix that line of the lexicon file"
        case .lexiconUnreadable(let p): "cannot read the lexicon file \(p); check the path given with --lexicon"
        case .outputIsFile(let p): "the output path \(p) is a file; pass a folder with --output DIR"
        case .outputUnwritable(let p, let why): "cannot write to \(p) (\(why)); check the folder's permissions and free disk space, or pass another --output DIR"
        case .reportIncomplete(let p, let why):
            "cannot write to \(p) (\(why)), and the previous report could not be put back: the folder holds parts of both until the next successful run, which rewrites every file; check the folder's permissions and free disk space"
        case .notSynced(let p, let why):
            "the new report was written to \(p), but syncing it to disk failed (\(why)); it may not survive a power loss"
        case .locked(let p): "another report-gen run is writing to \(p); wait for it to finish (or delete \(p)/.lock if no run is active)"
        }
    }

    /// The system's reason of an output failure ("…/charts: Permission denied"), or the whole message.
    var reason: String {
        switch self {
        case .outputUnwritable(_, let why), .reportIncomplete(_, let why), .notSynced(_, let why): why
        default: description
        }
    }

    /// Exit codes follow sysexits(3): 66 input, 73 output, 75 try again later, 78 configuration.
    public var exitCode: Int32 {
        switch self {
        case .inputMissing, .inputNotAFolder, .inputUnreadable, .noArticles, .nothingKept: 66
        case .lexicon, .lexiconUnreadable: 78
        case .outputIsFile, .outputUnwritable, .reportIncomplete, .notSynced: 73
        case .locked: 75
        }
    }
}
