import Foundation
import Testing
@testable import Render

/// Width and height from a PNG's IHDR chunk.
func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    guard bytes.count > 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
    func be32(_ i: Int) -> Int { bytes[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (be32(16), be32(20))
}

/// Pixels as 0xRRGGBB (opaque images only).
func rgbPixels(_ chart: Chart, width: Int = 1600, height: Int = 1000, scale: Double = 1) throws -> (Int, Int, [UInt32]) {
    let surface = try ChartImage.rasterize(chart, width: width, height: height, scale: scale)
    let (w, h, argb) = surface.argbPixels()
    return (w, h, argb.map { $0 & 0xFF_FFFF })
}

@Suite("Rendering with cairo") struct RenderingTests {
    @Test(arguments: Samples.allCharts.map(\.0))
    func pngHasThePromisedSizeAndIsNotBlank(name: String) throws {
        let chart = Samples.allCharts.first { $0.0 == name }!.1
        let png = try ChartImage.png(chart)
        let size = try #require(pngSize(png))
        #expect(size.width == 1600 && size.height == 1000)
        let (_, _, pixels) = try rgbPixels(chart)
        let inked = pixels.count { $0 != 0xFF_FFFF }
        #expect(inked > 5_000, "\(name) looks blank: \(inked) non-white pixels")
        #expect(pixels[0] == 0xFF_FFFF, "background is white")
    }

    @Test func scaleTwoDoublesThePicture() throws {
        let png = try ChartImage.png(.bar(Samples.threeBars), scale: 2)
        let size = try #require(pngSize(png))
        #expect(size.width == 3200 && size.height == 2000)
        // Everything twice as big: the longest bar is twice as long.
        func chinaExtent(_ scale: Double) throws -> Int {
            let (w, _, pixels) = try rgbPixels(.bar(Samples.threeBars), scale: scale)
            let xs = pixels.indices.filter { pixels[$0] == 0xD55E00 }.map { $0 % w }
            return xs.max()! - xs.min()! + 1
        }
        let one = try chinaExtent(1), two = try chinaExtent(2)
        #expect(abs(Double(two) / Double(one) - 2) < 0.02)
    }

    @Test func marksAreWhereTheDataPutsThem() throws {
        let (w, _, pixels) = try rgbPixels(.bar(Samples.threeBars))
        func columns(of color: UInt32) -> [Int] { pixels.indices.filter { pixels[$0] == color }.map { $0 % w } }
        let china = columns(of: 0xD55E00), us = columns(of: 0x0072B2)
        let chinaLength = Double(china.max()! - china.min()!), usLength = Double(us.max()! - us.min()!)
        #expect(abs(china.min()! - us.min()!) <= 1, "bars share a baseline")
        #expect(abs(usLength / chinaLength - 120.0 / 173.0) < 0.02)
        // 173 on a 0…200 axis: the bar ends at 86.5 % of the value axis, in the right part of the picture.
        #expect(Double(china.max()!) > 0.7 * Double(w))
        // The zero bar (neutral grey) has no extent: no horizontal run of its colour.
        var longestRun = 0, run = 0
        for (i, p) in pixels.enumerated() {
            run = (p == 0x8C8C8C && i % w != 0) ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        #expect(longestRun < 3)
    }

    @Test func sameChartGivesTheSameBytes() throws {
        for (_, chart) in Samples.allCharts.prefix(5) {
            #expect(try ChartImage.png(chart) == ChartImage.png(chart))
        }
    }

    @Test func svgIsAnSVGDocument() throws {
        let svg = try ChartImage.svg(.heatmap(Samples.heatmap(rows: 5, columns: 6)))
        let head = String(decoding: svg.prefix(64), as: UTF8.self)
        #expect(head.hasPrefix("<?xml") || head.hasPrefix("<svg"))
        #expect(String(decoding: svg, as: UTF8.self).contains("width=\"1600"))
    }

    @Test func impossibleSizesThrowANamedError() {
        #expect(throws: RenderError.self) { try ChartImage.png(.bar(Samples.threeBars), width: 0, height: 10) }
        do {
            _ = try ChartImage.png(.bar(Samples.threeBars), width: 40_000, height: 1000)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("40000"))
        }
    }
}
