import Foundation
import Testing

/// Opens `report.html` in a real headless browser (Chromium, from Debian's `chromium` package) and checks
/// that it renders, that its script ran, that its SVG charts are there, and that its numbers are those of
/// `summary.json`. Without Chromium the test is skipped on a developer's machine; in CI (`CI` set) it runs
/// and fails, so a missing browser is never mistaken for a pass.
@Suite struct AuditBrowserTests {
    static let browser: URL? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }
    static let inCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false

    /// The DOM after the page loaded and its script ran, as the browser serialises it.
    static func dumpDOM(_ page: URL, browser: URL) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("repocheck-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = browser
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)", "--dump-dom",
            page.absoluteString,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: killer)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        return String(decoding: data, as: UTF8.self)
    }

    /// The bars of the chart `id` in `dom`: key to value.
    static func bars(_ dom: String, chart id: String) -> [String: Int] {
        guard let start = dom.range(of: #"id="\#(id)""#), let end = dom.range(of: "</figure>", range: start.upperBound..<dom.endIndex)
        else {
            return [:]
        }
        let figure = dom[start.upperBound..<end.lowerBound]
        var bars: [String: Int] = [:]
        for match in figure.matches(of: #/<g class="bar" data-key="([^"]*)" data-value="(\d+)">/#) {
            bars[String(match.output.1)] = Int(match.output.2)
        }
        return bars
    }

    @Test(
        "report.html renders in Chromium with its charts, and its numbers match summary.json",
        .enabled(if: browser != nil || inCI, "Chromium is not installed (apt-get install -y chromium); CI installs it and runs this test"))
    func rendersInBrowser() throws {
        let browser = try #require(Self.browser, "Chromium is required in CI: apt-get install -y chromium")
        let out = try AuditTests.outputFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CLITests.run(["audit", "examples/portfolio", "--out", out.path])
        #expect(run.status == 1)
        let page = out.appendingPathComponent("report.html")
        let source = String(decoding: try Data(contentsOf: page), as: UTF8.self)
        #expect(!source.contains("http:") && !source.contains("https:"), "no external URL of any kind")

        let dom = try Self.dumpDOM(page, browser: browser)
        #expect(dom.contains("<h1>RepoCheck audit</h1>"), "the page rendered")
        #expect(dom.contains(#"data-sortable="ready""#), "the inline script ran")
        #expect(dom.matches(of: #/<svg class="chart"/#).count == 4, "four SVG charts")

        let summary = try AuditTests.summary(out)
        let cases = try #require(summary["cases"] as? [String: Int])
        let findings = try #require(summary["findings"] as? [String: Int])
        let stats: [String: Int?] = [
            "cases-read": cases["read"], "cases-evaluated": cases["evaluated"], "cases-failed": cases["failed_to_load"],
            "cases-with-violations": cases["with_violations"], "violations": findings["violations"], "reviews": findings["reviews"],
        ]
        for (id, value) in stats {
            let value = try #require(value)
            #expect(dom.contains(#"id="stat-\#(id)" data-value="\#(value)""#), "\(id) = \(value)")
        }
        #expect(Self.bars(dom, chart: "chart-rule") == summary["violations_by_rule"] as? [String: Int])
        #expect(Self.bars(dom, chart: "chart-severity") == summary["violations_by_severity"] as? [String: Int])
        #expect(Self.bars(dom, chart: "chart-agency") == summary["violations_by_agency"] as? [String: Int])
        let months = Self.bars(dom, chart: "chart-month").filter { $0.value > 0 }
        #expect(months == summary["violations_by_month"] as? [String: Int])
        let rows = dom.matches(of: #/<tr><td class="num">\d+</td>/#).count
        #expect(rows == cases["evaluated"], "one table row per evaluated case")
    }
}
