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
    public init(parsing text: String, file: String) throws {
        var entities: [Entity] = []
        var seen: [String: Int] = [:]
        // "\r\n" is one Character in Swift: splitting on "\n" alone would leave a CRLF file as one long line.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let trimmed = line.trimmedOfSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let lineNumber = index + 1
            func fail(_ column: Int, _ message: String) -> LexiconError {
                LexiconError(file: file, line: lineNumber, column: column, message: message)
            }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count == 3 || fields.count == 4 else {
                let column = fields.count > 4 ? line.distance(from: line.startIndex, to: fields[4].startIndex) : line.count + 1
                throw fail(column, "expected 'category | Canonical name | alias; alias' (optionally '| Maker'), found \(fields.count - 1) '|'")
            }
            let categoryText = fields[0].trimmedOfSpaces
            guard let category = EntityCategory(rawValue: categoryText.lowercased()) else {
                throw fail(column(of: fields[0], in: line), "unknown category '\(categoryText)'; use one of \(EntityCategory.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let name = fields[1].trimmedOfSpaces
            guard !name.isEmpty else { throw fail(line.distance(from: line.startIndex, to: fields[1].startIndex) + 1, "the canonical name is empty") }
            var aliases = [name]
            for alias in fields[2].split(separator: ";") {
                let a = alias.trimmedOfSpaces
                if !a.isEmpty, !aliases.contains(a) { aliases.append(a) }
            }
            let maker = fields.count == 4 ? fields[3].trimmingCharacters(in: .whitespaces) : ""
            let entity = Entity(name: name, category: category, aliases: aliases, maker: maker.isEmpty ? nil : maker)
            if let existing = seen[name] { entities[existing] = entity } else {
                seen[name] = entities.count
                entities.append(entity)
            }
        }
        self.entities = entities
    }

    /// This lexicon with `other`'s entities added; an entity of the same canonical name is replaced.
    public func merging(_ other: Lexicon) -> Lexicon {
        var merged = entities
        // By name through a dictionary: a search per entity made a 100,000-entry lexicon take seconds.
        var index = Dictionary(merged.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
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

private func column(of field: Substring, in line: Substring) -> Int {
    let leading = field.prefix(while: { $0 == " " || $0 == "\t" }).count
    return line.distance(from: line.startIndex, to: field.startIndex) + leading + 1
}

/// A lexicon file that cannot be read, with the place of the problem.
public struct LexiconError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "\(file):\(line):\(column): \(message)" }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs. Foundation's trimmingCharacters was most of loading a
    /// 100,000-entry lexicon.
    var trimmedOfSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
