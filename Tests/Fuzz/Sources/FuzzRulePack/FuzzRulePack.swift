import FuzzHarness

/// libFuzzer target: one rule file, loaded in the frame of the bundled pack (`Targets.rulePack`).
@_cdecl("FuzzRulePack_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, count in
        Targets.rulePack(Array(UnsafeBufferPointer(start: data, count: count)))
        return 0
    }
}
