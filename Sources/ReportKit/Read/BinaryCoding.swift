import Stats

/// A compact binary form of per-article results for the cache. JSON would do, but decoding tens of
/// thousands of analyses with JSONDecoder took longer than analysing the articles again.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    /// The bytes written so far, handed over and forgotten (to stream a large file).
    mutating func drain() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    mutating func int(_ v: Int) {
        // LEB128 of the zig-zag value: small numbers take one byte.
        var u = UInt64(bitPattern: Int64(v << 1) ^ Int64(v >> 63))
        while u >= 0x80 {
            bytes.append(UInt8(u & 0x7F) | 0x80)
            u >>= 7
        }
        bytes.append(UInt8(u))
    }

    mutating func uint64(_ v: UInt64) { int(Int(Int64(bitPattern: v))) }

    /// Bytes as they are (their count written before them by the caller).
    mutating func raw(_ more: [UInt8]) { bytes.append(contentsOf: more) }

    /// Eight bytes, little-endian: for hashes, whose varint would be ten bytes long.
    mutating func fixed64(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func double(_ v: Double) {
        withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional<T>(_ v: T?, _ write: (inout BinaryWriter, T) -> Void) {
        if let v {
            bytes.append(1)
            write(&self, v)
        } else {
            bytes.append(0)
        }
    }

    mutating func counts(_ d: [String: Int]) {
        int(d.count)
        for (k, v) in d.sorted(by: { $0.key < $1.key }) { string(k); int(v) }
    }
}

/// Reads what `BinaryWriter` wrote; any inconsistency throws, so a damaged cache is simply not used.
/// Reads through a raw buffer: checked array access made loading the cache of a large corpus slow.
struct BinaryReader {
    struct Damaged: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0

    /// `bytes` must stay alive while the reader is used.
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func int() throws -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Damaged() }
            let b = bytes[offset]
            offset += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        let v = Int64(bitPattern: result >> 1) ^ -Int64(bitPattern: result & 1)
        return Int(v)
    }

    mutating func uint64() throws -> UInt64 { UInt64(bitPattern: Int64(try int())) }

    /// A count of items that follow: never negative, and never more than the bytes left could hold.
    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - offset else { throw Damaged() }
        return n
    }

    mutating func double() throws -> Double { Double(bitPattern: try fixed64()) }

    /// `n` bytes as they are.
    mutating func bytes(_ n: Int) throws -> [UInt8] {
        guard n >= 0, n <= bytes.count - offset else { throw Damaged() }
        defer { offset += n }
        return Array(UnsafeBufferPointer(rebasing: bytes[offset..<(offset + n)]))
    }

    /// What `BinaryWriter.fixed64` wrote.
    mutating func fixed64() throws -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Damaged() }
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return bits
    }

    mutating func string() throws -> String {
        let n = try int()
        guard n >= 0, n <= bytes.count - offset else { throw Damaged() }
        defer { offset += n }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + n)]), as: UTF8.self)
    }

    mutating func optional<T>(_ read: (inout BinaryReader) throws -> T) throws -> T? {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] == 1 ? try read(&self) : nil
    }

    /// Whether every byte was read: a record with bytes left over is not the record that was written.
    var atEnd: Bool { offset == bytes.count }

    mutating func strings() throws -> [String] {
        let n = try int()
        guard n >= 0, n < 1 << 24 else { throw Damaged() }
        return try (0..<n).map { _ in try string() }
    }

    /// An article's language by its raw value; anything else is damage.
    mutating func language() throws -> ArticleLanguage {
        guard let language = ArticleLanguage(rawValue: try string()) else { throw Damaged() }
        return language
    }

    mutating func counts() throws -> [String: Int] {
        let n = try int()
        guard n >= 0, n < 1 << 24 else { throw Damaged() }
        var d: [String: Int] = [:]
        d.reserveCapacity(n)
        for _ in 0..<n { d[try string()] = try int() }
        return d
    }
}

extension ArticleAnalysis {
    func write(to w: inout BinaryWriter) {
        w.string(id); w.string(file)
        w.optional(metadata.title) { $0.string($1) }
        w.optional(metadata.date) { $0.string($1) }
        w.optional(metadata.source) { $0.string($1) }
        w.optional(metadata.url) { $0.string($1) }
        w.string(metadata.language.rawValue)
        w.int(words); w.string(lead)
        w.counts(mentions); w.counts(unknownNames); w.counts(dropped)
        w.int(figuresNotKept)
        w.int(facts.count)
        for f in facts { f.write(to: &w) }
    }

    static func read(from r: inout BinaryReader) throws -> ArticleAnalysis {
        let id = try r.string(), file = try r.string()
        let metadata = ArticleMetadata(title: try r.optional { try $0.string() }, date: try r.optional { try $0.string() },
                                       source: try r.optional { try $0.string() }, url: try r.optional { try $0.string() },
                                       language: try r.language())
        let words = try r.int(), lead = try r.string()
        let mentions = try r.counts(), unknown = try r.counts(), dropped = try r.counts()
        let notKept = try r.int()
        guard notKept >= 0 else { throw BinaryReader.Damaged() }
        let n = try r.int()
        guard n >= 0, n < 1 << 24 else { throw BinaryReader.Damaged() }
        var facts: [Fact] = []
        facts.reserveCapacity(n)
        for _ in 0..<n {
            var fact = try Fact.read(from: &r)
            if let last = facts.last { fact.shareSentence(with: last) }
            facts.append(fact)
        }
        return ArticleAnalysis(id: id, file: file, metadata: metadata, words: words, lead: lead, mentions: mentions,
                               facts: facts, unknownNames: unknown, dropped: dropped, figuresNotKept: notKept)
    }
}

extension Fact {
    func write(to w: inout BinaryWriter) { FactFields.write(self, &w) }

    static func read(from r: inout BinaryReader) throws -> Fact { try FactFields.read(&r) }
}
