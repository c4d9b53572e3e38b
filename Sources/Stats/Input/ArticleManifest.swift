import Foundation

/// Titles, dates, URLs and outlets of articles from a file a scraper wrote beside them: more reliable than
/// anything guessed from the text, so it wins over the headline and dateline read from the article.
///
/// Found for an input folder `F` (see `load(forInput:)`):
/// - `F.manifest.jsonl` beside the folder (`/tmp/news-id/kompas2025.manifest.jsonl` describes `kompas2025/`);
/// - inside it, `X.manifest.jsonl` (describes sub-folder `X/` when there is one, else `F/`), `metadata.jsonl`
///   and `metadata.csv` (describe `F/`).
///
/// JSON Lines hold one object per line; CSV a header row. Fields (case-insensitive): `id`, `file`, `title`,
/// `date`, `url`, and `source` or `publisher` for the outlet. An entry names its article by `file` (a path
/// relative to the folder it describes) or by `id` (the file name without its extension).
public struct ArticleManifest: Sendable {
    public struct Entry: Sendable, Hashable {
        public var id: String?
        public var file: String?
        public var title: String?
        /// ISO `YYYY-MM-DD`: the URL's /YYYY/MM/DD/ path when it has one, else the manifest's date in any format.
        public var date: String?
        public var url: String?
        public var source: String?

        public init(id: String? = nil, file: String? = nil, title: String? = nil, date: String? = nil, url: String? = nil, source: String? = nil) {
            self.id = id; self.file = file; self.title = title; self.date = date; self.url = url; self.source = source
        }
    }

    /// Article path (normalised) → entry, by `file`.
    private var byPath: [String: Entry] = [:]
    /// Article path without extension → entry, by `id`.
    private var byStem: [String: Entry] = [:]
    /// "FILE:LINE: what is wrong" for lines that were skipped.
    public private(set) var warnings: [String] = []
    /// The manifest files read, as paths.
    public private(set) var files: [String] = []
    public var isEmpty: Bool { byPath.isEmpty && byStem.isEmpty }
    public var count: Int { byPath.count + byStem.count }

    public init() {}

    /// Every manifest that describes `folder` or its direct sub-folders. Unreadable files give a warning, never an error.
    /// The files are parsed side by side (a corpus of three folders has three manifests: the analyses wait for their
    /// titles) and added in order, so the first file's entry wins as before.
    public static func load(forInput folder: String) -> ArticleManifest {
        let present = candidates(forInput: folder).filter { FileManager.default.fileExists(atPath: $0.file) }
        let parsed = ParsedFiles(count: present.count)
        DispatchQueue.concurrentPerform(iterations: present.count) { i in
            let (file, describes) = present[i]
            guard let data = FileManager.default.contents(atPath: file) else {
                var unreadable = ArticleManifest()
                unreadable.warnings.append("\(file): the metadata file cannot be read; check its permissions")
                parsed.set(i, unreadable)
                return
            }
            parsed.set(i, parse(Array(data), name: file, describing: describes))
        }
        var manifest = ArticleManifest()
        for part in parsed.all { manifest.add(part) }
        return manifest
    }

    /// One parsed manifest per file, filled from several threads.
    private final class ParsedFiles: @unchecked Sendable {
        private var parts: [ArticleManifest]
        private let lock = NSLock()
        init(count: Int) { parts = Array(repeating: ArticleManifest(), count: count) }
        func set(_ i: Int, _ part: ArticleManifest) { lock.lock(); parts[i] = part; lock.unlock() }
        var all: [ArticleManifest] { lock.lock(); defer { lock.unlock() }; return parts }
    }

