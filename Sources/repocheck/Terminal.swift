import Foundation

/// Standard output and error, and whether colour is wanted.
enum Terminal {
    /// Writes to standard output.
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes to standard error, adding a newline if missing.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Colour on standard output: only on a terminal, never with `NO_COLOR` set or `TERM=dumb`.
    static var colorOnStandardOutput: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// All of standard input.
    static func readStandardInput() -> [UInt8] { Array(FileHandle.standardInput.readDataToEndOfFile()) }
}
