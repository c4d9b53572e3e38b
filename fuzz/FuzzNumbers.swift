// libFuzzer target "numbers": a short input is put inside a sentence, to hammer the number grammar
// (digits and separators, number words, scales, currencies, bounds, ranges). See fuzz/README.md.
//
// The first byte picks the sentence; the rest (at most 400 bytes) is the quantity.

let numberTemplates: [(String, String)] = [
    ("Perusahaan itu memberikan ", " token."),
    ("OpenAI menggalang dana ", " dari investor pada 2024."),
    ("Valuasi DeepSeek mencapai ", " menurut laporan."),
    ("Sebanyak ", " orang bekerja di Baidu sejak Januari 2023."),
    ("Tingkat pertumbuhan naik ", " persen tahun lalu."),
    ("The company raised ", " in funding last year."),
    ("Alibaba merilis ", " model bahasa besar dalam 3 bulan."),
    ("Biaya pelatihan model itu sekitar ", ", kata Huawei pada 12 Maret 2025."),
    ("---\nlanguage: en\n---\nNvidia sold ", " chips to China."),
    ("", ""),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1, size <= 401 else { return 0 }
    let (before, after) = numberTemplates[Int(data[0]) % numberTemplates.count]
    let input = UnsafeBufferPointer(start: data + 1, count: size - 1)
    fuzzArticle(Array(before.utf8) + input + Array(after.utf8))
    return 0
}
