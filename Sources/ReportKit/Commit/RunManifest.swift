import Foundation

/// `Output/.cache/manifest.bin`, written last by every run: the complete set of outputs with the fingerprint of what
/// was drawn into each and the hash of its bytes, and what the run read. A run skips a file only when the manifest
/// names it with the same fingerprint and the file on disk still is what the manifest says. Length-prefixed and
/// checksummed: any path (tabs, newlines, bytes that are not UTF-8) reads back as it was, and damage drops it whole.
struct RunManifest: Equatable, Sendable {
    struct Output: Equatable, Sendable {
        var fingerprint: UInt64
        var contentHash: UInt64
        var identity: FileIdentity
    }

    var outputs: [String: Output] = [:]
    var history = RunHistory()
    /// Output path → where its articles' pieces lie (`FragmentLayout`), encoded: decoded only by the encoder that
    /// copies from that file, on its own lane.
    var layouts: [String: [UInt8]] = [:]

    func layout(of path: String) -> FragmentLayout? { layouts[path].flatMap(FragmentLayout.decode) }

    static let relativePath = ".cache/manifest.bin"
    /// 2: content hashes are XXH64 (`OutputHash`); a manifest of version 1 is dropped, and its outputs made again.
    /// 3: the layouts of stats.json and the CSVs (a third frame).
    private static let magic = "report-gen manifest 3"

    static func load(from output: URL) -> RunManifest? {
        guard let file = MappedFile(path: output.appendingPathComponent(relativePath).path) else { return nil }
        return file.withBytes { decode($0) }
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) -> RunManifest? {
        let frames = Framing.frames(in: bytes)
        let good = Framing.records(in: bytes)
        guard frames.count == good.count, good.count == 3, String(decoding: UnsafeRawBufferPointer(rebasing: bytes[good[0]]), as: UTF8.self) == magic,
              good[2].upperBound == bytes.count else { return nil }
        return bytes.withMemoryRebound(to: UInt8.self) { raw in
            var r = BinaryReader(UnsafeBufferPointer(rebasing: raw[good[1]]))
            guard var manifest = try? read(from: &r) else { return nil }
            var layouts = BinaryReader(UnsafeBufferPointer(rebasing: raw[good[2]]))
            guard let decoded = try? readLayouts(from: &layouts) else { return nil }
            manifest.layouts = decoded
            return manifest
        }
    }

    private static func readLayouts(from r: inout BinaryReader) throws -> [String: [UInt8]] {
        var layouts: [String: [UInt8]] = [:]
        for _ in 0..<(try r.count()) {
            let path = try r.string(), count = try r.count()
            layouts[path] = try r.bytes(count)
        }
        guard r.atEnd else { throw BinaryReader.Damaged() }
        return layouts
    }

    private static func read(from r: inout BinaryReader) throws -> RunManifest {
        var m = RunManifest()
        for _ in 0..<(try r.count()) {
            let path = try r.string()
            m.outputs[path] = Output(fingerprint: try r.uint64(), contentHash: try r.uint64(),
                                     identity: FileIdentity(size: try r.int(), modifiedNanos: Int64(try r.int()),
                                                            changedNanos: Int64(try r.int()), inode: try r.uint64()))
        }
        // Sized before filling: 27,000 paths and 86,000 figure keys on the corpus, rehashed a dozen times otherwise.
        let articles = try r.count()
        m.history.articles.reserveCapacity(articles)
        for _ in 0..<articles { m.history.articles[try r.string()] = try r.uint64() }
        let facts = try r.count()
        m.history.facts.reserveCapacity(facts)
        for _ in 0..<facts { m.history.facts.insert(try r.uint64()) }
        guard r.atEnd else { throw BinaryReader.Damaged() }
        return m
    }

    func encoded() -> [UInt8] {
        var w = BinaryWriter()
        w.int(outputs.count)
        for (path, o) in outputs.sorted(by: { $0.key < $1.key }) {
            w.string(path); w.uint64(o.fingerprint); w.uint64(o.contentHash)
            w.int(o.identity.size); w.int(Int(o.identity.modifiedNanos)); w.int(Int(o.identity.changedNanos)); w.uint64(o.identity.inode)
        }
        w.int(history.articles.count)
        for (path, hash) in history.articles.sorted(by: { $0.key < $1.key }) { w.string(path); w.uint64(hash) }
        w.int(history.facts.count)
        for key in history.facts.sorted() { w.uint64(key) }
        var out: [UInt8] = []
        Framing.frame(Array(Self.magic.utf8), into: &out)
        Framing.frame(w.drain(), into: &out)
        w.int(layouts.count)
        for (path, layout) in layouts.sorted(by: { $0.key < $1.key }) {
            w.string(path); w.int(layout.count); w.raw(layout)
        }
        Framing.frame(w.drain(), into: &out)
        return out
    }
}
