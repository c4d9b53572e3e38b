import Stats

/// The one list of a fact's fields, in stats.json's order: the cache and stats.json are both written from it,
/// so a new field of `Fact` is added here once (one line) and reaches both.
enum FactFields {
    static let all: [FactField] = [
        .rawValue("kind", \.kind),
        FactField(name: "value", json: { f, w in
            w.key("value")
            switch f.value {
            case .number(let d): w.value(d)
            case .date(let s): w.value(s)
            }
        }, write: { f, w in
            switch f.value {
            case .number(let d): w.int(0); w.double(d)
            case .date(let s): w.int(1); w.string(s)
            }
        }, read: { f, r in
            switch try r.int() {
            case 0: f.value = .number(try r.double())
            case 1: f.value = .date(try r.string())
            default: throw BinaryReader.Damaged()
            }
        }),
        .optionalDouble("valueMax", \.valueMax),
        .optionalString("unit", \.unit),
        .rawValue("bound", \.bound),
        .optionalString("subject", \.subject),
        .optionalString("role", \.role),
        .optionalRawValue("direction", \.direction),
        .optionalString("noun", \.noun),
        .optionalString("scope", \.scope),
        FactField(name: "equivalent", json: { f, w in
            guard let e = f.equivalent else { return }
            w.key("equivalent")
            w.object { $0.member("value", e.value); $0.member("unit", e.unit) }
        }, write: { f, w in
            w.optional(f.equivalent) { $0.double($1.value); $0.string($1.unit) }
        }, read: { f, r in
            f.equivalent = try r.optional { Equivalent(value: try $0.double(), unit: try $0.string()) }
        }),
        .string("text", \.text),
        .string("sentence", \.sentence),
        .int("start", \.start),
        .int("end", \.end),
    ]

    // The same fields written out by hand, in the same order: a key path and a closure per field cost two thirds of
    // writing stats.json and of reading the cache (retains of the whole fact per field). Tests check that these
    // give exactly the bytes of `all`, so `all` stays the one list; a new field goes there and here.

    /// The fact's members of stats.json, as `all` writes them.
    static func json(_ f: Fact, _ w: inout JSONWriter) {
        w.member("kind", f.kind.rawValue)
        w.key("value")
        switch f.value {
        case .number(let d): w.value(d)
        case .date(let s): w.value(s)
        }
        w.member("valueMax", f.valueMax); w.member("unit", f.unit); w.member("bound", f.bound.rawValue)
        w.member("subject", f.subject); w.member("role", f.role); w.member("direction", f.direction?.rawValue)
        w.member("noun", f.noun); w.member("scope", f.scope)
        if let e = f.equivalent {
            w.key("equivalent")
            w.object { $0.member("value", e.value); $0.member("unit", e.unit) }
        }
        w.member("text", f.text); w.member("sentence", f.sentence); w.member("start", f.start); w.member("end", f.end)
    }

    /// The fact's binary form in the cache, as `all` writes it.
    static func write(_ f: Fact, _ w: inout BinaryWriter) {
        w.string(f.kind.rawValue)
        switch f.value {
        case .number(let d): w.int(0); w.double(d)
        case .date(let s): w.int(1); w.string(s)
        }
        w.optional(f.valueMax) { $0.double($1) }; w.optional(f.unit) { $0.string($1) }; w.string(f.bound.rawValue)
        w.optional(f.subject) { $0.string($1) }; w.optional(f.role) { $0.string($1) }
        w.optional(f.direction?.rawValue) { $0.string($1) }; w.optional(f.noun) { $0.string($1) }; w.optional(f.scope) { $0.string($1) }
        w.optional(f.equivalent) { $0.double($1.value); $0.string($1.unit) }
        w.string(f.text); w.string(f.sentence); w.int(f.start); w.int(f.end)
    }

