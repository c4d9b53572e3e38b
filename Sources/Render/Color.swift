import Foundation

/// An sRGB colour with components in 0…1; a plain value so charts stay `Sendable` and comparable.
public struct RGB: Sendable, Hashable {
    public var r: Double
    public var g: Double
    public var b: Double

    /// A colour from components in 0…1 (values outside are clamped when drawn).
    public init(_ r: Double, _ g: Double, _ b: Double) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// A colour from a 24-bit hex literal such as `0xE69F00`.
    public init(hex: UInt32) {
        self.init(
            Double((hex >> 16) & 0xFF) / 255,
            Double((hex >> 8) & 0xFF) / 255,
            Double(hex & 0xFF) / 255)
    }

    /// Relative luminance (WCAG), used to pick black or white text on a filled shape.
    var luminance: Double {
        func channel(_ c: Double) -> Double {
            let c = min(max(c, 0), 1)
            return c <= 0.03928 ? c / 12.92 : Foundation.pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    /// True when white text reads better than dark text on this colour.
    var prefersWhiteText: Bool { luminance < 0.40 }

    /// Linear interpolation towards `other` (t = 0 → self, t = 1 → other).
    func mixed(with other: RGB, _ t: Double) -> RGB {
        RGB(r + (other.r - r) * t, g + (other.g - g) * t, b + (other.b - b) * t)
    }

    static let white = RGB(1, 1, 1)
    static let black = RGB(0, 0, 0)
}

/// Colours shared by every chart, chosen to stay distinguishable for colour-blind readers.
public enum Palette {
    /// The eight Okabe–Ito colours (black last), safe for the common colour-vision deficiencies.
    public static let okabeIto: [RGB] = [
        RGB(hex: 0xE69F00), RGB(hex: 0x56B4E9), RGB(hex: 0x009E73), RGB(hex: 0xF0E442),
        RGB(hex: 0x0072B2), RGB(hex: 0xD55E00), RGB(hex: 0xCC79A7), RGB(hex: 0x000000),
    ]
    /// A mid grey for bars or marks that carry no category.
    public static let neutral = RGB(hex: 0x8C8C8C)

    /// Dark text.
    static let ink = RGB(hex: 0x1A1A1A)
    /// Secondary text: subtitles, axis labels.
    static let secondaryInk = RGB(hex: 0x555555)
    /// Source lines, notes.
    static let faintInk = RGB(hex: 0x777777)
    /// Gridlines.
    static let grid = RGB(hex: 0xE3E3E3)
    /// Axis baselines.
    static let axis = RGB(hex: 0x999999)
    /// Table zebra stripes and header fill.
    static let stripe = RGB(hex: 0xF3F5F7)
    static let headerFill = RGB(hex: 0xE4E8EC)
    /// Links in tables.
    static let link = RGB(hex: 0x0B57D0)
    /// Accent for headline figures on the cover.
    static let accent = RGB(hex: 0x0072B2)

    /// Sequential single-hue ramp (light → dark blue) for heatmaps; t in 0…1.
    static func sequential(_ t: Double) -> RGB {
        let stops: [RGB] = [
            RGB(hex: 0xF7FBFF), RGB(hex: 0xC6DBEF), RGB(hex: 0x6BAED6), RGB(hex: 0x2171B5), RGB(hex: 0x08306B),
        ]
        let t = min(max(t.isFinite ? t : 0, 0), 1)
        let position = t * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        return stops[index].mixed(with: stops[index + 1], position - Double(index))
    }
}
