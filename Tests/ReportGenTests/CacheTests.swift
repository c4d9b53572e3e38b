import Foundation
import Stats
import Testing
@testable import ReportKit

/// The analysis cache and the manifest: round trips, damage, and the content key (issue 13, F4, F5, F10, F11).
@Suite("cache and manifest")
struct CacheTests {
    let fm = FileManager.default

    func sampleEntries() throws -> [AnalysisCache.Entry] {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: 1)
        let inputs = try RunInputs.gather(Stage.options(input, dir))
        let read = try ArticleReader.read(inputs, cache: nil, progress: nil)
        var skipped = read.entries[0]
        skipped.path = "articles/caf\\xe9\tand\nnewline.txt"
        skipped.contentHash = 42
        skipped.outcome = .skipped("binary file")
        return read.entries + [skipped]
    }

    func written(_ entries: [AnalysisCache.Entry], stamp: String = "s") throws -> [UInt8] {
        var bytes: [UInt8] = []
        try AnalysisCache.encode(entries, stamp: stamp) { bytes += $0 }
        return bytes
    }

    func loaded(_ bytes: [UInt8], stamp: String = "s") throws -> AnalysisCache {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? fm.removeItem(at: file) }
        return AnalysisCache(mapping: file.path, stamp: stamp)
    }

    func article(_ e: AnalysisCache.Entry) -> ArticleFile {
        ArticleFile(id: "x", displayPath: e.path, path: RawPath("/nonexistent"), identity: e.identity)
    }

    /// The seed entry again, as an English article: the language is a field of its own in the record.
    func english(_ e: AnalysisCache.Entry) -> AnalysisCache.Entry {
        var english = e
        english.path = "articles/english.txt"
        english.contentHash = 43
        if case .analysed(var analysis, let decoding, let warnings) = e.outcome {
            analysis.metadata.language = .english
            english.outcome = .analysed(analysis, decoding: decoding, warnings: warnings)
        }
        return english
    }

    @Test func entriesRoundTrip() throws {
        var entries = try sampleEntries()
        entries.append(english(entries[0]))
        let cache = try loaded(try written(entries))
        for e in entries {
            #expect(cache.unchanged(article(e)) == e)
            #expect(cache.outcome(forContent: e.contentHash) == e.outcome)
        }
        #expect(try loaded(try written(entries), stamp: "other lexicon").unchanged(article(entries[0])) == nil)
    }

    /// F5: a flipped byte anywhere drops the record it is in (or the whole cache), never gives a different result.
    @Test func aFlippedByteAnywhereIsNeverUsed() throws {
        let entries = try sampleEntries()
        let bytes = try written(entries)
        for offset in bytes.indices {
            var damaged = bytes
            damaged[offset] ^= 0x04
            let cache = try loaded(damaged)
            for e in entries {
                if let found = cache.unchanged(article(e)) { #expect(found == e, "flipped byte \(offset)") }
                if let found = cache.outcome(forContent: e.contentHash) { #expect(found == e.outcome, "flipped byte \(offset)") }
            }
        }
    }

    /// An incremental run copies unchanged records as bytes: the file is the one a fresh encoding gives, and a record
    /// damaged meanwhile is encoded again from the entry instead of copied.
    @Test func unchangedRecordsAreCopiedAsBytesAndDamagedOnesReencoded() throws {
        let entries = try sampleEntries()
        let bytes = try written(entries)
        let cache = try loaded(bytes)
        let records = entries.map { cache.unchangedRecord(article($0))?.record }
        #expect(records.allSatisfy { $0 != nil })
        var copied: [UInt8] = []
        try AnalysisCache.encode(entries, stamp: "s", reused: records, from: cache) { copied += $0 }
        #expect(copied == bytes)

        // Damage the first record's payload in a second mapping: copying it must fail, and the output stays right.
        var damaged = bytes
        let frames = damaged.withUnsafeBytes { Framing.frames(in: $0) }
        damaged[frames[1].payload.upperBound - 1] ^= 0x10
        let damagedCache = try loaded(damaged)
        var out: [UInt8] = []
        #expect(!damagedCache.copyRecord(0, into: &out))
        #expect(out.isEmpty)
        var rewritten: [UInt8] = []
        try AnalysisCache.encode(entries, stamp: "s", reused: records, from: damagedCache) { rewritten += $0 }
        #expect(rewritten == bytes)
    }

    /// F4: a same-size edit with the modification time put back is read again (the ctime and the content differ).
    @Test func sameSizeEditWithRestoredMtimeIsReadAgain() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? fm.removeItem(at: dir) }
        let input = try Stage.seedFolder(in: dir, count: 1)
        let out = dir.appendingPathComponent("out")
        _ = try ReportGenerator.run(Stage.options(input, out))
        let file = try fm.contentsOfDirectory(at: input, includingPropertiesForKeys: nil)[0]
        var info = stat()
        stat(file.path, &info)
        var bytes = [UInt8](try Data(contentsOf: file))
        let i = bytes.firstIndex(of: UInt8(ascii: "a"))!
        bytes[i] = UInt8(ascii: "o")
        try Data(bytes).write(to: file)
        var times = [info.st_atim, info.st_mtim]
        utimensat(AT_FDCWD, file.path, &times, 0)
        let summary = try ReportGenerator.run(Stage.options(input, out))
        #expect(summary.analysed == 1)
        #expect(summary.changes.contains { $0.contains("1 article edited") }, "\(summary.changes)")
    }

    /// F10: any byte in a path survives the manifest; a damaged manifest is no manifest.
    @Test func manifestRoundTripsAnyPathAndRejectsDamage() throws {
        var m = RunManifest()
        m.outputs["charts/a\tb\nc.png"] = .init(fingerprint: 1, contentHash: 2, identity: .init(size: 3, modifiedNanos: 4, changedNanos: 5, inode: 6))
        m.history.articles["caf\\xe9\n.txt"] = 7
        m.history.facts = [8, 9]
        let bytes = m.encoded()
        #expect(bytes.withUnsafeBytes { RunManifest.decode($0) } == m)
        for offset in bytes.indices {
            var damaged = bytes
            damaged[offset] ^= 0x01
            #expect(damaged.withUnsafeBytes { RunManifest.decode($0) } == nil, "flipped byte \(offset)")
        }
    }

    /// One list of fact fields: a fact survives the cache's binary form, and stats.json names every field.
    @Test func factFieldsRoundTripAndNameEveryJSONMember() throws {
        let fact = Fact(kind: .money, value: .number(5e9), valueMax: 6e9, unit: "USD", bound: .atLeast, subject: "OpenAI",
                        role: "valuation", noun: nil, text: "$5–6 miliar", sentence: "OpenAI \"bernilai\" $5–6 miliar.", start: 3, end: 14)
        var w = BinaryWriter()
        fact.write(to: &w)
        let bytes = w.drain()
        let back = try bytes.withUnsafeBufferPointer { buffer -> Fact in
            var r = BinaryReader(buffer)
            return try Fact.read(from: &r)
        }
        #expect(back == fact)
        var json = JSONWriter()
        json.object { w in for field in FactFields.all { field.json(fact, &w) } }
        let object = try JSONSerialization.jsonObject(with: Data(json.drain())) as! [String: Any]
        #expect(Set(object.keys) == Set(FactFields.all.map(\.name)).subtracting(["noun", "scope", "equivalent", "direction"]))  // nil in this fact: omitted
        #expect(object["sentence"] as? String == fact.sentence)
    }

    /// The hand-written fast paths give exactly the bytes of the one list of fields, both ways, for every shape of fact.
    @Test func handWrittenFactFieldsMatchTheList() throws {
        let facts = [
            Fact(kind: .money, value: .number(5.5e6), valueMax: nil, unit: "USD", bound: .exact, subject: "DeepSeek", role: "training_cost",
                 noun: nil, text: "$5,5 juta", sentence: "Biaya \"latih\"\n$5,5 juta.", start: 10, end: 19),
            Fact(kind: .date, value: .date("2025-01"), valueMax: nil, unit: nil, bound: .approx, subject: nil, role: nil, noun: nil,
                 text: "Januari 2025", sentence: "Pada Januari 2025.", start: 0, end: 12),
            Fact(kind: .count, value: .number(-3), valueMax: 7.25, unit: nil, bound: .range, subject: "Baidu", role: nil, noun: "orang",
                 text: "3–7 orang", sentence: "s", start: 1_000_000, end: 1_000_009),
            {
                var f = Fact(kind: .percent, value: .number(10), valueMax: nil, unit: "%", bound: .exact, subject: "Baidu", role: "change",
                             noun: nil, text: "10 persen", sentence: "Saham Baidu merosot 10 persen di Hong Kong.", start: 20, end: 29)
                f.direction = .down; f.scope = "Hong Kong"; f.equivalent = Equivalent(value: 1.5e9, unit: "IDR")
                return f
            }(),
        ]
        for fact in facts {
            var listJSON = JSONWriter(), handJSON = JSONWriter()
            listJSON.object { w in for field in FactFields.all { field.json(fact, &w) } }
            handJSON.object { FactFields.json(fact, &$0) }
            #expect(listJSON.drain() == handJSON.drain())
            var listBinary = BinaryWriter(), handBinary = BinaryWriter()
            for field in FactFields.all { field.write(fact, &listBinary) }
            FactFields.write(fact, &handBinary)
            let bytes = listBinary.drain()
            #expect(bytes == handBinary.drain())
            let (viaList, viaHand) = try bytes.withUnsafeBufferPointer { buffer -> (Fact, Fact) in
                var r1 = BinaryReader(buffer), r2 = BinaryReader(buffer)
                var f = FactFields.blank
                for field in FactFields.all { try field.read(&f, &r1) }
                return (f, try FactFields.read(&r2))
            }
            #expect(viaList == fact)
            #expect(viaHand == fact)
        }
    }

    @Test func jsonEscapesQuotesControlsAndUnicode() throws {
        let text = "a \"quote\" \\ back\nline\ttab \u{01} é 中 😀"
        var json = JSONWriter()
        json.object { $0.member("s", text) }
        let bytes = json.drain()
        let object = try JSONSerialization.jsonObject(with: Data(bytes)) as! [String: Any]
        #expect(object["s"] as? String == text)
        #expect(!bytes.contains(0x0A) || !String(decoding: bytes, as: UTF8.self).contains("back\nline"))
    }

    /// The writer skips eight bytes at a time when none needs escaping: an escape at any offset around those
    /// eight-byte steps, and bytes just above the escaped ones (0x20, 0x23, 0x5D, UTF-8), are written exactly as
    /// escaping byte by byte writes them.
    @Test func jsonEscapesAtEveryOffsetOfTheWordStep() throws {
        for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}"] {
            for length in 0...20 {
                for at in 0...length {
                    let filler = Array(" #]aé中~".unicodeScalars)
                    var text = String(String.UnicodeScalarView((0..<length).map { filler[$0 % filler.count] }))
                    text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: at))
                    var json = JSONWriter()
                    json.value(text)
                    let object = try JSONSerialization.jsonObject(with: Data(json.drain()), options: .fragmentsAllowed)
                    #expect(object as? String == text, "\(special.debugDescription) at \(at) of \(length)")
                }
            }
        }
        #expect(!JSONWriter.mayNeedEscape(0x2020_2020_2020_2020) && !JSONWriter.mayNeedEscape(0x5D23_E4B8_AD7E_2021))
        #expect(JSONWriter.mayNeedEscape(0x2020_2020_2020_201F) && JSONWriter.mayNeedEscape(0x2022_2020_2020_2020))
        #expect(JSONWriter.mayNeedEscape(0x5C20_2020_2020_2020) && JSONWriter.mayNeedEscape(0x0000_0000_0000_0000))
    }
}