    /// Reads what `write` wrote.
    static func read(_ r: inout BinaryReader) throws -> Fact {
        guard let kind = FactKind(rawValue: try r.string()) else { throw BinaryReader.Damaged() }
        let value: FactValue
        switch try r.int() {
        case 0: value = .number(try r.double())
        case 1: value = .date(try r.string())
        default: throw BinaryReader.Damaged()
        }
        let valueMax = try r.optional { try $0.double() }, unit = try r.optional { try $0.string() }
        guard let bound = Bound(rawValue: try r.string()) else { throw BinaryReader.Damaged() }
        let subject = try r.optional { try $0.string() }, role = try r.optional { try $0.string() }
        let directionName = try r.optional { try $0.string() }
        let direction = try directionName.map { name -> Direction in
            guard let d = Direction(rawValue: name) else { throw BinaryReader.Damaged() }
            return d
        }
        let noun = try r.optional { try $0.string() }, scope = try r.optional { try $0.string() }
        let equivalent = try r.optional { Equivalent(value: try $0.double(), unit: try $0.string()) }
        let text = try r.string(), sentence = try r.string(), start = try r.int(), end = try r.int()
        var fact = Fact(kind: kind, value: value, valueMax: valueMax, unit: unit, bound: bound, subject: subject, role: role, noun: noun,
                        text: text, sentence: sentence, start: start, end: end)
        fact.direction = direction; fact.scope = scope; fact.equivalent = equivalent
        return fact
    }

    /// The fact every field is read into.
    static var blank: Fact {
        Fact(kind: .count, value: .number(0), valueMax: nil, unit: nil, bound: .exact, subject: nil, role: nil, noun: nil,
             text: "", sentence: "", start: 0, end: 0)
    }
}

/// One field of `Fact`: its JSON member, and its binary form in the cache.
struct FactField: Sendable {
    let name: String
    let json: @Sendable (Fact, inout JSONWriter) -> Void
    let write: @Sendable (Fact, inout BinaryWriter) -> Void
    let read: @Sendable (inout Fact, inout BinaryReader) throws -> Void

    static func string(_ name: String, _ path: WritableKeyPath<Fact, String> & Sendable) -> FactField {
        FactField(name: name, json: { f, w in w.member(name, f[keyPath: path]) }, write: { f, w in w.string(f[keyPath: path]) },
                  read: { f, r in f[keyPath: path] = try r.string() })
    }

    static func optionalString(_ name: String, _ path: WritableKeyPath<Fact, String?> & Sendable) -> FactField {
        FactField(name: name, json: { f, w in w.member(name, f[keyPath: path]) },
                  write: { f, w in w.optional(f[keyPath: path]) { $0.string($1) } },
                  read: { f, r in f[keyPath: path] = try r.optional { try $0.string() } })
    }

    static func optionalDouble(_ name: String, _ path: WritableKeyPath<Fact, Double?> & Sendable) -> FactField {
        FactField(name: name, json: { f, w in w.member(name, f[keyPath: path]) },
                  write: { f, w in w.optional(f[keyPath: path]) { $0.double($1) } },
                  read: { f, r in f[keyPath: path] = try r.optional { try $0.double() } })
    }

    static func int(_ name: String, _ path: WritableKeyPath<Fact, Int> & Sendable) -> FactField {
        FactField(name: name, json: { f, w in w.member(name, f[keyPath: path]) }, write: { f, w in w.int(f[keyPath: path]) },
                  read: { f, r in f[keyPath: path] = try r.int() })
    }

    /// An enum stored by its raw string (kind, bound; later scope, direction…).
    static func rawValue<E: RawRepresentable & Sendable>(_ name: String, _ path: WritableKeyPath<Fact, E> & Sendable) -> FactField
    where E.RawValue == String {
        FactField(name: name, json: { f, w in w.member(name, f[keyPath: path].rawValue) },
                  write: { f, w in w.string(f[keyPath: path].rawValue) },
                  read: { f, r in
                      guard let v = E(rawValue: try r.string()) else { throw BinaryReader.Damaged() }
                      f[keyPath: path] = v
                  })
    }

    /// An optional enum stored by its raw string.
    static func optionalRawValue<E: RawRepresentable & Sendable>(_ name: String, _ path: WritableKeyPath<Fact, E?> & Sendable) -> FactField
    where E.RawValue == String {
        FactField(name: name, json: { f, w in w.member(name, f[keyPath: path]?.rawValue) },
                  write: { f, w in w.optional(f[keyPath: path]?.rawValue) { $0.string($1) } },
                  read: { f, r in
                      let raw = try r.optional { try $0.string() }
                      guard let raw else { f[keyPath: path] = nil; return }
                      guard let v = E(rawValue: raw) else { throw BinaryReader.Damaged() }
                      f[keyPath: path] = v
                  })
    }
}
