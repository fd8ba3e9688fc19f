import FuzzHarness

/// libFuzzer target: an NDJSON stream of cases (`Targets.ndjson`).
@_cdecl("FuzzNDJSON_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, count in
        Targets.ndjson(Array(UnsafeBufferPointer(start: data, count: count)))
        return 0
    }
}
