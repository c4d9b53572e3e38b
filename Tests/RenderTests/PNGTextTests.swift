import Foundation
import Testing
@testable import Render

/// The chunks of a PNG file: type and data, with each CRC checked against zlib's CRC-32 computed here.
func pngChunks(_ bytes: [UInt8]) throws -> [(type: String, data: [UInt8])] {
    var table = [UInt32](repeating: 0, count: 256)
    for n in 0..<256 {
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        table[n] = c
    }
    func crc(_ data: ArraySlice<UInt8>) -> UInt32 {
        ~data.reduce(~UInt32(0)) { table[Int(($0 ^ UInt32($1)) & 0xFF)] ^ ($0 >> 8) }
    }
    func be32(_ i: Int) -> UInt32 { bytes[i..<i + 4].reduce(0) { $0 << 8 | UInt32($1) } }
    var chunks: [(String, [UInt8])] = []
    var i = 8
    while i + 12 <= bytes.count {
        let length = Int(be32(i))
        let typeAndData = bytes[(i + 4)..<(i + 8 + length)]
        let type = String(decoding: typeAndData.prefix(4), as: UTF8.self)
        #expect(crc(typeAndData) == be32(i + 8 + length), "CRC of \(type)")
        chunks.append((type, Array(typeAndData.dropFirst(4))))
        i += 12 + length
    }
    #expect(i == bytes.count, "chunks end at the end of the file")
    return chunks
}

/// Keyword → text of the tEXt (Latin-1) and iTXt (UTF-8, uncompressed) chunks.
func pngText(_ bytes: [UInt8]) throws -> [String: String] {
    var out: [String: String] = [:]
    for chunk in try pngChunks(bytes) {
        guard let nul = chunk.data.firstIndex(of: 0) else { continue }
        let keyword = String(decoding: chunk.data[..<nul], as: UTF8.self)
        if chunk.type == "tEXt" {
            out[keyword] = String(String.UnicodeScalarView(chunk.data[(nul + 1)...].map { Unicode.Scalar($0) }))
        } else if chunk.type == "iTXt" {
            #expect(chunk.data[nul + 1] == 0, "uncompressed")
            var rest = chunk.data[(nul + 3)...]
            rest = rest[(rest.firstIndex(of: 0)! + 1)...]          // language tag
            rest = rest[(rest.firstIndex(of: 0)! + 1)...]          // translated keyword
            out[keyword] = String(decoding: rest, as: UTF8.self)
        }
    }
    return out
}

@Suite("PNG text chunks") struct PNGTextTests {
    @Test func titleSourceAndSoftwareAreReadBack() throws {
        var chart = Samples.threeBars
        chart.title = "AI models counted"
        chart.source = "Source: 5 articles, Kompas, Tempo, 2025-01-20–2025-06-19"
        let png = try ChartImage.png(.bar(chart), width: 400, height: 300, software: "report-gen 1.0")
        let text = try pngText(png)
        #expect(text["Title"] == "AI models counted")
        #expect(text["Source"] == chart.source, "an en dash is not Latin-1: written as UTF-8 iTXt")
        #expect(text["Software"] == "report-gen 1.0")
        let types = try pngChunks(png).map(\.type)
        #expect(types.first == "IHDR" && types.last == "IEND")
        #expect(types.firstIndex(of: "tEXt")! < types.firstIndex(of: "IDAT")!)
        // Latin-1 text stays in tEXt, byte for byte.
        #expect(try pngChunks(png).contains { $0.type == "tEXt" && $0.data == Array("Title".utf8) + [0] + Array("AI models counted".utf8) })
    }

    @Test func latinOneAccentsUseTextAndOthersUseInternationalText() {
        let latin = PNGEncoder.textChunk(.init(keyword: "Title", text: "Équipe café"))
        #expect(latin.0 == "tEXt")
        #expect(latin.1 == Array("Title".utf8) + [0] + [0xC9] + Array("quipe caf".utf8) + [0xE9])
        let other = PNGEncoder.textChunk(.init(keyword: "Title", text: "China–US · 中国"))
        #expect(other.0 == "iTXt")
        #expect(other.1 == Array("Title".utf8) + [0, 0, 0, 0, 0] + Array("China–US · 中国".utf8))
    }

    @Test func pixelsAreUnchangedByText() throws {
        let a = try ChartImage.png(.bar(Samples.threeBars), width: 300, height: 200, software: "a")
        let b = try ChartImage.png(.bar(Samples.threeBars), width: 300, height: 200, software: "b")
        let idat = { (png: [UInt8]) in try pngChunks(png).filter { $0.type == "IDAT" }.map(\.data) }
        #expect(try idat(a) == idat(b))
        #expect(a != b)
    }
}
