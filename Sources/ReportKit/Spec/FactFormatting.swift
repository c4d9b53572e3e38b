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

    /// The fact's words with a few words around it from its sentence: "Saham Baidu merosot 10 persen hari itu".
    func context(_ f: Fact, before: Int, after: Int) -> String {
        guard let r = f.sentence.range(of: f.text) else { return f.text }
        let punctuation = CharacterSet(charactersIn: ",.;:“”\"’‘()")
        let head = f.sentence[..<r.lowerBound].split(separator: " ").suffix(before).joined(separator: " ")
        let tail = f.sentence[r.upperBound...].split(separator: " ").prefix(after).joined(separator: " ")
        let parts = [head.trimmingCharacters(in: punctuation), f.text, tail.trimmingCharacters(in: punctuation)]
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

import Foundation
