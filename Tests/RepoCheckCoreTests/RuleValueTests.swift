import RepoCheckCore
import Testing

/// A rule keeps its fields in shared storage; it must still behave as a value.
@Suite struct RuleValueTests {
    static let rule = Fixtures.rule(.forbidden(.init(event: Fixtures.type("repossession"))))

    @Test("changing a copy leaves the original as it was, and makes the two unequal")
    func copyThenChange() {
        let original = Self.rule
        var copy = original
        #expect(copy == original)
        copy.title = "changed"
        copy.facts = ["by.license"]
        #expect(original.title == "test" && original.facts.isEmpty)
        #expect(copy.title == "changed" && copy.facts == ["by.license"])
        #expect(copy != original)
    }

    @Test("rules with the same fields, made apart, are equal and hash alike")
    func equalFields() {
        let again = Fixtures.rule(.forbidden(.init(event: Fixtures.type("repossession"))))
        #expect(again == Self.rule)
        #expect(Set([again, Self.rule]).count == 1)
        var other = again
        other.severity = .low
        #expect(Set([other, Self.rule]).count == 2)
    }
}
