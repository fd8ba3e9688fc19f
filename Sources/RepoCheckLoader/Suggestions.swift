/// "Did you mean" suggestions for misspelt keys and names.
public enum Suggestions {
    /// The closest of `candidates` to `word`, if close enough to be a likely typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
        return best.1 <= max(1, min(3, word.count / 3)) ? best.0 : nil
    }

    /// `hint: did you mean `x`?` text, or a list of valid choices when nothing is close.
    static func hint(for word: String, in candidates: some Collection<String>) -> String {
        if let match = closest(to: word, in: candidates) { return "did you mean `\(match)`?" }
        let sorted = candidates.sorted()
        let shown = sorted.prefix(12).map { "`\($0)`" }.joined(separator: ", ")
        return "expected one of: \(shown)\(sorted.count > 12 ? ", …" : "")"
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
