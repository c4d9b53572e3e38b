/// Writes indented JSON straight into bytes. stats.json of a year of news is tens of megabytes:
/// Foundation's JSONEncoder took seconds and several times the file's size in memory for it.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the current container already has a member (so the next one needs a comma).
    private var hasMember: [Bool] = [false]

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func object(_ body: (inout JSONWriter) throws -> Void) rethrows { try container(0x7B, 0x7D, body) }
    mutating func array(_ body: (inout JSONWriter) throws -> Void) rethrows { try container(0x5B, 0x5D, body) }

    /// The bytes written so far, handed over and forgotten (to stream a large document to a file).
    mutating func drain() -> [UInt8] {
        defer {
            drained += bytes.count
            bytes.removeAll(keepingCapacity: true)
        }
        return bytes
    }

    /// Bytes handed over by `drain` so far.
    private var drained = 0
    /// Where the next byte goes in the whole document.
    var position: Int { drained + bytes.count }

    /// Writes the elements `body` writes into the current array, and says where they lie in the document: from the
    /// line break before the first (after its comma) to the end of the last; nil when `body` wrote none. The bytes
    /// can be put back with `splice` in another document at the same depth.
    mutating func elements(_ body: (inout JSONWriter) throws -> Void) rethrows -> Range<Int>? {
        let before = position, hadMember = hasMember[depth]
        try body(&self)
        guard position > before else { return nil }
        return (before + (hadMember ? 1 : 0))..<position
    }

    /// Elements that `elements` wrote, copied as they are into the current array (a comma before them if needed).
    mutating func splice(_ elements: UnsafeRawBufferPointer) {
        guard !elements.isEmpty else { return }
        // What `newMember` writes, but the line break: `elements` start with theirs.
        if hasMember[depth] { bytes.append(0x2C) }
        hasMember[depth] = true
        bytes.append(contentsOf: elements)
    }

    /// `"name": ` inside an object; follow it with one value.
    mutating func key(_ name: String) {
        newMember()
        string(name)
        bytes.append(0x3A); bytes.append(0x20)
        pendingKey = true
    }

    mutating func value(_ s: String) { beginValue(); string(s) }
    mutating func value(_ s: String?) { if let s { value(s) } else { beginValue(); bytes.append(contentsOf: Self.null) } }
    mutating func value(_ n: Int) { beginValue(); decimal(n) }
    mutating func value(_ d: Double) {
        beginValue()
        guard d.isFinite else { bytes.append(contentsOf: Self.null); return }  // JSON has no infinity
        if d == d.rounded(), abs(d) < 1e15 { decimal(Int(d)) } else { bytes.append(contentsOf: String(d).utf8) }
    }

    /// Members whose value is absent are left out, as the schema allows.
    mutating func member(_ name: String, _ s: String?) { if let s { key(name); value(s) } }
    mutating func member(_ name: String, _ d: Double?) { if let d { key(name); value(d) } }
    mutating func member(_ name: String, _ n: Int) { key(name); value(n) }

    // MARK: Layout

    private var pendingKey = false

    private mutating func beginValue() {
        if pendingKey { pendingKey = false } else { newMember() }
    }

    private mutating func newMember() {
        if hasMember[depth] { bytes.append(0x2C) }
        hasMember[depth] = true
        if depth > 0 { newline() }
    }

    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONWriter) throws -> Void) rethrows {
        beginValue()
        bytes.append(open)
        depth += 1
        hasMember.append(false)
        try body(&self)
        let had = hasMember.removeLast()
        depth -= 1
        if had { newline() }
        bytes.append(close)
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }

    /// `n` in decimal digits, written in place: stats.json holds about a million numbers, and a `String` for each
    /// was a tenth of its time.
    private mutating func decimal(_ n: Int) {
        if n < 0 { bytes.append(0x2D) }
        var magnitude = n.magnitude
        guard magnitude >= 10 else { bytes.append(0x30 + UInt8(magnitude)); return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var i = 20
            while magnitude > 0 {
                i -= 1
                digits[i] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i..<20]))
        }
    }

    private static let null = Array("null".utf8)

    private mutating func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            // Copy runs that need no escaping in one go, looking at eight bytes at a time: the sentences are most of
            // stats.json, and almost none of their bytes need escaping.
            var runStart = 0, i = 0
            let n = utf8.count
            while i < n {
                if i + 8 <= n, !Self.mayNeedEscape(UnsafeRawPointer(utf8.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                    continue
                }
                for j in i..<min(i + 8, n) {
                    let b = utf8[j]
                    guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<j]))
                    runStart = j + 1
                    escape(b)
                }
                i = min(i + 8, n)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n]))
        }
        bytes.append(0x22)
    }

    private mutating func escape(_ b: UInt8) {
        switch b {
        case 0x22: bytes += [0x5C, 0x22]
        case 0x5C: bytes += [0x5C, 0x5C]
        case 0x0A: bytes += [0x5C, 0x6E]
        case 0x0D: bytes += [0x5C, 0x72]
        case 0x09: bytes += [0x5C, 0x74]
        default: bytes += [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]]
        }
    }

    /// Whether one of the eight bytes of `word` is a control character, `"` or `\`. Exact when it says no (the
    /// classic "has a zero byte" test: `(x - 0x01…) & ~x & 0x80…`), so a word it passes is copied as it is.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highs != 0
        return control || hasZero(word ^ 0x2222_2222_2222_2222) || hasZero(word ^ 0x5C5C_5C5C_5C5C_5C5C)
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
