import Foundation
import Testing

/// An interrupted `repocheck audit` leaves its output folder as it was: no temporary file, no part of a report.
@Suite struct AuditInterruptTests {
    /// The temporary files of a running audit in `folder` (`.NAME.PID.tmp`).
    static func temporaryFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    /// Bytes written so far to the audit's temporary `findings.ndjson`.
    static func bytesWritten(in folder: URL) -> Int {
        temporaryFiles(in: folder).filter { $0.hasPrefix(".findings.ndjson.") }.compactMap {
            (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent($0).path))?[.size] as? Int
        }.reduce(0, +)
    }

    @Test(
        "SIGINT or SIGTERM in the middle of an audit: exit 128 + signal, no temporary file, the previous reports intact",
        arguments: [SIGINT, SIGTERM])
    func interrupted(signalNumber: Int32) throws {
        let out = try AuditTests.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let previous = Data("{\"previous\": true}\n".utf8)
        try previous.write(to: out.appendingPathComponent("summary.json"))

        let generator = Process()
        generator.executableURL = AuditTests.generator
        generator.arguments = ["--cases", "20000", "--seed", "3"]
        let cases = Pipe()
        generator.standardOutput = cases
        let audit = Process()
        audit.executableURL = CLITests.binary
        audit.arguments = ["audit", "-", "--out", out.path, "--jobs", "1"]
        audit.standardInput = cases
        audit.standardOutput = FileHandle.nullDevice
        audit.standardError = FileHandle.nullDevice
        try generator.run()
        try audit.run()
        defer {
            if generator.isRunning { generator.terminate() }
            generator.waitUntilExit()
        }

        // Interrupt once the first megabyte of reports has been written out, so the audit is mid-stream.
        let deadline = Date().addingTimeInterval(120)
        while Self.bytesWritten(in: out) == 0, audit.isRunning, Date() < deadline { usleep(20_000) }
        #expect(audit.isRunning, "the audit must still be running when it is interrupted")
        kill(audit.processIdentifier, signalNumber)
        audit.waitUntilExit()

        #expect(audit.terminationReason == .exit)
        #expect(audit.terminationStatus == 128 + signalNumber)
        #expect(Self.temporaryFiles(in: out).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["summary.json"], "no report appears")
        #expect(try Data(contentsOf: out.appendingPathComponent("summary.json")) == previous, "the previous report is untouched")
    }
}
