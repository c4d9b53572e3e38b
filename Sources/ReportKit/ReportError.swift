/// Problems a user can cause or fix. Each has one sentence that says what is wrong and what to do,
/// and an exit code (documented in README.md and `report-gen --help`).
public enum ReportError: Error, CustomStringConvertible, Equatable {
    case inputMissing(String)
    case inputNotAFolder(String)
    case inputUnreadable(String)
    case noArticles(String)
    case lexicon(String)
    case outputIsFile(String)
    case outputUnwritable(String, String)
    case locked(String)

    public var description: String {
        switch self {
        case .inputMissing(let p): "the input folder \(p) does not exist; create it and put article .txt files in it, or pass --input DIR"
        case .inputNotAFolder(let p): "\(p) is a file, not a folder; pass the folder that holds the articles with --input DIR"
        case .inputUnreadable(let p): "the input folder \(p) cannot be read; check its permissions"
        case .noArticles(let p): "no readable articles (.txt or .md) in \(p); add some, or pass another folder with --input DIR"
        // ReportGenerator.loadLexicon reports a file it cannot open as .lexicon("cannot read the lexicon file …"): no line to fix.
        case .lexicon(let m) where m.hasPrefix("cannot read"): "\(m); check the path given with --lexicon"
        case .lexicon(let m): "\(m); fix that line of the lexicon file"
        case .outputIsFile(let p): "the output path \(p) is a file; pass a folder with --output DIR"
        case .outputUnwritable(let p, let why): "cannot write to \(p) (\(why)); check the folder's permissions and free disk space, or pass another --output DIR"
        case .locked(let p): "another report-gen run is writing to \(p); wait for it to finish (or delete \(p)/.lock if no run is active)"
        }
    }

    /// Exit codes follow sysexits(3): 66 input, 73 output, 75 try again later, 78 configuration.
    public var exitCode: Int32 {
        switch self {
        case .inputMissing, .inputNotAFolder, .inputUnreadable, .noArticles: 66
        case .lexicon: 78
        case .outputIsFile, .outputUnwritable: 73
        case .locked: 75
        }
    }
}
