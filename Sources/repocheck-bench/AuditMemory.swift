import ArgumentParser
import Foundation
import RepoCheckCore
import RepoCheckGenerator

#if canImport(Glibc)
    import Glibc
#endif

/// Runs `repocheck audit -` on generated cases fed through a pipe and reads its peak resident memory.
enum AuditMemory {
    static func measure(cases: Int, seed: UInt64, jobs: Int, pack: RulePack) throws -> AuditFigures {
        let folder = Bundle.main.executableURL?.deletingLastPathComponent() ?? URL(fileURLWithPath: ".")
        let binary = folder.appendingPathComponent("repocheck").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("`repocheck` is not built beside this binary; run `swift build -c release` first")
        }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("repocheck-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw ValidationError("cannot create a pipe") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addclose(&actions, ends[1])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [binary, "audit", "-", "--out", out, "--jobs", String(jobs)]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let start = ContinuousClock.now
        var pid = pid_t()
        guard posix_spawn(&pid, binary, &actions, nil, &argv, environ) == 0 else { throw ValidationError("cannot start \(binary)") }
        close(ends[0])
        let generator = PortfolioGenerator(seed: seed, pack: pack)
        var chunk = ""
        for index in 0..<cases {
            chunk += generator.generate(index: index).line
            chunk += "\n"
            if chunk.utf8.count >= 1 << 20 || index == cases - 1 {
                try write(chunk, to: ends[1])
                chunk.removeAll(keepingCapacity: true)
            }
        }
        close(ends[1])
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = (ContinuousClock.now - start).milliseconds / 1_000
        return AuditFigures(
            cases: cases, seconds: seconds, casesPerSecond: Double(cases) / seconds,
            peakResidentMegabytes: Double(usage.ru_maxrss) / 1_024, exitStatus: (status >> 8) & 0xff)
    }

    private static func write(_ text: String, to descriptor: Int32) throws {
        var text = text
        try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw ValidationError("`repocheck audit` stopped reading its input") }
                offset += written
            }
        }
    }
}

/// The memory test: a whole audit in a child process.
struct AuditFigures: Encodable {
    let cases: Int
    /// Wall time, generating the cases included (the generator feeds the audit as it runs).
    let seconds: Double
    let casesPerSecond: Double
    let peakResidentMegabytes: Double
    /// 1 means violations were found (as generated cases have), 2 that some case could not be evaluated.
    let exitStatus: Int32
}
