import Testing

@testable import RepoCheckLoader

/// The nesting scan finds the first place a document goes deeper than the limit, as YAML counts levels.
@Suite struct NestingScanTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let limit: Int
        /// Where the scan should stop (1-based line and column), or `nil` when the document stays within the limit.
        let beyond: (line: Int, column: Int)?
        var testDescription: String { name }
    }

    static let examples: [Example] = [
        Example(name: "a flat case", text: "case_id: A\nevents: []\n", limit: 2, beyond: nil),
        Example(name: "brackets up to the limit", text: "a: [[1]]\n", limit: 3, beyond: nil),
        Example(name: "the first bracket past the limit", text: "a: [[[1]]]\n", limit: 3, beyond: (1, 6)),
        Example(name: "closed brackets do not add up", text: "a: [[1], [2], [3]]\n", limit: 3, beyond: nil),
        Example(name: "indentation", text: "a:\n  b:\n    c:\n      d: 1\n", limit: 3, beyond: (4, 7)),
        Example(name: "a dedent closes levels", text: "a:\n  b:\n    c: 1\nd:\n  e: 1\n", limit: 3, beyond: nil),
        Example(name: "sequence markers", text: "a:\n  - - - 1\n", limit: 3, beyond: (2, 5)),
        Example(name: "brackets in a quoted scalar", text: "a: \"[[[[\"\n", limit: 2, beyond: nil),
        Example(name: "brackets after a quote inside plain text", text: "a: don't [[[\n", limit: 3, beyond: (1, 12)),
        Example(name: "brackets in a comment", text: "a: 1 # [[[[\n", limit: 2, beyond: nil),
        Example(name: "a bracket left open carries to the next line", text: "a: [[\nb: [1]\n", limit: 3, beyond: (2, 4)),
    ]

    @Test(arguments: examples)
    func firstBeyond(_ example: Example) {
        let found = NestingScan.firstBeyond(example.limit, in: example.text)
        #expect(found?.line == example.beyond?.line)
        #expect(found?.column == example.beyond?.column)
    }
}
