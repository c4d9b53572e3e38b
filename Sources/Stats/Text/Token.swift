/// A piece of article text found by `Tokenizer`: a word, a number, a letter–digit code, or one punctuation mark.
/// Positions are UTF-8 byte offsets into the scanned bytes, so facts can cite the article file exactly.
public struct Token: Equatable, Sendable {
    public enum Kind: UInt8, Sendable {
        /// Letters only ("Tiongkok", "juta").
        case word
        /// Digits with the separators inside them ("1.677", "5,5", "2024").
        case number
        /// Letters and digits run together ("R1", "21Vianet", "H800", "5G"): names and codes, never quantities.
        case code
        /// One punctuation mark or symbol ("$", "%", ",", "—", "“").
        case punct
    }

    // The offsets first and the one-byte fields after them: 24 bytes a token rather than 32 with `kind` first
    // (an article's tokens are copied once and read by every rule).
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// True when whitespace (or the start of the text) comes right before this token.
    public var spaceBefore: Bool
    /// True when a line break comes right before this token: a paragraph boundary.
    public var lineBefore: Bool

    public init(kind: Kind, start: Int, end: Int, spaceBefore: Bool, lineBefore: Bool) {
        self.start = start
        self.end = end
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.lineBefore = lineBefore
    }
}
