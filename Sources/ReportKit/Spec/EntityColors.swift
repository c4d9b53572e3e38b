import Render
import Stats

/// One colour per entity in every chart (Okabe–Ito, colour-blind safe): China and the United States
/// have their own; every other name takes its category's colour.
enum EntityColors {
    static let china = RGB(hex: 0xD55E00)          // vermillion
    static let unitedStates = RGB(hex: 0x0072B2)   // blue
    static let otherCountry = RGB(hex: 0x555555)
    /// A subject the lexicon does not list, so of no known category (Okabe–Ito yellow).
    static let unlisted = RGB(hex: 0xF0E442)

    static func color(_ entity: String, _ category: EntityCategory) -> RGB {
        switch entity {
        case Rivals.china: return china
        case Rivals.unitedStates: return unitedStates
        default: return color(category)
        }
    }

    static func color(_ category: EntityCategory) -> RGB {
        switch category {
        case .country: otherCountry
        case .company: RGB(hex: 0x56B4E9)          // sky blue
        case .model: RGB(hex: 0x009E73)            // bluish green
        case .person: RGB(hex: 0xCC79A7)           // reddish purple
        case .organisation: RGB(hex: 0xE69F00)     // orange
        case .media, .ignore: Palette.neutral
        }
    }

    /// Legend entries for the names shown: China and the US by name, the rest by category.
    static func legend(for shown: [EntityCount], labels: Labels) -> [LegendItem] {
        var items: [LegendItem] = []
        if shown.contains(where: { $0.entity == Rivals.china }) { items.append(LegendItem(labels.entityName(Rivals.china), china)) }
        if shown.contains(where: { $0.entity == Rivals.unitedStates }) { items.append(LegendItem(labels.entityName(Rivals.unitedStates), unitedStates)) }
        for category in EntityCategory.allCases where category != .ignore {
            let members = shown.filter { $0.category == category && $0.entity != Rivals.china && $0.entity != Rivals.unitedStates }
            if !members.isEmpty { items.append(LegendItem(labels.category(category), color(category))) }
        }
        return items
    }
}
