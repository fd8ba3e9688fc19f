import Foundation
import RepoCheckCore
import RepoCheckLoader
import RepoCheckTestSupport
import Testing

/// docs/library.md: its complete example is this target's `LibraryGuideExample.swift`, compiled and run here.
@Suite struct LibraryGuideTests {
    static let root = repositoryRoot()

    @Test("the guide shows LibraryGuideExample.swift verbatim")
    func guideMatchesExample() throws {
        let guide = try String(contentsOf: Self.root.appendingPathComponent("docs/library.md"), encoding: .utf8)
        let example = try String(
            contentsOf: Self.root.appendingPathComponent("Tests/RepoCheckLibraryTests/LibraryGuideExample.swift"), encoding: .utf8)
        let marker = "<!-- The complete example: Tests/RepoCheckLibraryTests/LibraryGuideExample.swift -->\n```swift\n"
        let start = try #require(guide.range(of: marker), "docs/library.md lost its example marker")
        let end = try #require(guide[start.upperBound...].range(of: "```\n"))
        #expect(String(guide[start.upperBound..<end.lowerBound]) == example, "copy LibraryGuideExample.swift into docs/library.md")
    }

    @Test("the guide's example runs and prints what the guide says")
    func exampleRuns() throws {
        let printed = try runGuideExample()
        // The pack grows; the example's lateness under Cal. Veh. Code § 28 does not change.
        #expect(printed.first?.hasSuffix(" violation(s)") == true && printed.first != "0 violation(s)")
        #expect(
            printed.contains {
                $0.hasPrefix(
                    "ca.veh.28.police-notice: done 30 minutes late: due by 2025-03-14T03:10:00-07:00, done at 2025-03-14T03:40:00-07:00 (Cal. Veh. Code § 28"
                )
            })
        #expect(printed.contains("round trip ok"))
        #expect(
            printed.last
                == "case.yaml:4:22: error: timestamp without a time-zone offset in `at` [case.bad-timestamp]\n  hint: add the offset, e.g. `2025-03-14T02:10:00-07:00`, or `Z` for UTC\n1 error, 0 warnings in 1 file\n"
        )
    }

    @Test("EvaluationOptions reads `as_of` as a date (end of day in the case's zone) or a timestamp, and refuses anything else")
    func options() throws {
        let testCase = try CaseLoader.decode("case_id: x\ntimezone: America/Los_Angeles\nevents: []\n", file: "t").get()
        let now = Instant(seconds: 1_000)
        let endOfDay = try EvaluationOptions(asOf: "2025-03-14").asOfInstant(for: testCase, now: now).get()
        #expect(RFC3339.format(endOfDay, in: testCase.zone) == "2025-03-14T23:59:59.999999999-07:00")
        let stamp = try EvaluationOptions(asOf: "2025-03-14T02:10:00Z").asOfInstant(for: testCase, now: now).get()
        #expect(stamp == Instant(seconds: 1_741_918_200))
        #expect(try EvaluationOptions().asOfInstant(for: testCase, now: now).get() == now)
        #expect(throws: EvaluationOptions.Problem.unreadableAsOf("2025-03-14T02:10:00")) {
            try EvaluationOptions(asOf: "2025-03-14T02:10:00").asOfInstant(for: testCase, now: now).get()
        }
        let unreadable = EvaluationOptions.Problem.unreadableAsOf("soon").diagnostic(at: SourceLocation(file: "t", line: 1, column: 1))
        #expect(
            unreadable.description == "t:1:1: error: cannot read `soon` as a time for `as_of` [case.bad-timestamp]",
            "a core code, not the CLI's")
        #expect(!EvaluationOptions.isReadableAsOf("soon"))
        let options = EvaluationOptions(asOf: "2025-03-14", stage: .preflight)
        let encoded = String(decoding: try JSONEncoder().encode(options), as: UTF8.self)
        #expect(try JSONDecoder().decode(EvaluationOptions.self, from: Data(encoded.utf8)) == options)
        #expect(encoded.contains("\"as_of\""))
    }

    @Test(
        "CaseLoader.pointer names the field a diagnostic points at",
        arguments: [
            (#"{"case_id": "x", "timezone": "UTC", "events": [{"type": "call", "at": "2025-01-01T10:00:00"}]}"#, "/events/0/at"),
            (#"{"case_id": "x", "timezone": "UTC", "events": [], "extra": 1}"#, "/extra"),
            (#"{"case_id": "x", "timezone": "Mars/Base", "events": []}"#, "/timezone"),
            (#"{"case_id": "x", "events": []}"#, ""),
            ("case_id: x\ntimezone: UTC\nevents:\n  - type: call\n    at: 2025-01-01T10:00:00\n", "/events/0/at"),
            (#"{"case_id": "x", "timezone": "UTC", "events": [], "a/b~c": 1}"#, "/a~1b~0c"),
            (
                #"{"case_id": "x", "timezone": "UTC", "events": [], "parties": [{"id": "p", "role": "buyer"}, {"id": "p", "role": "x"}]}"#,
                "/parties/1/id"
            ),
        ])
    func pointer(document: String, expected: String) throws {
        guard case .failure(let error) = CaseLoader.decode(document, file: "request") else {
            Issue.record("the document loaded")
            return
        }
        let location = try #require(error.diagnostics.first?.location)
        #expect(CaseLoader.pointer(to: location, in: document) == expected)
    }
}
