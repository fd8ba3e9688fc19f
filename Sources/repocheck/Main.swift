import ArgumentParser
import Foundation
import RepoCheckCore
import RepoCheckReports

/// Runs `repocheck`, mapping every failure to the documented exit codes: 0 clean, 1 findings, 2 bad input or usage.
@main
enum Main {
    static func main() async {
        do {
            var command = try RepoCheck.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()  // `audit` runs its cases on a task group
            } else {
                try command.run()
            }
        } catch let error as InputError {
            Terminal.error(error.text)
            exit(ExitStatus.badInput)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let status = RepoCheck.exitCode(for: error)
            if status == .success { RepoCheck.exit(withError: error) }  // --help, --version
            Terminal.error(RepoCheck.fullMessage(for: error))
            exit(ExitStatus.badInput)
        }
    }
}

/// The process exit codes.
enum ExitStatus {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let badInput: Int32 = 2
}

/// Bad input the user must fix: printed as is (diagnostics already carry file:line:column), exit 2.
struct InputError: Error {
    let text: String

    init(_ text: String) { self.text = text }

    init(_ diagnostics: [Diagnostic], quoting source: (String) -> String? = { _ in nil }) {
        text = DiagnosticText.render(diagnostics, source: source)
    }
}
