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

    public var kind: Kind
    public var start: Int
    public var end: Int
    /// True when whitespace (or the start of the text) comes right before this token.
    public var spaceBefore: Bool
    /// True when a line break comes right before this token: a paragraph boundary.
    public var lineBefore: Bool
}
