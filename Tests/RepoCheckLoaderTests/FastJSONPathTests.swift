import Foundation
import RepoCheckCore
import RepoCheckGenerator
import Testing

@_spi(Testing) @testable import RepoCheckLoader

/// The fast JSON path must give exactly what the YAML path gives: the same case, or (by stepping aside)
/// the same diagnostics.
@Suite struct FastJSONPathTests {
    static let evaluator = Evaluator(pack: PackFixture.pack)

    /// Both paths on `text`: equal reports for a case, equal diagnostics for a problem.
    static func expectSameResult(_ text: String, _ name: String) {
        let fast = CaseLoader.decode(text, file: "case.json")
        let slow = CaseLoader.decodeSlowly(text, file: "case.json")
        switch (fast, slow) {
        case (.success(let a), .success(let b)):
            let asOf = Instant(seconds: 1_900_000_000)
            #expect(evaluator.evaluate(a, asOf: asOf) == evaluator.evaluate(b, asOf: asOf), "\(name)")
            #expect(
                a.id == b.id && a.zone == b.zone && a.isClosed == b.isClosed && a.parties == b.parties && a.events == b.events
                    && a.contract == b.contract && a.collateral == b.collateral, "\(name)")
        case (.failure(let a), .failure(let b)):
            #expect(a.diagnostics.map(\.description) == b.diagnostics.map(\.description), "\(name)")
        default:
            Issue.record("\(name): the fast path gave \(fast), the YAML path \(slow)")
        }
    }

    @Test("generated cases take the fast path and decode as the YAML path decodes them")
    func generatedCases() {
        let generator = PortfolioGenerator(seed: 11, pack: PackFixture.pack)
        for index in 0..<300 {
            let line = generator.generate(index: index).line
            #expect(FastCaseDecoder.decode(line, limits: .standard) != nil, "case \(index) fell back to the slow path")
            Self.expectSameResult(line, "generated case \(index)")
        }
    }

    @Test("the fuzzers' JSON inputs decode the same both ways")
    func fuzzInputs() throws {
        let folder = PackFixture.root.appendingPathComponent("Tests/Fuzz")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            .filter { $0.path.contains("Corpus/FuzzCaseJSON/") || $0.path.contains("Crashes/FuzzCaseJSON/") }
        #expect(files.count > 50)
        for url in files {
            guard let text = String(validating: try Data(contentsOf: url), as: UTF8.self) else { continue }
            Self.expectSameResult(text, url.lastPathComponent)
        }
    }

    @Test("the JSON examples decode the same both ways")
    func exampleFiles() throws {
        let folder = PackFixture.root.appendingPathComponent("examples")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "json" }
        #expect(files.count >= 3)
        for url in files { Self.expectSameResult(try String(contentsOf: url, encoding: .utf8), url.lastPathComponent) }
    }

    static let base =
        #"{"case_id":"C-1","timezone":"America/Los_Angeles","status":"closed","contract":{"type":"conditional_sale"},"#
        + #""parties":[{"id":"b1","role":"buyer"},{"id":"a1","role":"repossession_agency"}],"events":["#
        + #"{"at":"2025-03-04T02:10:00-08:00","type":"repossession","by":"a1","note":NOTE}]}"#

    /// Values and documents at the edges of what the fast path accepts.
    static let edges: [(String, String)] = [
        ("plain text", #""driveway""#), ("escapes", #""a\"b\\c\/d\n\t\u00e9\u20ac""#), ("surrogate pair", #""\ud83d\ude00""#),
        ("NUL escape", #""\u0000""#), ("line separator", "\"a\u{2028}b\""), ("next line", "\"a\u{85}b\""), ("C1 control", "\"a\u{90}b\""),
        ("byte order mark inside", "\"a\u{FEFF}b\""), ("raw tab", "\"a\tb\""), ("emoji", #""😀""#), ("integer", "12"),
        ("negative decimal", "-12.50"), ("exponent", "1e5"), ("leading zero", "012"), ("true", "true"), ("null", "null"),
        ("list", #"["a",1,[true]]"#), ("map", #"{"k":"v","n":{"m":[]}}"#), ("duplicate key", #"{"k":1,"k":2}"#),
        ("long key", "{\"" + String(repeating: "k", count: 1_100) + "\":1}"), ("unterminated", #""abc"#), ("bad escape", #""\x41""#),
        ("trailing comma", #"[1,]"#), ("single quotes", "'a'"), ("bare word", "yes"),
        ("map of 40 keys", largeMap), ("map of 40 keys, the last a duplicate", largeMap.replacingOccurrences(of: "}", with: #","k3":0}"#)),
    ]

    /// A map past the size where `ValueMap` starts its index.
    static let largeMap = "{" + (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"

    @Test("values at the edges decode the same both ways", arguments: edges)
    func edgeValues(name: String, value: String) {
        Self.expectSameResult(Self.base.replacingOccurrences(of: "NOTE", with: value), name)
    }

    @Test("party ids past the size where they are indexed are found, missed and repeated as the YAML path finds them")
    func manyParties() {
        let forty = (0..<40).map { #"{"id":"p\#($0)","role":"buyer"}"# }
        func document(_ parties: [String], callTo party: String) -> String {
            #"{"case_id":"C","timezone":"UTC","parties":["# + parties.joined(separator: ",")
                + #"],"events":[{"at":"2025-01-02","type":"call","by":"p0","to":["p1",""# + party + #""]}]}"#
        }
        let toLast = document(forty, callTo: "p39")
        #expect(FastCaseDecoder.decode(toLast, limits: .standard) != nil, "a call to the last of 40 parties fell back to the slow path")
        Self.expectSameResult(toLast, "a call to the last of 40 parties")
        Self.expectSameResult(document(forty, callTo: "p40"), "a call to a party not among 40")
        Self.expectSameResult(document(forty + [#"{"id":"p5","role":"buyer"}"#], callTo: "p39"), "a 41st party repeating the 6th's id")
    }

    @Test(
        "documents at the edges decode the same both ways",
        arguments: [
            ("not a case", #"[1,2]"#), ("trailing text", base.replacingOccurrences(of: "NOTE", with: "1") + " x"),
            ("unknown key", #"{"case_id":"C","timezone":"UTC","events":[],"colour":"red"}"#),
            ("missing events", #"{"case_id":"C","timezone":"UTC"}"#), ("blank id", #"{"case_id":"  ","timezone":"UTC","events":[]}"#),
            ("unknown zone", #"{"case_id":"C","timezone":"Mars/Base","events":[]}"#),
            ("bad status", #"{"case_id":"C","timezone":"UTC","status":"done","events":[]}"#),
            ("contract not a map", #"{"case_id":"C","timezone":"UTC","contract":"x","events":[]}"#),
            ("party without role", #"{"case_id":"C","timezone":"UTC","parties":[{"id":"b1"}],"events":[]}"#),
            ("two roles", #"{"case_id":"C","timezone":"UTC","parties":[{"id":"b1","roles":["buyer","guarantor"]}],"events":[]}"#),
            (
                "duplicate party",
                #"{"case_id":"C","timezone":"UTC","parties":[{"id":"b","role":"buyer"},{"id":"b","role":"buyer"}],"events":[]}"#
            ),
            ("unknown party", #"{"case_id":"C","timezone":"UTC","events":[{"at":"2025-01-02","type":"call","by":"x"}]}"#),
            ("no offset", #"{"case_id":"C","timezone":"UTC","events":[{"at":"2025-01-02T10:00:00","type":"call"}]}"#),
            ("DST gap", #"{"case_id":"C","timezone":"America/Los_Angeles","events":[{"at":"2025-03-09T02:30:00-08:00","type":"call"}]}"#),
            (
                "DST gap, summer offset",
                #"{"case_id":"C","timezone":"America/Los_Angeles","events":[{"at":"2025-03-09T02:30:00-07:00","type":"call"}]}"#
            ),
            (
                "repeated hour, both offsets",
                #"{"case_id":"C","timezone":"America/Los_Angeles","events":[{"at":"2025-11-02T01:30:00-07:00","type":"call"},"#
                    + #"{"at":"2025-11-02T01:30:00-08:00","type":"call"}]}"#
            ),
            (
                "another zone's offset",
                #"{"case_id":"C","timezone":"America/Los_Angeles","events":[{"at":"2025-01-02T10:00:00+05:30","type":"call"}]}"#
            ),
            ("id of ideographic spaces", #"{"case_id":"　　","timezone":"UTC","events":[]}"#),
            ("id of a no-break space", "{\"case_id\":\"\u{A0}\",\"timezone\":\"UTC\",\"events\":[]}"),
            ("id of one accented letter", #"{"case_id":"é","timezone":"UTC","events":[]}"#),
            ("year 9999", #"{"case_id":"C","timezone":"UTC","events":[{"at":"9999-01-02","type":"call"}]}"#),
            (
                "pretty printed",
                "{\n  \"case_id\": \"C\",\n  \"timezone\": \"UTC\",\n  \"events\": [\n    {\"at\": \"2025-01-02\", \"type\": \"call\"}\n  ]\n}\n"
            ),
            (
                "line break before a colon",
                base.replacingOccurrences(of: #""note":"#, with: "\"note\"\n:").replacingOccurrences(of: "NOTE", with: "1")
            ),
            (
                "tab before a colon",
                base.replacingOccurrences(of: #""note":"#, with: "\"note\"\t:").replacingOccurrences(of: "NOTE", with: "1")
            ),
            (
                "line break after a colon",
                base.replacingOccurrences(of: #""note":"#, with: "\"note\":\n").replacingOccurrences(of: "NOTE", with: "1")
            ),
            (
                "deep",
                #"{"case_id":"C","timezone":"UTC","events":[],"contract":"# + String(repeating: "[", count: 70)
                    + String(repeating: "]", count: 70) + "}"
            ),
        ])
    func edgeDocuments(name: String, text: String) {
        Self.expectSameResult(text, name)
    }
}
