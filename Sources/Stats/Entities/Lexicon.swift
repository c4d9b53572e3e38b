import Foundation

/// What kind of thing an entity is; decides its colour in charts and how it can be a fact's subject.
public enum EntityCategory: String, Codable, Sendable, CaseIterable, Comparable {
    case country, company, model, person, organisation, media
    /// Matched so a longer name wins over a shorter alias inside it ("Amerika Latin"), never counted.
    case ignore

    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}

/// The two countries the report is about: canonical names in the lexicon that charts and rules rely on.
public enum Rivals {
    public static let china = "China"
    public static let unitedStates = "United States"
}

/// A named thing the report counts: one canonical name, its category and every way articles write it.
public struct Entity: Hashable, Sendable, Codable {
    public var name: String
    public var category: EntityCategory
    public var aliases: [String]
    /// The company that makes a model or product ("Ernie" → "Baidu"): a figure about the product is the maker's.
    public var maker: String?

    public init(name: String, category: EntityCategory, aliases: [String], maker: String? = nil) {
        self.name = name; self.category = category; self.aliases = aliases; self.maker = maker
    }
}

/// The entity list: built in (Resources/lexicon.txt) and optionally extended by the user's file.
public struct Lexicon: Sendable, Hashable {
    public private(set) var entities: [Entity]

    public init(entities: [Entity]) { self.entities = entities }

    /// The lexicon shipped with report-gen.
    public static func builtIn() throws -> Lexicon {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "txt") else {
            throw LexiconError(file: "lexicon.txt", line: 0, column: 0, message: "the built-in lexicon is missing from the installation")
        }
        return try Lexicon(parsing: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: "built-in lexicon.txt")
    }

    /// Parses `category | Canonical | alias; alias` lines, optionally `| Maker` after the aliases; `#` starts a comment.
    /// Read as UTF-8 bytes: splitting a 100,000-line file into Characters took over a second.
    public init(parsing text: String, file: String) throws {
        var entities: [Entity] = []
        var seen: [String: Int] = [:]
        var text = text
        try text.withUTF8 { bytes in
            seen.reserveCapacity(bytes.count(where: { $0 == 0x0A }) + 1)  // growing it rehashed every name a few times
            var lineNumber = 0
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                lineNumber += 1
                // A CRLF file's "\r" belongs to the line ending, not to the last alias.
                let line = LexiconLine(bytes[start..<(end > start && bytes[end - 1] == 0x0D ? end - 1 : end)])
                start = end + 1
                guard let entity = try line.entity(file: file, line: lineNumber) else { continue }
                if let existing = seen[entity.name] { entities[existing] = entity } else {
                    seen[entity.name] = entities.count
                    entities.append(entity)
                }
            }
        }
        self.entities = entities
    }

    /// This lexicon with `other`'s entities added; an entity of the same canonical name is replaced.
    public func merging(_ other: Lexicon) -> Lexicon {
        var merged = entities
        // By name through a dictionary: a search per entity made a 100,000-entry lexicon take seconds.
        var index = Dictionary(merged.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        index.reserveCapacity(merged.count + other.entities.count)
        for entity in other.entities {
            if let i = index[entity.name] { merged[i] = entity } else {
                index[entity.name] = merged.count
                merged.append(entity)
            }
        }
        return Lexicon(entities: merged)
    }

    /// A stable fingerprint of the content, for cache keys.
    public var fingerprint: String {
        var hash = FNV1a()
        for e in entities {
            hash.add(e.category.rawValue); hash.add(e.name)
            for a in e.aliases { hash.add(a) }
            if let m = e.maker { hash.add("maker:" + m) }
        }
        return hash.hex
    }
}

/// One line of a lexicon file as bytes, split on `|` only when it holds an entry.
private struct LexiconLine {
    let bytes: Slice<UnsafeBufferPointer<UInt8>>

    init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) { self.bytes = bytes }

    func entity(file: String, line: Int) throws -> Entity? {
        let trimmed = Self.trimmed(bytes)
        if trimmed.isEmpty || trimmed.first == UInt8(ascii: "#") { return nil }
        let fields = bytes.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        func fail(_ byteOffset: Int, _ message: String) -> LexiconError {
            // Columns count characters, as an editor shows them.
            let column = String(decoding: bytes[bytes.startIndex..<byteOffset], as: UTF8.self).count + 1
            return LexiconError(file: file, line: line, column: column, message: message)
        }
        guard fields.count == 3 || fields.count == 4 else {
            // At the fourth '|' when there are too many, else just past the end of the line.
            throw fail(fields.count > 4 ? fields[4].startIndex - 1 : bytes.endIndex, "expected 'category | Canonical name | alias; alias' (optionally '| Maker'), found \(fields.count - 1) '|'")
        }
        let categoryField = Self.trimmed(fields[0])
        let categoryText = String(decoding: categoryField, as: UTF8.self)
        guard let category = EntityCategory(rawValue: categoryText.lowercased()) else {
            throw fail(categoryField.isEmpty ? fields[0].startIndex : categoryField.startIndex,
                       "unknown category '\(categoryText)'; use one of \(EntityCategory.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let name = String(decoding: Self.trimmed(fields[1]), as: UTF8.self)
        guard !name.isEmpty else { throw fail(fields[1].startIndex, "the canonical name is empty") }
        var aliases = [name]
        for alias in fields[2].split(separator: UInt8(ascii: ";")) {
            let a = String(decoding: Self.trimmed(alias), as: UTF8.self)
            if !a.isEmpty, !aliases.contains(a) { aliases.append(a) }
        }
        let maker = fields.count == 4 ? String(decoding: Self.trimmed(fields[3]), as: UTF8.self) : ""
        return Entity(name: name, category: category, aliases: aliases, maker: maker.isEmpty ? nil : maker)
    }

    /// Without leading and trailing spaces and tabs.
    static func trimmed(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard let first = s.firstIndex(where: { !blank($0) }), let last = s.lastIndex(where: { !blank($0) }) else { return s[s.endIndex...] }
        return s[first...last]
    }
}

/// A lexicon file that cannot be read, with the place of the problem.
public struct LexiconError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "\(file):\(line):\(column): \(message)" }
}
