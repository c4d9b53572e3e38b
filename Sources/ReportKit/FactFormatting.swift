import Render
import Stats

/// How a fact reads in a chart label or a table cell: "≥ 79", "USD 5.5M", "24–36 months".
struct FactFormatting {
    let labels: Labels
    var style: NumberStyle { labels.style }

    func boundPrefix(_ b: Bound) -> String {
        switch b {
        case .exact, .range: ""
        case .atLeast: "≥ "
        case .moreThan: "> "
        case .lessThan: "< "
        case .approx: "~ "
        }
    }

    /// The value with its bound and unit, in the report's language.
    func value(_ f: Fact) -> String {
        guard case .number(let v) = f.value else {
            if case .date(let iso) = f.value { return iso }
            return ""
        }
        let number: (Double) -> String = { x in
            switch f.kind {
            case .money, .tokens: style.compact(x)
            default: style.format(x, maxFractionDigits: 2)
            }
        }
        var text = f.bound == .range ? number(v) + "–" + number(f.valueMax ?? v) : boundPrefix(f.bound) + number(v)
        switch f.kind {
        case .money: text = (f.unit ?? "") + " " + text
        case .percent: text += "%"
        case .tokens: text += labels.language == .en ? " tokens" : " token"
        case .duration: text += labels.language == .en ? " months" : " bulan"
        case .count: if let noun = f.noun { text += " " + noun }
        case .modelCount: text += labels.language == .en ? " models" : " model"
        case .date: break
        }
        return text
    }

    /// The fact's words and the few words after it in the sentence: "80 persen model AI skala besar …".
    func context(_ f: Fact, words: Int = 5) -> String {
        guard let r = f.sentence.range(of: f.text) else { return f.text }
        let after = f.sentence[r.upperBound...].split(separator: " ").prefix(words).joined(separator: " ")
        let trimmed = after.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:”\"’)"))
        return trimmed.isEmpty ? f.text : f.text + " " + trimmed + " …"
    }
}

import Foundation
