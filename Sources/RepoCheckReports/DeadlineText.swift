import RepoCheckCore

/// The answer of `repocheck deadline`: the bound under each reading of the law, and how it was found.
public struct DeadlineAnswer: Sendable, Codable {
    /// The bound under one reading.
    public struct Reading: Sendable, Codable {
        /// The law the reading follows, when the pack lists readings.
        public var reading: String?
        /// The reading in words.
        public var note: String?
        /// The last instant of the period.
        public var dueBy: String
        /// The last day, for periods counted in days.
        public var lastDay: String?
        /// The arithmetic.
        public var trace: [TraceStep]

        /// Creates a reading's result.
        public init(reading: String?, note: String?, dueBy: String, lastDay: String?, trace: [TraceStep]) {
            self.reading = reading
            self.note = note
            self.dueBy = dueBy
            self.lastDay = lastDay
            self.trace = trace
        }

        enum CodingKeys: String, CodingKey {
            case reading, note, trace
            case dueBy = "due_by"
            case lastDay = "last_day"
        }
    }

    /// The start.
    public var from: String
    /// The zone dates are read in.
    public var timezone: String
    /// The period, as written (`15 days`).
    public var duration: String
    /// One result per reading, the pack's default first.
    public var readings: [Reading]
    /// Whether the readings give different bounds.
    public var interpretationDependent: Bool

    /// Creates an answer.
    public init(from: String, timezone: String, duration: String, readings: [Reading], interpretationDependent: Bool) {
        self.from = from
        self.timezone = timezone
        self.duration = duration
        self.readings = readings
        self.interpretationDependent = interpretationDependent
    }

    enum CodingKeys: String, CodingKey {
        case from, timezone, duration, readings
        case interpretationDependent = "interpretation_dependent"
    }
}

/// `repocheck deadline` in text.
public enum DeadlineText {
    /// The answer with its arithmetic; both dates when the readings disagree.
    public static func render(_ answer: DeadlineAnswer, zone: Zone) -> String {
        guard let first = answer.readings.first else { return "" }
        var out = ["\(answer.duration) from \(HumanTime.format(answer.from, in: zone)): due by \(HumanTime.format(first.dueBy, in: zone))"]
        if answer.interpretationDependent {
            out.append("The readings of the law disagree:")
            out += answer.readings.map {
                "  \(HumanTime.format($0.dueBy, in: zone)) under \($0.reading ?? "")\($0.note.map { " — \($0)" } ?? "")"
            }
        } else if let reading = first.reading, answer.readings.count > 1 {
            out.append("Every reading gives the same date (default: \(reading)).")
        }
        for result in answer.interpretationDependent ? answer.readings : [first] {
            out += ["", "Arithmetic" + (answer.interpretationDependent ? " under \(result.reading ?? "")" : "") + ":"]
            out += TextTable.rows(result.trace.map { [$0.kind.rawValue, $0.at, $0.note] })
        }
        return out.joined(separator: "\n") + "\n"
    }
}
