import Foundation

/// A one-line progress bar on standard error with the rate and the time left, drawn only when standard
/// error is a terminal (never on a pipe or in a file). Colour unless `NO_COLOR` is set or `TERM=dumb`.
@MainActor
final class ProgressBar {
    /// Whether anything is drawn.
    let isEnabled: Bool
    private let color: Bool
    private let totalBytes: Int64?
    private let started = ContinuousClock.now
    private var lastDraw: ContinuousClock.Instant?
    private var shown = false

    /// A bar for an input of `totalBytes` bytes (`nil`: unknown, show the count and rate only).
    init(totalBytes: Int64?, enabled: Bool = ProgressBar.standardErrorIsTerminal) {
        let environment = ProcessInfo.processInfo.environment
        isEnabled = enabled
        color = environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        self.totalBytes = totalBytes
    }

    /// Whether standard error is a terminal.
    nonisolated static var standardErrorIsTerminal: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Redraws, at most ten times a second.
    func update(cases: Int, failed: Int, bytes: Int64) {
        guard isEnabled else { return }
        let now = ContinuousClock.now
        if let lastDraw, now - lastDraw < .milliseconds(100) { return }
        lastDraw = now
        draw(cases: cases, failed: failed, bytes: bytes, elapsed: now - started)
    }

    /// Removes the bar so another line can be printed; the next update draws it again.
    func clear() {
        guard isEnabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        shown = false
        lastDraw = nil
    }

    private func draw(cases: Int, failed: Int, bytes: Int64, elapsed: Duration) {
        let seconds = max(0.001, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        let rate = Double(cases) / seconds
        var text = ""
        if let totalBytes, totalBytes > 0 {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            let width = 24
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            text += paint(bar, "36") + String(format: " %3d%%", Int(fraction * 100))
            if fraction > 0.01 && fraction < 1 {
                text += "  ETA " + Self.clock(seconds * (1 - fraction) / fraction)
            }
            text += "  "
        }
        text += "\(cases) cases  \(Int(rate))/s"
        if failed > 0 { text += "  " + paint("\(failed) failed to load", "31") }
        text += "  " + Self.clock(seconds)
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
        shown = true
    }

    private func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    private static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }
}
