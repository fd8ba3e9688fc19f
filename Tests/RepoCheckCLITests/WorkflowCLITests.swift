import Foundation
import RepoCheckTestSupport
import Testing

/// Pre-flight, schedule and the deadline calculator, run as a user would, pinned in golden files.
@Suite struct WorkflowCLITests {
    typealias Scenario = CLITests.Scenario

    @Test(
        "workflow commands and their exit codes",
        arguments: [
            Scenario(
                name: "preflight-blocked",
                arguments: ["preflight", "examples/preflight/open-case.yaml", "--at", "2025-06-03T01:00:00-07:00"], status: 1),
            Scenario(
                name: "preflight-clear",
                arguments: ["preflight", "examples/preflight/open-case.yaml", "--at", "2025-07-16T01:00:00-07:00"], status: 0),
            Scenario(
                name: "preflight-json",
                arguments: ["preflight", "examples/preflight/open-case.yaml", "--at", "2025-06-03T01:00:00-07:00", "--format", "json"],
                status: 1),
            Scenario(
                name: "preflight-bad-time", arguments: ["preflight", "examples/preflight/open-case.yaml", "--at", "2025-06-03T01:00:00"],
                status: 2),
            Scenario(name: "schedule-text", arguments: ["schedule", "examples/late-police-notice.yaml"], status: 0),
            Scenario(
                name: "schedule-json", arguments: ["schedule", "examples/compliant-repossession.yaml", "--format", "json"], status: 0),
            Scenario(name: "schedule-ics", arguments: ["schedule", "examples/late-police-notice.yaml", "--format", "ics"], status: 0),
            Scenario(name: "deadline-days-same", arguments: ["deadline", "--from", "2025-03-20", "--days", "15"], status: 0),
            Scenario(name: "deadline-days-saturday", arguments: ["deadline", "--from", "2025-04-04", "--days", "15"], status: 0),
            Scenario(
                name: "deadline-hours-dst", arguments: ["deadline", "--from", "2025-03-09T01:30:00-08:00", "--hours", "1"], status: 0),
            Scenario(name: "deadline-court-days", arguments: ["deadline", "--from", "2025-11-20", "--court-days", "10"], status: 0),
            Scenario(
                name: "deadline-json", arguments: ["deadline", "--from", "2025-04-04", "--days", "15", "--format", "json"], status: 0),
            Scenario(
                name: "deadline-two-units", arguments: ["deadline", "--from", "2025-04-04", "--days", "15", "--hours", "2"], status: 2),
            Scenario(name: "deadline-out-of-range", arguments: ["deadline", "--from", "2025-04-04", "--court-days", "100001"], status: 2),
            Scenario(
                name: "deadline-unknown-calendar",
                arguments: ["deadline", "--from", "2025-04-04", "--court-days", "3", "--calendar", "ca-jud"], status: 2),
        ])
    func scenario(scenario: Scenario) throws {
        try scenario.verify()
    }

    @Test("the iCalendar file has CRLF line ends, lines of at most 75 octets, a UID and DTSTAMP per event, stable UIDs")
    func icsStructure() throws {
        let run = try CLITests.run(["schedule", "examples/late-police-notice.yaml", "--format", "ics"])
        let text = run.stdout
        #expect(text.hasSuffix("\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(!lines.contains { $0.contains("\n") || $0.contains("\r") }, "every line ends in CRLF")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "lines are folded at 75 octets")
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        let events = unfolded.split(separator: "BEGIN:VEVENT").dropFirst()
        #expect(events.count == (try Self.obligationCount()))
        for event in events {
            #expect(event.contains { $0.hasPrefix("UID:") })
            #expect(event.contains { $0.hasPrefix("DTSTAMP:") && $0.hasSuffix("Z") })
        }
        #expect(unfolded.contains { $0.hasPrefix("DTSTART;TZID=America/Los_Angeles:") }, "timed events carry their zone")
        #expect(unfolded.contains("TZID:America/Los_Angeles"), "the zone is defined in a VTIMEZONE")
        let again = try CLITests.run(["schedule", "examples/late-police-notice.yaml", "--format", "ics", "--as-of", "2025-06-01"])
        let uids = { (s: String) in s.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(text) == uids(again.stdout), "UIDs do not change between exports")
    }

    /// How many obligations the schedule of the ICS example has (one event each).
    static func obligationCount() throws -> Int {
        let run = try CLITests.run(["schedule", "examples/late-police-notice.yaml", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return (json?["obligations"] as? [Any])?.count ?? -1
    }

    /// Python's `icalendar` is a real parser; `.ci/run` installs it.
    static let icalendarAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import icalendar"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test(
        "a real iCalendar parser reads the file", .enabled(if: icalendarAvailable || ProcessInfo.processInfo.environment["CI"] != nil))
    func icsParses() throws {
        let run = try CLITests.run(["schedule", "examples/late-police-notice.yaml", "--format", "ics"])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("repocheck-\(UUID().uuidString).ics")
        try Data(run.stdout.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            events = [c for c in cal.walk() if c.name == 'VEVENT']
            zones = [c for c in cal.walk() if c.name == 'VTIMEZONE']
            assert len(events) == int(sys.argv[2]), len(events)
            assert len(zones) == 1
            for e in events:
                e.decoded('DTSTART'); assert e.get('UID') and e.get('DTSTAMP') and e.get('SUMMARY')
            print('ok', len(events))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path, String(try Self.obligationCount())]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output == "ok \(try Self.obligationCount())\n")
    }
}
