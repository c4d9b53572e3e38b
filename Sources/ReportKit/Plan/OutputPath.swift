/// Every file a run can write, typed: stages refer to outputs by case, and only `relative` knows the file names.
enum OutputPath: Hashable, Sendable, Comparable {
    enum ImageFormat: String, Sendable, CaseIterable { case png, svg }

    case statistics
    case report
    case chart(ChartID, ImageFormat)
    /// facts.csv, mentions.csv, articles.csv beside stats.json.
    case table(CSVTable)
    /// Per-article analyses for the next run (a cache, not part of the report).
    case analysisCache
    /// The merged statistics for the next run to start from (a cache too).
    case corpusState
    /// The parsed manifest beside the input folder (a cache too).
    case manifestCache

    /// The path inside the output folder.
    var relative: String {
        switch self {
        case .statistics: "stats.json"
        case .report: "report.pdf"
        case .chart(let id, let format): "charts/\(id.fileName).\(format.rawValue)"
        case .table(let table): table.fileName
        case .analysisCache: AnalysisCache.relativePath
        case .corpusState: CorpusState.relativePath
        case .manifestCache: ManifestCache.relativePath
        }
    }

    /// Files the user reads (the cache is not one).
    var isReport: Bool { self != .analysisCache && self != .corpusState && self != .manifestCache }

    static func < (a: Self, b: Self) -> Bool { a.relative < b.relative }
}
