import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Render

/// The `<text>` elements of an SVG document, read back with Foundation's XML parser.
final class SVGTextReader: NSObject, XMLParserDelegate {
    struct Text {
        var content = ""
        var attributes: [String: String]
    }
    var texts: [Text] = []
    var elements: [String: Int] = [:]
    var rootAttributes: [String: String] = [:]
    private var current: Text?

    static func read(_ bytes: [UInt8]) throws -> SVGTextReader {
        let reader = SVGTextReader()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        guard parser.parse() else {
            throw NSError(domain: "svg", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(parser.parserError.map { "\($0)" } ?? "parse failed")"])
        }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        elements[name, default: 0] += 1
        if name == "svg" { rootAttributes = attributes }
        if name == "text" { current = Text(attributes: attributes) }
        if name == "tspan", current != nil, !(current!.content.isEmpty) { current!.content += " " }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current?.content += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let current {
            texts.append(current)
            self.current = nil
        }
    }

    var contents: [String] { texts.map(\.content) }
}

@Suite("Editable SVG") struct SVGTests {
    @Test func labelsAreTextElementsInANamedFont() throws {
        let svg = try ChartImage.svg(.bar(Samples.tokenBars))
        let reader = try SVGTextReader.read(svg)
        let texts = reader.contents
        for expected in ["Free tokens offered per company", "Zhipu AI", "Baidu", "150 juta", "$5,5 juta", "cost", "Tokens (log scale)", Samples.source] {
            #expect(texts.contains(expected), "no <text> \(expected) in \(texts)")
        }
        #expect(reader.texts.allSatisfy { $0.attributes["font-family"] == "DejaVu Sans, sans-serif" })
        #expect(reader.elements["path", default: 0] == 0, "text must not be drawn as glyph outlines")
        #expect(reader.rootAttributes["viewBox"] == "0 0 1600 1000")
        #expect(reader.elements["rect", default: 0] >= 5, "bars are rectangles")
        // The long label wraps onto two lines of one <text>, as in the PNG.
        let long = try #require(reader.texts.first { $0.content.hasPrefix("Institut") })
        #expect(long.attributes["text-anchor"] == "end")
    }

    @Test func everyChartTypeParses() throws {
        for (name, chart) in Samples.allCharts {
            let reader = try SVGTextReader.read(try ChartImage.svg(chart, width: 800, height: 500))
            #expect(reader.contents.contains(chart.title), "\(name): title missing")
        }
    }

    @Test func markupInLabelsIsEscaped() throws {
        var chart = Samples.threeBars
        chart.title = "R&D <budgets> \"quoted\" & 'single'\u{1}"
        chart.bars[0].label = "AT&T <US>"
        let svg = try ChartImage.svg(.bar(chart))
        let reader = try SVGTextReader.read(svg)
        #expect(reader.contents.contains("R&D <budgets> \"quoted\" & 'single'"))
        #expect(reader.contents.contains("AT&T <US>"))
    }

    @Test func sameChartGivesTheSameBytes() throws {
        #expect(try ChartImage.svg(.stacked(Samples.stacked)) == ChartImage.svg(.stacked(Samples.stacked)))
    }

    @Test func writerPlacesRotatedAndAlignedTextWithoutCairo() throws {
        let box = TextBox(text: "Mentions", style: TextStyle(size: 10, bold: true), maxWidth: 100, maxLines: 1, alignment: .trailing)
        let marks: [Mark] = [
            .text(box, Point(x: 10, y: 20), rotation: -Double.pi / 2),
            .clip(Rect(x: 0, y: 0, width: 50, height: 50), [.dot(Point(x: 5, y: 5), radius: 4, RGB(hex: 0xD55E00), outline: .white)]),
            .link("https://example.org/?a=1&b=2", [.line(Point(x: 0, y: 0), Point(x: 1.006, y: -0.001), RGB(hex: 0x0072B2), lineWidth: 1.5)]),
        ]
        let svg = SVGWriter.document(marks, size: Size(width: 200, height: 100), title: "t", description: nil, measurer: FakeMeasurer())
        // FakeMeasurer: 8 characters × 6 = 48 wide, right-aligned in 100 → the anchor is at the right edge.
        #expect(svg.contains("<text x=\"110\" y=\"29.6\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\" font-weight=\"bold\" fill=\"#1a1a1a\" text-anchor=\"end\" transform=\"rotate(-90 10 20)\">Mentions</text>"))
        #expect(svg.contains("<clipPath id=\"clip1\">"))
        #expect(svg.contains("<g clip-path=\"url(#clip1)\">"))
        #expect(svg.contains("stroke=\"#ffffff\" stroke-width=\"1\""))
        #expect(svg.contains("href=\"https://example.org/?a=1&amp;b=2\""))
        #expect(svg.contains("x2=\"1.01\" y2=\"0\""), "numbers are rounded to hundredths, never -0")
        _ = try SVGTextReader.read(Array(svg.utf8))
    }
}
