/// "did you mean 'context'?": argument-parser suggests mistyped options, not mistyped commands.
enum CommandSuggestion {
    /// The command closest to `word` by edit distance, if it is close (at most a third of its letters differ).
    static func closest(to word: String, among commands: [String]) -> String? {
        let typed = word.lowercased()
        let ranked = commands.map { ($0, distance(Array(typed), Array($0))) }.min { $0.1 < $1.1 }
        guard let (command, d) = ranked, d <= max(1, command.count / 3) else { return nil }
        return command
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
