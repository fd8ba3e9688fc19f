import FuzzHarness

/// libFuzzer target: one case document, seeded with YAML (`Targets.caseDocument`).
@_cdecl("FuzzCaseYAML_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, count in
        Targets.caseDocument(Array(UnsafeBufferPointer(start: data, count: count)))
        return 0
    }
}
