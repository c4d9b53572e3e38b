// libFuzzer target "article": the input is a whole article file (any bytes). See fuzz/README.md.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzArticle(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
