import Foundation
import Stats

/// The manifest beside the input folder, parsed once and kept in `Output/.cache/article-manifest.bin` under a key
/// made of the identity (size, times, inode) of every file that may describe the folder. Parsing the corpus's 11 MB
/// of JSON Lines took a core for ~0.13 s on every run, while the articles themselves came from the cache. Trusted
/// only when that key is the same (a manifest edited, added or removed changes it); a damaged file is parsed again.
struct ManifestCache: Sendable {
    static let relativePath = ".cache/article-manifest.bin"
    /// In the file and in its fingerprint: a new format replaces the file on the next run.
    static let magic = "report-gen article manifest 1"

    let folder: String
    /// The key of the files the manifest was read from: the fingerprint of the cache file a run writes.
    let key: UInt64
    /// Whether the folder has any manifest file (nothing is cached otherwise).
    let isEmpty: Bool
    /// The file's bytes when this run parsed the manifest; nil when it came from the cache, which is then still in place.
    let parsedBytes: [UInt8]?
    /// Whether the manifest came from the cache file.
    var fromCache = true

    /// The parsed manifest of `folder`, from the cache in `output` when its key matches (nil: do not use the cache).
    /// Only the file's bytes are kept here: the manifest itself is dropped once applied to the articles.
    static func load(forInput folder: String, output: URL?) -> (ArticleManifest, ManifestCache) {
        let (manifest, cache) = loadUnencoded(forInput: folder, output: output)
        return (manifest, cache.encoding(manifest))
    }

    /// The same, without the bytes of a manifest parsed in this run: `encoding(_:)` makes them, so that a run can
    /// encode while the articles are analysed (their titles wait for the parse, not for the encoding).
    static func loadUnencoded(forInput folder: String, output: URL?) -> (ArticleManifest, ManifestCache) {
        let key = key(forInput: folder)
        if let output, let file = MappedFile(path: output.appendingPathComponent(relativePath).path),
           let contents = file.withBytes({ decode($0, key: key) }) {
            let manifest = ArticleManifest(contents)
            return (manifest, ManifestCache(folder: folder, key: key, isEmpty: manifest.files.isEmpty && manifest.warnings.isEmpty, parsedBytes: nil,
                                            fromCache: true))
        }
        let manifest = ArticleManifest.load(forInput: folder)
        let isEmpty = manifest.files.isEmpty && manifest.warnings.isEmpty
        return (manifest, ManifestCache(folder: folder, key: key, isEmpty: isEmpty, parsedBytes: nil, fromCache: false))
    }

    /// Whether `encoding` has bytes to make: a manifest parsed in this run.
    var needsEncoding: Bool { !fromCache && !isEmpty && parsedBytes == nil }

    /// This cache with the bytes of `manifest` (parsed in this run) to write; itself when there is nothing to encode.
    func encoding(_ manifest: ArticleManifest) -> ManifestCache {
        guard needsEncoding else { return self }
        return ManifestCache(folder: folder, key: key, isEmpty: isEmpty, parsedBytes: Self.encode(manifest.contents, key: key), fromCache: false)
    }

    /// The bytes to write into `output`: those parsed in this run, else the cache's own (read again, as the run read it).
    func bytes(output: URL) -> [UInt8] {
        if let parsedBytes { return parsedBytes }
        if let kept = RawPath(output.appendingPathComponent(Self.relativePath).path).contents(),
           kept.withUnsafeBytes({ Self.decode($0, key: key) }) != nil { return kept }
        return Self.encode(ArticleManifest.load(forInput: folder).contents, key: key)
    }

    /// Every candidate file's path and identity, or that it is missing; taken before parsing, so a file changed
    /// meanwhile gives another key on the next run.
    static func key(forInput folder: String) -> UInt64 {
        var h = FNV1a()
        for (file, describes) in ArticleManifest.candidates(forInput: folder) {
            h.add(file)
            h.add(describes)
            var info = stat()
            guard stat(file, &info) == 0 else { h.add("missing"); continue }
            let id = FileIdentity(info)
            h.add("\(id.size) \(id.modifiedNanos) \(id.changedNanos) \(id.inode)")
        }
        return h.value
    }

    /// Each distinct entry once (a manifest line with both `file` and `id` is in both tables), then the two tables
    /// as key and entry number, in key order.
    static func encode(_ contents: ArticleManifest.Contents, key: UInt64) -> [UInt8] {
        var w = BinaryWriter()
        w.uint64(key)
        let tables = [contents.byPath.sorted { $0.key < $1.key }, contents.byStem.sorted { $0.key < $1.key }]
        var numbers: [ArticleManifest.Entry: Int] = [:]
        var entries: [ArticleManifest.Entry] = []
        for table in tables {
            for (_, e) in table where numbers[e] == nil {
                numbers[e] = entries.count
                entries.append(e)
            }
        }
        w.int(entries.count)
        for e in entries {
            for field in [e.id, e.file, e.title, e.date, e.url, e.source] { w.optional(field) { $0.string($1) } }
        }
        for table in tables {
            w.int(table.count)
            for (path, e) in table { w.string(path); w.int(numbers[e]!) }
        }
        for list in [contents.warnings, contents.files] {
            w.int(list.count)
            for line in list { w.string(line) }
        }
        var out: [UInt8] = []
        Framing.frame(Array(Self.magic.utf8), into: &out)
        Framing.frame(w.drain(), into: &out)
        return out
    }

    /// The contents, when the bytes are whole and were written under `key`.
    static func decode(_ bytes: UnsafeRawBufferPointer, key: UInt64) -> ArticleManifest.Contents? {
        let frames = Framing.frames(in: bytes)
        let good = Framing.records(in: bytes)
        guard frames.count == good.count, good.count == 2, good[1].upperBound == bytes.count,
              String(decoding: UnsafeRawBufferPointer(rebasing: bytes[good[0]]), as: UTF8.self) == magic else { return nil }
        return bytes.withMemoryRebound(to: UInt8.self) { raw in
            var r = BinaryReader(UnsafeBufferPointer(rebasing: raw[good[1]]))
            guard (try? r.uint64()) == key else { return nil }
            return try? read(from: &r)
        }
    }

    private static func read(from r: inout BinaryReader) throws -> ArticleManifest.Contents {
        let field = { (r: inout BinaryReader) in try r.optional { try $0.string() } }
        var entries: [ArticleManifest.Entry] = []
        let count = try r.count()
        entries.reserveCapacity(count)
        for _ in 0..<count {
            entries.append(ArticleManifest.Entry(id: try field(&r), file: try field(&r), title: try field(&r), date: try field(&r),
                                                 url: try field(&r), source: try field(&r)))
        }
        var tables: [[String: ArticleManifest.Entry]] = []
        for _ in 0..<2 {
            let n = try r.count()
            var table: [String: ArticleManifest.Entry] = [:]
            table.reserveCapacity(n)
            for _ in 0..<n {
                let path = try r.string(), number = try r.int()
                guard entries.indices.contains(number) else { throw BinaryReader.Damaged() }
                table[path] = entries[number]
            }
            tables.append(table)
        }
        var lists: [[String]] = []
        for _ in 0..<2 { lists.append(try (0..<r.count()).map { _ in try r.string() }) }
        guard r.atEnd else { throw BinaryReader.Damaged() }
        return ArticleManifest.Contents(byPath: tables[0], byStem: tables[1], warnings: lists[0], files: lists[1])
    }
}
