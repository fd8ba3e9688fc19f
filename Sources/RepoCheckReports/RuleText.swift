import RepoCheckCore

/// Rules in plain words: `repocheck rules explain`, `rules list` and the generated catalogue.
public enum RuleText {
    /// A full explanation of every version of one rule.
    public static func explain(_ versions: [Rule]) -> String {
        guard let first = versions.first else { return "" }
        return "\(first.id) — \(first.title)\n\n" + entry(versions)
    }

    /// Every version of a rule in plain words (Markdown-friendly text): the same text `rules explain`
    /// prints and `docs/rules.md` shows under the rule's heading.
    public static func entry(_ versions: [Rule]) -> String {
        var out: [String] = []
        for rule in versions {
            out.append("- Citation: \(rule.citation)")
            out.append("- In force: \(rule.effectiveDescription)")
            out.append("- Severity: \(rule.severity.rawValue)\(rule.outcome == .review ? " (flags for review; never a violation)" : "")")
            out.append("- Checks: \(summary(of: rule.constraint))")
            if !rule.references.isEmpty { out.append("- Reference: \(rule.references.joined(separator: ", "))") }
            if let consequence = rule.consequence {
                let effects = consequence.effects.isEmpty ? "" : " (\(consequence.effects.joined(separator: ", ")))"
                out.append("- Costs: \(consequence.summary)\(effects)")
            }
            out += ["", wrap(rule.description), "", "What to do: " + wrap(rule.remediation), ""]
        }
        return out.joined(separator: "\n")
    }

    /// The constraint in one line of words.
    public static func summary(of constraint: Constraint) -> String {
        switch constraint {
        case .deadline(let d): "a deadline of \(counting(d.counting)) after each trigger"
        case .waitingPeriod(let w):
            "a waiting period of \(counting(w.counting))" + (w.extensionPeriod.map { ", extended by \($0) on request" } ?? "")
        case .forbidden(let f):
            f.during.map { "forbidden while \($0.description.isEmpty ? $0.name : $0.description)" } ?? "forbidden at all times"
        case .gate: "a condition that must hold at the repossession (checked in pre-flight)"
        case .frequency(let f): "at most \(f.max) in any \(f.window)"
        case .timeOfDay(let t): "only between \(t.from) and \(t.to) local time"
        case .contents(let c):
            "a notice must contain \(c.items.count) items" + (c.exact ? ", and nothing else" : "") + (c.ordered ? ", in order" : "")
        case .recipients(let r): "a notice must reach every " + r.roles.joined(separator: ", ")
        }
    }

    private static func counting(_ c: Counting) -> String {
        var text = c.duration.description
        if let calendar = c.calendar { text += " on the \(calendar) calendar" }
        if let roll = c.rollForward { text += ", a last day that is not a business day on \(roll) rolling forward" }
        return text
    }

    /// Folds text at 100 columns.
    static func wrap(_ text: String, width: Int = 100) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width, !line.isEmpty {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