    /// The files that may describe `folder` (most do not exist), each with the folder it describes, in the order
    /// `load` reads them: what a cache of the parsed manifest checks for changes.
    public static func candidates(forInput folder: String) -> [(file: String, describes: String)] {
        let root = normalised(folder)
        var candidates: [(file: String, describes: String)] = []
        let parent = (root as NSString).deletingLastPathComponent, name = (root as NSString).lastPathComponent
        candidates.append((parent + "/" + name + ".manifest.jsonl", root))
        let inside = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
        for file in inside where file.hasSuffix(".manifest.jsonl") && !file.hasPrefix(".") {
            let sub = root + "/" + String(file.dropLast(".manifest.jsonl".count))
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: sub, isDirectory: &isFolder)
            candidates.append((root + "/" + file, exists && isFolder.boolValue ? sub : root))
        }
        candidates += [(root + "/metadata.jsonl", root), (root + "/metadata.csv", root)]
        return candidates
    }

    /// Everything a manifest holds, so that a cache can keep it parsed (ReportKit's `ManifestCache`).
    public struct Contents: Sendable, Equatable {
        public var byPath: [String: Entry]
        public var byStem: [String: Entry]
        public var warnings: [String]
        public var files: [String]

        public init(byPath: [String: Entry], byStem: [String: Entry], warnings: [String], files: [String]) {
            self.byPath = byPath; self.byStem = byStem; self.warnings = warnings; self.files = files
        }
    }

    public var contents: Contents { Contents(byPath: byPath, byStem: byStem, warnings: warnings, files: files) }

    public init(_ contents: Contents) {
        byPath = contents.byPath
        byStem = contents.byStem
        warnings = contents.warnings
        files = contents.files
    }

    /// The entries of one manifest's bytes; `name` ending in `.csv` is read as CSV, anything else as JSON Lines.
    public static func parse(_ bytes: [UInt8], name: String, describing folder: String) -> ArticleManifest {
        var manifest = ArticleManifest()
        manifest.files = [name]
        let records = name.lowercased().hasSuffix(".csv") ? csvRecords(bytes, name: name, warnings: &manifest.warnings)
                                                          : jsonRecords(bytes, name: name, warnings: &manifest.warnings)
        let root = normalised(folder)
        for (line, fields) in records {
            let entry = Entry(fields)
            guard entry.id != nil || entry.file != nil else {
                manifest.warnings.append("\(name):\(line): the entry has neither 'id' nor 'file', so it names no article; it is ignored")
                continue
            }
            if let file = entry.file { manifest.byPath[normalised(root + "/" + file)] = manifest.byPath[normalised(root + "/" + file)] ?? entry }
            if let id = entry.id { manifest.byStem[normalised(root + "/" + id)] = manifest.byStem[normalised(root + "/" + id)] ?? entry }
        }
        return manifest
    }

    /// The entry for the article file at `path` (as `ArticleFile.path` gives it), by file name first, then by id.
    public func entry(forArticleAt path: String) -> Entry? {
        let p = Self.normalised(path)
        if let e = byPath[p] { return e }
        let slash = p.lastIndex(of: "/") ?? p.startIndex
        if let dot = p[slash...].lastIndex(of: ".") { return byStem[String(p[..<dot])] ?? byStem[p] }
        return byStem[p]
    }

    /// `metadata` with every field the manifest gives for the article at `path` put in its place.
    public func apply(to metadata: ArticleMetadata, articleAt path: String) -> ArticleMetadata {
        guard let e = entry(forArticleAt: path) else { return metadata }
        var m = metadata
        m.title = e.title ?? m.title
        m.date = e.date ?? m.date
        m.url = e.url ?? m.url
        m.source = e.source ?? m.source
        return m
    }

    private mutating func add(_ other: ArticleManifest) {
        byPath.merge(other.byPath) { first, _ in first }
        byStem.merge(other.byStem) { first, _ in first }
        warnings += other.warnings
        files += other.files
    }

    /// An absolute path without "//", "/./" or a trailing "/", so the manifest's and the folder listing's spellings meet.
    static func normalised(_ path: String) -> String {
        if isNormalised(path) { return path }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") where part != "." {
            if part == "..", !parts.isEmpty { parts.removeLast() } else if part != ".." { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether `path` is already as `normalised` would make it (most paths are: checked byte-wise, ~0.3 s on the corpus).
    private static func isNormalised(_ path: String) -> Bool {
        var utf8 = path.utf8.makeIterator()
        guard utf8.next() == UInt8(ascii: "/") else { return false }
        // Bytes since the last "/": "" (an empty part), "." or ".." are what `normalised` rewrites.
        var part = 0, dots = 0
        while let byte = utf8.next() {
            if byte == UInt8(ascii: "/") {
                if part == 0 || dots == part && part <= 2 { return false }
                part = 0; dots = 0
            } else {
                part += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return part > 0 && !(dots == part && part <= 2)
    }

    /// (line number, lower-cased key → value) per JSON object line.
    private static func jsonRecords(_ bytes: [UInt8], name: String, warnings: inout [String]) -> [(Int, [String: String])] {
        var records: [(Int, [String: String])] = []
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            if let fields = FlatJSONLine.fields(line) {
                records.append((index + 1, fields))
                continue
            }
            guard let fields = jsonObjectFields(Data(line)) else {
                warnings.append("\(name):\(index + 1): the line is not a JSON object; it is ignored (fix or remove it)")
                continue
            }
            records.append((index + 1, fields))
        }
        return records
    }

    /// A JSON object line read by JSONSerialization: lower-cased keys with their string or number values; nested
    /// values and literals are left out. Nil when the line is no JSON object. The path for any line
    /// `FlatJSONLine` is not sure of.
    static func jsonObjectFields(_ line: Data) -> [String: String]? {
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else { return nil }
        var fields: [String: String] = [:]
        for (key, value) in object {
            switch value {
            case let s as String: fields[key.lowercased()] = s
            case let n as NSNumber: fields[key.lowercased()] = n.stringValue
            default: continue
            }
        }
        return fields
    }

    /// (line number, lower-cased header → value) per CSV record after the header row.
    private static func csvRecords(_ bytes: [UInt8], name: String, warnings: inout [String]) -> [(Int, [String: String])] {
        let rows = CSVReader.records(String(decoding: bytes, as: UTF8.self))
        guard let header = rows.first?.fields.map({ $0.trimmingSpaces.lowercased() }) else { return [] }
        var records: [(Int, [String: String])] = []
        for row in rows.dropFirst() {
            if row.fields.count == 1, row.fields[0].trimmingSpaces.isEmpty { continue }
            guard row.fields.count == header.count else {
                warnings.append("\(name):\(row.line): the row has \(row.fields.count) fields but the header has \(header.count); it is ignored")
                continue
            }
            records.append((row.line, Dictionary(zip(header, row.fields), uniquingKeysWith: { a, _ in a })))
        }
        return records
    }
}

extension ArticleManifest.Entry {
    init(_ fields: [String: String]) {
        func value(_ keys: String...) -> String? {
            keys.lazy.compactMap { fields[$0]?.trimmingSpaces }.first { !$0.isEmpty }
        }
        id = value("id")
        file = value("file", "filename", "path")
        title = value("title", "headline")
        url = value("url", "link")
        source = value("source", "publisher", "outlet", "site")
        date = url.flatMap(PublicationDate.fromURL) ?? value("date", "published", "published_at", "pubdate").flatMap(PublicationDate.iso)
    }
}
